"""Arabic round 55: a heading that tells the review's let-down is said back (constructed)."""

from __future__ import annotations

import pytest

from dialogues.reflection import ar_letdown_heading, reflect


@pytest.mark.parametrize(
    ("heading", "strong"),
    [
        ("اسوأ برجر في المدينة", True),
        ("الخدمة سيئة جدا", True),
        ("خيبة امل", True),
        ("زفت", True),
        ("مو سيء ابدا", False),
        ("غالي بس رهيب", False),
        ("عادي جدا", False),
        ("اسوأ ما فيه انه بعيد عن البيت والطريق زحمة", False),  # a telling, not a heading
    ],
)
def test_a_heading_that_tells_a_let_down(heading: str, strong: bool) -> None:
    assert ar_letdown_heading.letdown_heading(heading) is strong


def test_a_let_down_heading_said_again_below_is_heard() -> None:
    # «اسوأ تشيليز في العالم» over a body that says «هو الاسوأ» again: the heading was taken
    # for a repeat and dropped, and the reflection said only a cold plate back.
    said = reflect(
        [
            "اسوأ ماكدونالدز في العالم\n"
            "اكلت في ماكدونالدز في اكثر من دولة ولكن ماكدونالدز الحي هو الاسوأ بلا منازع."
            " الطلبات تصل غير ساخنة بسبب تركها جانبا حتى ينتهي الكاشير من الزبائن"
            " وعدم تذكر الموظف لصاحب الطلب. والجودة اقل من باقي الفروع بكثير"
        ],
        "ar",
    )
    assert "اسوأ ماكدونالدز في العالم" in said, said


def test_a_heading_the_next_sentence_opens_with_is_said_once() -> None:
    # «اسوء مكان» over «اسوء مكان بسبب ادارته …»: both kept read as the same words twice.
    said = reflect(
        [
            "اسوء فندق\n"
            "اسوء فندق بسبب ادارته المهملة. مكتب الاستقبال يحتاج الى تغيير كامل"
            " والغرف غير نظيفة والموظفين يتعاملون مع النزلاء على مزاجهم"
        ],
        "ar",
    )
    assert said.count("اسوء فندق") == 1, said
