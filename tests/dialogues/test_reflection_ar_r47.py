"""Round ar47: Arabic reflections open on a whole clause, never a bare «و» cut from before."""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect
from dialogues.reflection.ar_edges import without_opening_waw


@pytest.mark.parametrize(
    ("piece", "said"),
    [
        ("وسيكون لنا تعامل كثير", "سيكون لنا تعامل كثير"),
        ("وستجد كل شي", "ستجد كل شي"),
        ("وتجد صورا من المشاهير", "تجد صورا من المشاهير"),
        ("وانا لا اطيق المطاعم الغير مكيفه", "انا لا اطيق المطاعم الغير مكيفه"),
        ("وبالعربي ما فيه جديد", "بالعربي ما فيه جديد"),
    ],
)
def test_a_bare_opening_waw_goes(piece: str, said: str) -> None:
    assert without_opening_waw(piece) == said


@pytest.mark.parametrize(
    "piece", ["وسيلة رائعة للتنقل", "وسيم جدا", "وسيط ممتاز", "وسط البلد زحمة", "وصلت السلعة"]
)
def test_a_word_that_owns_its_waw_stays_whole(piece: str) -> None:
    assert without_opening_waw(piece) == piece


def test_a_long_review_kept_from_a_future_clause_opens_without_waw() -> None:
    review = (
        "سلعه رائعه وابداع في التغليف بكل صدق انت في قمت الصدق والنزاهه في اعطاء المعلومات سلعتك"
        " اكثر من ممتاز وسيكون لنا تعامل كثير جداً فانا من عشاق العملات انصح بقوة في التعامل معه"
        " واشكر بشده سوق كوم الذي اعطاني الفرصة في التعرف عليك"
    )
    said = reflect([review], "ar")
    assert "«وسيكون" not in said and "سيكون لنا تعامل" in said


def test_a_possessed_clause_comes_with_its_short_lead() -> None:
    review = (
        "سماعه مذهله وجميله وصوتها عالي يمكن اقترانها بالبلوتوث او ان في سي يمكن حملها في اي"
        " مكان صوت قوي جدا جدا انصح الجميع بهذا السماعة والله يوفقك"
    )
    said = reflect([review], "ar")
    assert "«وصوتها" not in said and "سماعه مذهله وجميله وصوتها عالي" in said


@pytest.mark.parametrize("opening", ["وانها", "وعليها", "ومنها", "ولانها"])
def test_a_particles_pronoun_is_no_possession(opening: str) -> None:
    from dialogues.reflection.ar_possessed import _POSSESSED

    assert not _POSSESSED.match(opening + " لا تعمل ابدا")


@pytest.mark.parametrize(
    ("review", "gone"),
    [
        ("ملاحظة\nبعد تحديث تحس الأداء بعض الشي", "ملاحظة"),
        (
            "للاسف\nمن خلال تجربة شخصية بعد نصائح حول مطعم فارس\nالمطعم عادي جدا يقع في اخر"
            " المركاتو وله فرع اخر في السوق القديم الاسعار غالية نسبيا الجمبري لذيذ",
            "للاسف",
        ),
    ],
)
def test_a_one_word_heading_that_judges_nothing_is_not_said(review: str, gone: str) -> None:
    assert gone not in reflect([review], "ar")


def test_a_verdict_heading_stays() -> None:
    said = reflect(["رائع\nنظافة واكل وخدمة ممتازين غالى شويتين المكان مش واسع لكن مرتب"], "ar")
    assert "رائع" in said
