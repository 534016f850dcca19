"""Conversation 60: a mixed message's thanks names what was praised, only when sure."""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.praised_part import praised_part
from tests.dialogues.script import Script

_TOPIC = {"fa": "delivery", "ar": "delivery", "en": "delivery"}
_YES = {"fa": "بله", "ar": "نعم", "en": "yes"}


def _after_yes(text: str, language: str) -> str:
    chat = Script(language)
    chat.start()
    chat.says(text, intent="complaint", topic=_TOPIC[language], sentiment="negative", score=-0.4)
    return chat.says(_YES[language], intent="affirm")


@pytest.mark.parametrize(
    ("language", "text", "named"),
    [("fa", "پیتزا خوشمزه بود ولی پیک نیم ساعت دیر رسید", "پیتزا"),
     ("fa", "کیک عالی بودولی پیک یک ساعت دیر رسید", "کیک"),  # glued "but"
     ("fa", "پیک یک ساعت دیر رسید ولی کباب خیلی خوشمزه بود", "کباب"),
     ("ar", "الطعام رائع لكن الخدمة بطيئة جدا", "الطعام"),
     ("ar", "الاكل لذيذ والموظفين محترمين بس التوصيل تاخر", "الأكل والموظفين"),
     ("en", "the driver was lovely and the food arrived hot, but the fries were missing",
      "the driver and the food"),
     ("en", "The crew were wonderful but my bag never showed up", "the crew")],
)  # fmt: skip
def test_the_praised_things_are_thanked_by_name(language: str, text: str, named: str) -> None:
    # The apology was followed by «از آنچه پسندیدید هم ممنونم» / "thank you for what you
    # liked": general thanks for a praise they had just named.
    assert praised_part([text], language) == named
    reply = _after_yes(text, language)
    assert named in reply, reply
    assert not any(line in reply for line in variants(language, "praise_heard_too")), reply


@pytest.mark.parametrize(
    ("language", "text"),
    [("fa", "همیشه غذاتون خوب بود ولی اینبار سرد رسید"),  # past praise, not this order's
     ("fa", "نسبتا خوب بود ولی پیک دیر رسید"),  # hedged, and names nothing
     ("fa", "قیمت خوب بود ولی غذا سرد بود"),  # a price thanked as liked reads odd
     ("fa", "کیک عالی بودولی له شده رسید"),
     ("fa", "غذا خوب بود ولی سرد رسید"),  # the liked food's own fault: no "glad you liked"
     ("fa", "جوجه خیلی عالی بود فقط یه کم زیادی خشک شده بود"),
     ("fa", "ابعاد پیتزا خوب بود اما مواد روش خیلی کم بود"),  # a part of it, not the pizza
     ("fa", "تزیین کیک قشنگ و خوب بود اما طعم کیک اصلا خوب نبود"),
     ("fa", "کیفیت غذا فوق العاده پایین بود، فقط نوشابه سالم رسید"),
     ("ar", "السلعة ممتازة ولكن اللون مختلف عن وصف السلعة"),  # the liked thing let down
     ("fa", "من هر هفته از این رستوران پیتزا سفارش میدم و همیشه خوشمزه است ولی امروز سرد بود"),
     ("ar", "طعام رائع... جو لطيف..... خدمة ممتازة..... لكن الاطلالة سيئة"),  # one of a list
     ("fa", "در کل خوب بود.. غذا به موقع رسید.. برنجش خوب بود.. فقط مرغ ضعیف بود"),
     ("ar", "الطعام ليس سيئا لكن التوصيل تاخر"),  # a denial, no praise
     ("ar", "ممتاز لكن التوصيل تاخر"),  # praise of nothing named: the general line
     ("en", "The crew used to be great but now it's a mess"),
     ("en", "Not bad food but the seat was broken"),
     ("en", "Great job but my bag is lost")],
)  # fmt: skip
def test_no_name_when_unsure(language: str, text: str) -> None:
    assert praised_part([text], language) == ""


def test_the_general_line_stays_when_nothing_is_named() -> None:
    reply = _after_yes("عالی بود ولی پیک خیلی دیر رسید", "fa")
    assert any(line in reply for line in variants("fa", "praise_heard_too")), reply


def test_the_food_is_not_praised_beside_an_apology_that_it_fell_short() -> None:
    """Conversation 60's gate: «… در حد انتظارتان نبود. خوشحالم که از غذا راضی بودید» argued."""
    from dialogues.praised_part import liked_line

    told = ["کیفیت غذا خوب بود ولی جعبه‌های پیتزا همگی کثیف بودند"]
    assert liked_line(told, "fa", lambda key: True, "apology_meal") == ("praise_heard_too", {})
    named, _ = liked_line(["پیتزا خوشمزه بود ولی پیک نیم ساعت دیر رسید"], "fa", lambda k: True)
    assert named == "praise_named_too"


def test_service_agents_are_the_agents() -> None:
    """The integration gate: "your service agents are great" is not "the service and the agents"."""
    from dialogues.praised_part import praised_part

    told = ["your service agents at MCO are great, but there are not enough of them working now!"]
    assert praised_part(told, "en") == "the agents"
