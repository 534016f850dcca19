"""Round ar49: Arabic runs cut where the review turns to its flaw, and between listed clauses."""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect
from dialogues.reflection.ar_flaw import cut


def test_a_flaw_word_opens_its_own_clause() -> None:
    review = (
        "مطعم مميز ديكورات رائعة يحتوي على اماكن خاصة بالمدخنين لا يقدم الخمور الطعام اكثر"
        " من رائع الندل مميزين جدا ديكورات رائعة الموقع مميز بالرغم من انه بنفس شارع مطعم"
        " فلوكه مشكلته انه يحجز احيانا كامل المطعم لمجموعه او فريق معين"
    )
    said = reflect([review], "ar")
    assert "«مشكلته انه يحجز احيانا كامل المطعم لمجموعه او فريق معين»" in said
    assert "الندل مميزين" not in said


def test_the_flaw_and_the_verdict_after_it_are_kept() -> None:
    review = (
        "افضل مطعم بالجبيل الصناعية الموقع علي الكورنيش وجوده الاكل ممتازة يعيب عليه صغر حجمة"
        " وعدم توفر مقاعد كافية للزبائن. اوصي به بشدة ويستحق التجربه."
    )
    said = reflect([review], "ar")
    assert "يعيب عليه صغر" in said and "للزبائن" in said and "ويستحق التجربه" in said
    assert "بالجبيل" not in said


@pytest.mark.parametrize(
    ("piece", "head"),
    [
        (
            "الهاتف جيد جدا وحجم الشاشة اكثر من رائع ويعمل بشريحتين ولا يعيبه الا صغر مساحة"
            " التخزين",
            "الهاتف جيد جدا وحجم الشاشة اكثر من رائع ويعمل بشريحتين",
        ),
        (
            "موقعه جيد واسع تصميم جميل المشكله هى عدم وجود مكان كافى لركن السيارات",
            "موقعه جيد واسع تصميم جميل",
        ),
        (
            "بالنسبة لجودة الطعام فهى جيدة ولكن غير مميز و يعيب المطعم عدم تجديد قائمة الطعام",
            "بالنسبة لجودة الطعام فهى جيدة ولكن غير مميز",
        ),
    ],
)
def test_cut_before_the_flaw(piece: str, head: str) -> None:
    assert cut([(piece, "")])[0] == (head, "")


@pytest.mark.parametrize(
    "piece",
    [
        # «يعني» (or «لكن/بس») already opens the flaw: said on with it
        "التاب رائع ولكن ياخذ وقت طويل في الشحن يعني المشكلة الوحيده البطئ في الشحن",
        # «المشكلة» as an object, a bare «عيب»: no flaw opening a clause
        "تواصلت مع خدمة العملاء عدة مرات ولم يتم حل المشكلة ان شاء الله يحلونها",
        "دمية جيدة لا بأس بها و مسليه للأطفال فيها عيب بسيط",
        # the flaw runs on to a menu read out: cut alone, it would be said back whole
        "من المطاعم المحببه لنا المشكله الوحيده هي الزحام " + "واستمتع بالمشويات اللذيذة " * 8,
    ],
)
def test_no_cut(piece: str) -> None:
    assert cut([(piece, "")]) == [(piece, "")]
