"""Persian: a thing left out of the order hears of the order that came short."""

from __future__ import annotations

import pytest

from dialogues.apologies import apology_key
from dialogues.catalog import variants
from tests.dialogues.script import Script


@pytest.mark.parametrize(
    ("text", "topic"),
    [("قاشق چنگال نفرستادن", "product"), ("کیفیت خوب بود ولی قاشق فراموش شده بود", "product"),
     ("سس سیر نذاشته بودن", None), ("نوشابه رو نیاوردن", "product"),
     ("دوتا سالاد خواسته بودم یدونه فرستادن", "product"), ("سیخ گوجه ارسال نشده بود", "delivery"),
     ("نوشابه قوطی ارسال نشده بود.", "shipment")],
)  # fmt: skip
def test_a_thing_left_out_is_no_broken_product(text: str, topic: str | None) -> None:
    # «قاشق چنگال فراموش شده بود» heard «انتظار داشتید درست کار کند».
    assert apology_key(topic, text, True, "fa") == "apology_missing"


@pytest.mark.parametrize(
    "text",
    ["نوشابه رو نفرستادن و پیتزا هم سرد بود", "قاشق نذاشته بودن و استریپس بی نمک بود",
     "پیک بسته رو بالا نیاورد و گفت خودتون بیایید پایین",
     "برنج ته چین نمک نداشت، به نظرم فراموش شده بود"],
)  # fmt: skip
def test_another_letdown_beside_it_keeps_its_apology(text: str) -> None:
    for topic in ("product", "delivery"):
        assert apology_key(topic, text, True, "fa") != "apology_missing"


def test_after_the_yes_no_device_is_named() -> None:
    for seed in range(4):
        chat = Script("fa")
        chat.state.seed = seed
        chat.start()
        chat.says("قاشق چنگال نفرستادن", intent="complaint", topic="product",
                  sentiment="negative", score=-0.5)  # fmt: skip
        reply = chat.says("بله", intent="affirm")
        assert "درست کار کند" not in reply, reply
        assert any(line in reply for line in variants("fa", "apology_missing")), reply


@pytest.mark.parametrize(
    "text",
    ["دوغ تحویل داده نشد", "سه تا ساندویچ سفارش دادم فقط یکی رسید",
     "دو بسته نون خواسته بودم ولی فقط یک بسته ارسال شد", "سفارشم سه عدد بود فقط یک عدد فرستادن",
     "دو عدد سالاد سفارش دادم. اما فقط یک سالاد بود."],
)  # fmt: skip
def test_a_thing_not_handed_over_or_fewer_sent_is_left_out(text: str) -> None:
    # fa57: «نوشابه تحویل داده نشد», «فقط یک عدد ارسال شد» heard the general order apology.
    for topic in (None, "product", "delivery"):
        assert apology_key(topic, text, True, "fa") == "apology_missing", (topic, text)


@pytest.mark.parametrize(
    "text", ["توی خورش فقط یه تیکه گوشت بود", "برای دو نفر فقط یه نون گذاشته بودن و کم بود"]
)
def test_only_one_piece_in_a_meal_is_no_thing_left_out(text: str) -> None:
    assert apology_key("product", text, True, "fa") != "apology_missing"


def test_only_one_point_made_is_no_count() -> None:
    text = "ساندویچ عالی بود ولی فقط ۱ مورد، پیک تو آوردنش دقت لازم رو نکرده بود"
    assert apology_key("delivery", text, True, "fa") != "apology_missing"
