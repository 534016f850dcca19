"""ar61: a praising heading said again below in other words is not said back before it.

«مذاق مميز للشاورما  المذاق الرائع للشاورما …» was said back «مذاق مميز للشاورما، المذاق
الرائع للشاورما …»: the review's first sentence twice.
"""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect


@pytest.mark.parametrize(
    ("told", "said", "heading"),
    [
        (
            "مذاق مميز للشاورما  المذاق الرائع للشاورما والخبز طازج والمحل قريب من البيت",
            "المذاق الرائع للشاورما",
            "مذاق مميز",
        ),
        (
            "تجربة حلوة  من احلى الكافيهات اللي جربتها تجربة ممتعة والقهوة مضبوطة",
            "من احلى الكافيهات",
            "تجربة حلوة",
        ),
        (
            "ممتاز جدا ولذيذ  المطعم ممتاز جدا واكله لذيذ والجلسات مريحة",
            "المطعم ممتاز جدا",
            "ممتاز جدا ولذيذ،",
        ),
    ],
)
def test_the_heading_said_again_is_said_once(told: str, said: str, heading: str) -> None:
    reflection = reflect([told], "ar")
    assert said in reflection and heading not in reflection, reflection


@pytest.mark.parametrize(
    ("told", "heading"),
    [
        # the heading's praise, the body's let-down: both sides are heard
        ("مطعم رائع  المطعم بارد والخدمة بطيئة جدا والطلب تأخر ساعة كاملة", "مطعم رائع"),
        # «مو لذيذ»: a let-down heading over praise is never dropped as praise said again
        ("الاكل مو لذيذ  المطعم حلو والاكل عادي والموظفين لطيفين جدا", "مو لذيذ"),
    ],
)
def test_a_heading_on_another_side_stays(told: str, heading: str) -> None:
    assert heading in reflect([told], "ar")
