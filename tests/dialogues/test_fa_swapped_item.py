"""Persian: another item sent in place of the one ordered hears of the swap, not a bare sorry."""

from __future__ import annotations

import pytest

from dialogues.apologies import apology_key
from dialogues.catalog import variants
from tests.dialogues.script import Script


@pytest.mark.parametrize(
    ("text", "topic"),
    [("به جای دوغ نوشابه فرستادن", None), ("به جای دوغ، نوشابه برام آوردن!", "delivery"),
     ("کیک شکلاتی سفارش دادم کیک وانیلی آوردن", None),
     ("من ساندویچ مرغ سفارش داده بودم ولی برام فلافل فرستادن", "delivery"),
     ("آب آلبالو خواسته بودم بجاش آب پرتقال ارسال کردن", "product"),
     ("پیتزا مخلوط سفارش دادیم، پیتزا پپرونی اوردین", "shipment")],
)  # fmt: skip
def test_a_swap_is_named(text: str, topic: str | None) -> None:
    # «به جای دوغ نوشابه فرستادن» heard «واقعاً متأسفم؛ نباید این‌طور می‌شد».
    assert apology_key(topic, text, True, "fa") == "apology_wrong_item"


@pytest.mark.parametrize(
    "text",
    ["کیک شکلاتی سفارش دادم ولی دیر آوردن", "به جای دو کیلو سیب یک کیلو فرستادن",
     "۲ تا ساندویچ سفارش دادم ۱ ساندویچ فرستادن", "پیتزا سفارش دادم که سرد آوردن",
     "به جای نوشابه دوغ فرستادن و غذا هم شور بود", "من آدامس سفارش دادم نبود تو چیزایی که فرستادید",
     "به جای ساندویچ بزرگ کوچیکشو فرستادن"],
)  # fmt: skip
def test_no_swap_alone_keeps_its_apology(text: str) -> None:
    for topic in (None, "delivery", "product"):
        assert apology_key(topic, text, True, "fa") != "apology_wrong_item"


def test_other_languages_keep_theirs() -> None:
    assert apology_key(None, "they sent cola instead of ayran", True, "en") != "apology_wrong_item"


def test_after_the_yes_the_swap_is_owned() -> None:
    for seed in range(4):
        chat = Script("fa")
        chat.state.seed = seed
        chat.start()
        chat.says("به جای دوغ نوشابه فرستادن", intent="complaint", topic=None,
                  sentiment="negative", score=-0.5)  # fmt: skip
        reply = chat.says("بله", intent="affirm")
        assert any(line in reply for line in variants("fa", "apology_wrong_item")), reply
