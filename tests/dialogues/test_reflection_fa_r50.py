"""Persian round 50: «خوب» before a "but" heard beside the apology; Finglish thanked unquoted."""

from __future__ import annotations

import re

import pytest

from dialogues.catalog import variants
from dialogues.finglish_thanks import thanks_key
from dialogues.good_before_but import good_before_but, liked_beside
from tests.dialogues.liked_heard import liked_heard
from tests.dialogues.script import Script


def _heard_too(reply: str) -> bool:
    """Whether the catalog's «and thank you for what you liked» is in the reply."""
    return liked_heard("fa", reply)


def _after_yes(text: str) -> str:
    chat = Script("fa")
    chat.start()
    chat.says(text, intent="complaint", topic="delivery", sentiment="negative", score=-0.4)
    return chat.says("بله", intent="affirm")


# ---- 1. a plain «خوب» (or a "but" glued to the verb) before the complaint -------------------
@pytest.mark.parametrize(
    "text",
    ["کیفیت نان خوب ولی سرد بود.", "کیفیت خوب است اما دیر آماده میشود",
     "کباب‌ها خیلی خوب‌ بودند اما برنج کاملا دون و نپخته و خیلی چرب بود",
     "کیک فوق العاده‌ای بودولی له شده رسید بهم", "خیلی خوبه ولی کوچک و کمه."],
)  # fmt: skip
def test_good_before_the_but_is_heard_beside_the_apology(text: str) -> None:
    # «کیفیت نان خوب ولی سرد بود.» got only «متأسفم که غذا آن‌طور که باید نبود؛ …»: the bread
    # they liked unheard, where «عالی بود ولی …» was thanked too.
    reply = _after_yes(text)
    assert _heard_too(reply), reply


@pytest.mark.parametrize(
    "text",
    ["اصلا خوب نبود.. ماشروم سفارش دادم ولی همبرگر معمولی بود",
     "ساندویچ مرغ المانی میتونس یه ساندویچ خوب باشه اما پوره سیب زمینی مزه رو بهم زد",
     "برنج خوب پخته نشده بود ولی کباب سرد بود", "همیشه کارشون خوب بوده ولی اینبار اشتباه فرستادین",
     "خوب، غذا دیر رسید ولی گرم بود", "نه بد نه خوب ولی گرون",
     "پول رو خوب میگیرید ولی متاسفانه سرویس دهی زیر خط فقره",
     "گفتیم مبلغ بالا بدیم کیفیت خوب گیرمون بیاد اما متاسفانه مرغش خام بود",
     "کباب‌های دیگر که سفارش دادم خوب بوده اما جوجه ترش بسیار بد بود"],
)  # fmt: skip
def test_no_good_read_where_it_is_denied_hedged_past_or_sarcastic(text: str) -> None:
    assert not good_before_but([text], "fa")


def test_other_languages_are_untouched() -> None:
    assert not good_before_but(["good but late"], "en")
    assert liked_beside(["great food but late"], "en")  # the older check still holds


# ---- 2. Finglish praise is thanked with no Latin-letter quote ------------------------------
@pytest.mark.parametrize(
    "text",
    ["Khyli ba keyfiyat bod", "Hame chi awli ham qaza ham peik express", "mesle hmishe awli"],
)
def test_finglish_praise_is_thanked_with_no_quote(text: str) -> None:
    # «خوشحالمان کردید: «Khyli ba keyfiyat bod». همین را به تیم می‌رسانم.»: Finglish in a
    # Persian frame.
    chat = Script("fa")
    chat.start()
    reply = chat.says(text, intent="praise", sentiment="positive", score=0.5)
    assert any(line in reply for line in variants("fa", "thanks_praise_unquoted")), reply
    assert not re.search("[A-Za-z]", reply), reply


def test_persian_praise_keeps_its_quote() -> None:
    assert thanks_key("praise", "خیلی خوشمزه بود", "fa") == "thanks_praise"
    assert thanks_key("praise", "kfc بی نظیره", "fa") == "thanks_praise"  # Persian words too
    assert thanks_key("praise", "Great food", "en") == "thanks_praise"
    assert thanks_key("idea", "age mishe sos bishtar", "fa") == "thanks_idea_unquoted"
