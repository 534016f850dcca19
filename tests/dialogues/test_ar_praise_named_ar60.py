"""ar60: Arabic praise too long to quote is thanked for what it mainly praised, by name."""

from __future__ import annotations

import pytest

from dialogues.ar_praise_named import ar_praised
from dialogues.catalog import variants
from tests.dialogues.script import Script


def _after_yes(told: str) -> str:
    chat = Script("ar")
    chat.start()
    chat.says(told, intent="praise", sentiment="positive", score=0.95)
    if chat.state.stage == "listening":  # a prompt first: they say that is all
        chat.says("هذا كل شيء", intent="done")
    reply = chat.says("نعم", intent="affirm")
    chat.assert_well_spoken()
    return reply


def test_a_long_review_is_thanked_for_its_heading_and_first_verdict() -> None:
    told = (
        "طعام لذيذ واطلالة رائعة على البحر  قصدناه وقت العشاء مع الاصدقاء بعد جولة طويلة في "
        "المدينة القديمة وجلسنا في الشرفة حتى منتصف الليل ونوصي به كل من يزور المدينة"
    )
    reply = _after_yes(told)
    assert "الطعام والإطلالة" in reply, reply
    general = [v.split("،")[0].split("؛")[0] for v in variants("ar", "thanks_praise_heard")]
    assert not any(g in reply for g in general), reply


@pytest.mark.parametrize(
    ("told", "named"),
    [
        # the heading's things, then the first verdict's: at most two
        ("طعام لذيذ واطلالة رائعة على البحر  قصدناه وقت العشاء مع الاصدقاء", "الطعام والإطلالة"),
        # «المكان نظيف»: the cleanliness; «تعامل الموظفين راقي»: their manners
        (
            "المكان نظيف جدا وتعامل الموظفين راقي ونرجع له دايما مع العيال",
            "نظافة المكان وتعامل الموظفين",
        ),
        # a heading of praise with no thing («عشاء مميز») praises the place it names
        ("عشاء مميز  ذهبنا الى هذا المطعم مع العائلة وقضينا وقتا جميلا", "المطعم"),
        # dialect praise, drawn-out letters
        ("الاكل مرااا حلو والتوصيل سريع ما شاء الله عليكم", "الأكل وسرعة التوصيل"),
        ("خدمه فوق العاده  الطعام لذيذ والخدمه من أحسن ما يكون", "الخدمة والطعام"),
    ],
)
def test_what_was_mainly_praised_is_named(told: str, named: str) -> None:
    assert ar_praised([told], "ar") == named


@pytest.mark.parametrize(
    "told",
    [
        # a let-down, a hedge or a wish anywhere: the thanks names nothing
        "مطعم رائع  الاكل لذيذ والخدمة ممتازة لكن الاسعار مرتفعة قليلا",
        "الاجواء جميلة والاكل لذيذ للاسف المكان مزدحم دائما",
        "مطعم رائع  الطعام لذيذ ولا يوجد مواقف للسيارات",
        "المكان جميل بالنسبة للاكل فهو عادي",
        "الاكل لذيذ والخدمة سريعة اتمنى توسعة المكان",
        # the first praise is of a thing we cannot name: a later thing is a side point
        "ساعة جميلة عملية ضد الماء وسعرها مناسب جدا",
        "سماعه مذهله وجميله  وصوتها عالي يمكن حملها في اي مكان",
        # «وجبات سريعة» is fast food, no praise of speed
        "مطعم وجبات سريعة في وسط البلد",
        # a heading of praise and no place named: nothing to call it
        "روعه بصراحة  بيلم الجسم ويفرز العرق",
        # «واي مكان بالجسم» is anywhere; «التوصيل الى الفندق» is somewhere else (the gate)
        "اكثر من رائع  انصح كل من عنده الم بالكتف واي مكان بالجسم بهذا الجهاز",
        "عروض رائعة  يفتح حتى الصباح وخدمة التوصيل الى الفندق سريعة",
        # the heading's thing is not praised: the service further on is a side point
        "اطلالة  الاطلالة على النهر تعطيك شعور بالراحة والخدمة ممتازة",
    ],
)
def test_nothing_is_named_where_it_could_be_wrong(told: str) -> None:
    assert ar_praised([told], "ar") == ""


def test_other_languages_are_left_as_they_were() -> None:
    assert ar_praised(["the food was great and the staff were lovely"], "en") == ""
