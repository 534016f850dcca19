"""fa60: a wish beside a let-down that happened is apologised for, not thanked as an idea."""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.fa_wish_letdown import letdown_beside_wish
from tests.dialogues.script import Script

_IDEA_THANKS = ("پیشنهاد", "ایده", "برایمان فکر کردید")


def _after_yes(text: str, intent: str = "idea") -> str:
    chat = Script("fa")
    chat.start()
    chat.says(text, intent=intent, topic="delivery", sentiment="negative", score=-0.2)
    reply = chat.says("بله", intent="affirm")
    if text in reply:  # a short telling is said back only now: "yes" to that
        reply = chat.says("بله", intent="affirm")
    return reply


@pytest.mark.parametrize(
    "text",
    ["کاش محتویات ساندویچ رو بهتر بریزید، همش ریخته بود",
     "بهتر بود مینوشتند سینه مرغ، فیله نبود",
     "قبلا خیلی بهتر بود",
     "کباب خوب بود ولی کاش زودتر میاوردید، یک ساعت دیر رسید",
     "کیفیت نون نسبت به قبل افت کرده"],
)  # fmt: skip
def test_the_letdown_beside_the_wish_is_owned(text: str) -> None:
    # Heard «ممنون از این پیشنهاد» / «ایده‌ی سنجیده‌ای است» for a let-down that happened.
    assert letdown_beside_wish([text], "fa")
    reply = _after_yes(text)
    assert not any(word in reply for word in _IDEA_THANKS), reply
    assert "متأسف" in reply or "عذر" in reply, reply


@pytest.mark.parametrize(
    "text",
    ["مرغش عالی بود فقط کاش سسش رقیق‌تر بود",  # a wish, nothing went wrong
     "زیاد روغنی نباشه بهتره",
     "آش خوب بود ولی شور بود یه مقدار، کاش نمکش کمتر بود",  # mild: the thanks stays
     "هر دفعه بهتر از دفعه‌ی قبل! کاش شعبه دیگه هم بزنید",  # better than before: praise
     "کاش مثل قبل ذرت‌ها تند نباشه",
     "عالی بود.. کاش همیشه پر ملات باشه، سسش کم بود یا من زیاد ریختم",  # doubted
     "همه چی خوب بود، کوبیده‌ش به نظرم جالب نبود. پیشنهاد میکنم جوجه بگیرین",  # an opinion
     "پیتزا سرد رسید ولی در کل خوب بود، کاش جعبه بهتری داشتید"],  # their verdict is good
)  # fmt: skip
def test_a_wish_alone_keeps_its_thanks(text: str) -> None:
    assert not letdown_beside_wish([text], "fa")


def test_only_persian() -> None:
    assert not letdown_beside_wish(["I wish it were hotter, it arrived cold"], "en")
    assert variants("fa", "praise_heard_too")


def test_an_opinion_that_the_fee_was_better_before_is_no_food_letdown() -> None:
    """fa60's gate: an opinion on the courier fee «قبلا» got a food apology."""
    from dialogues.fa_wish_letdown import letdown_beside_wish

    told = "به نظرم قبلا پیک رایگان بود بهتر بود ولی کیفیت غذاها عالیه"
    assert not letdown_beside_wish([told], "fa")
