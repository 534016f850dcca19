"""Persian: «سالم و سر وقت» only where a wait or harm on the way is told."""

from __future__ import annotations

import pytest

from dialogues.apologies import apology_key
from dialogues.catalog import variants
from tests.dialogues.script import Script


@pytest.mark.parametrize(
    "text",
    ["آب‌میوه آبکی بود و اصلا شیرین نبود", "نرم کننده ای که سفارش دادم مارکش فرق داشت",
     "سالاد الویه اصلا خوب نبود"],
)  # fmt: skip
def test_no_wait_told_hears_no_on_time(text: str) -> None:
    # «آب‌میوه آبکی بود» heard «سفارشتان باید سالم و سر وقت به دستتان می‌رسید».
    for topic in ("delivery", None):
        key = apology_key(topic, text, True, "fa")
        assert not any("سر وقت" in line for line in variants("fa", key)), (text, key)


@pytest.mark.parametrize(
    "text",
    ["سفارش یک ساعت دیر رسید", "پیک غذا رو ریخته بود تو کیسه", "سفارشم هنوز نرسیده",
     # fa55's gate: the way told with no wait word
     "مهمونی تموم شد بعد کیک رسید", "تا برسه دستم کیک نابود شده بود",
     "مردم از گشنگی تا بدستم رسید"],
)  # fmt: skip
def test_a_wait_or_harm_keeps_the_orders_apology(text: str) -> None:
    assert apology_key("delivery", text, True, "fa") in ("apology_delivery", "apology_food_sent")


def test_after_the_yes_no_wait_is_named() -> None:
    for seed in range(4):
        chat = Script("fa")
        chat.state.seed = seed
        chat.start()
        chat.says("نرم کننده ای که سفارش دادم مارکش فرق داشت", intent="complaint",
                  topic="delivery", sentiment="negative", score=-0.5)  # fmt: skip
        reply = chat.says("بله", intent="affirm")
        assert "سر وقت" not in reply, reply
