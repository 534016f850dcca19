"""ar62: an Arabic thanks names a thing once, and never the price aside."""

from __future__ import annotations

import pytest

from dialogues.ar_praise_named import ar_praised
from dialogues.ar_thanked_things import one_each, price_aside
from dialogues.praise_named import named_praise
from dialogues.praised_part import praised_part


@pytest.mark.parametrize(
    ("things", "kept"),
    [
        (["العطور", "العطر"], ["العطور"]),
        (["السلعة", "المنتج"], ["السلعة"]),
        (["الطعام", "الأكل"], ["الطعام"]),
        (["المكان", "المطعم", "الطعام"], ["المكان", "الطعام"]),
        (["حسن التعامل", "المعاملة"], ["حسن التعامل"]),
        # two things: both named
        (["الأكل", "الخدمة"], ["الأكل", "الخدمة"]),
        (["المطعم", "نظافة المطعم"], ["المطعم", "نظافة المطعم"]),
    ],
)
def test_one_thing_is_named_once(things: list[str], kept: list[str]) -> None:
    assert one_each(things) == kept


@pytest.mark.parametrize(
    ("told", "named"),
    [
        ("عطور رائعة  العطر ثابت وريحته فخمة ووصل بسرعة", "العطور"),
        ("مطعم رائع  المكان جميل والجلسات مريحة وننصح فيه", "المطعم"),
        ("اكل لذيذ  الطعام طازج والطاقم بشوش", "الأكل والطاقم"),
    ],
)
def test_a_review_names_the_same_thing_once(told: str, named: str) -> None:
    assert ar_praised([told], "ar") == named


def test_a_quote_said_back_names_the_same_thing_once() -> None:
    told = "الطعام لذيذ جدا والأكل طازج والخدمة ممتازة"
    assert named_praise("praise", told, f"فهمت: «{told}». صحيح؟", "ar") == "الطعام والخدمة"


def test_a_praised_clause_names_the_same_thing_once() -> None:
    told = "السلعة ممتازة والمنتج أصلي لكن التوصيل تأخر يومين"
    assert praised_part([told], "ar") == "السلعة"


@pytest.mark.parametrize(
    "told",
    [
        "ساعه رياضيه جميله وعمليه والسعر مناسب جدا",
        "ساعه جيده والسعر معقول",
        "مطعم ممتاز  لديهم بيتزا روعه واكلهم لذيذ والسعر مناسب",
    ],
)
def test_the_price_beside_other_praise_is_not_named(told: str) -> None:
    assert "السعر" not in ar_praised([told], "ar")  # «المطعم» may be named: it was praised
    said_back = f"فهمت: «{told}». صحيح؟"
    assert named_praise("praise", told, said_back, "ar") == ""


@pytest.mark.parametrize(
    ("things", "told", "aside"),
    [
        (["السعر"], "جهاز منخفض السعر وذا جوده جيده متناسبه مع سعره", True),
        # the price praised alone: thanked by name, as before
        (["السعر"], "السعر لعدد ثلاث اغطيه مناسب جدا", False),
        (["الأسعار"], "الاسعار رخيصه جدا ومناسبه", False),
        # the price beside another named thing: not the price alone
        (["المنتج", "السعر"], "المنتج رائع والسعر مناسب", False),
    ],
)
def test_price_aside(things: list[str], told: str, aside: bool) -> None:
    assert price_aside(things, told) is aside
