"""Arabic reflections, round 33: what a long review's reflection keeps and how its pieces
open (constructed lines only, never a pool or judged message)."""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect


# ---- 1. a clause cut at a «و» written apart comes with the clause before it ---------------
@pytest.mark.parametrize(
    ("message", "opening", "never"),
    [
        (
            "البرامج بتنزل على الذاكرة الداخلية الصغيرة فقط و ليس على بطاقة الذاكرة الخارجية"
            " و هذه مشكلة كبيرة جدا ، أي يحتاج الجهاز لعملية معقدة لكي ننقل البرامج"
            " و هذا سيء جدا جدا .",
            "البرامج بتنزل على الذاكرة",
            "ليس على بطاقة",
        ),
        (
            "احلى شاورما في المدينة\nطلبنا انا و اخي و اصدقائي شاورما باللحم و البطاطس"
            " و ايضا سلطة الخضار الطعم جيد جدا جدا و الخدمة سريعة و الموظفون لطفاء جدا"
            " و الاسعار مناسبة جدا شكرا لكم",
            "طلبنا انا و اخي",
            "اصدقائك شاورما",
        ),
        (
            "مكان رائع\nانه مكان رائع على شاطئ البحر الهادئ تشعر و كأنك في عالم اخر ، الطعام"
            " شهي و لذيذ خدمة ممتازة و اسعار قد تكون مرتفعة و لكن المكان جميل جدا",
            "انه مكان رائع على شاطئ البحر",
            "كأنك في عالم اخر، الطعام",
        ),
    ],
)
def test_a_piece_cut_at_a_waw_written_apart_keeps_its_lead(
    message: str, opening: str, never: str
) -> None:
    said = reflect([message], "ar")
    assert opening in said, said
    assert not said.startswith(never), said


def test_a_waw_opening_a_clause_of_its_own_is_said_alone() -> None:
    message = (
        "احلى محل مشاوي\nمطعم حلو انصح فيه موجود في السوق القديم قريب من الجامع لذيذ جداً"
        " انصح فيه جداً و اكله جميل مرا و جلسة حلوة و يعطيك شاي نهاية الاكل انصح فيه جداً"
    )
    said = reflect([message], "ar")
    assert said.startswith("اكله جميل مرا"), said  # never the whole review said back


def test_a_lead_that_may_say_i_in_a_past_verb_is_not_said_back_unshifted() -> None:
    # stop 25's blind gate: «ما لقيت فيه اي عيب صراحه طلبت شوربه …» came back outside a quote.
    message = (
        "مطعم هندي رائع\nالمكان هادئ جدا و الخدمة سريعة ما لقيت فيه اي عيب صراحه طلبت دجاج"
        " و رز و حلى المانجو الخرافي و الحساب معقول جدا"
    )
    said = reflect([message], "ar")
    for word in ("لقيت", "طلبت"):
        assert word not in said.replace("«", "").split("»")[-1], said
