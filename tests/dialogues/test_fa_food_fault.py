"""Persian: one plain fault of the food (cold, stale, undercooked, salty, oily) is named."""

from __future__ import annotations

import pytest

from dialogues.apologies import apology_key
from dialogues.fa_food_fault import food_fault
from tests.dialogues.script import Script


@pytest.mark.parametrize(
    ("text", "fault", "item"),
    [("غذامون سرد سرد رسید", "cold", "غذا"), ("پیتزا رسید ولی کاملا یخ کرده بود", "cold", "پیتزا"),
     ("پیتزاش کاملا یخ کرده بود", "cold", "پیتزا"), ("نون بربریش بیات و مونده بود", "stale", "نان"),
     ("نون ساندویچ خشک خشک بود", "stale", "نان"), ("جوجه کاملا نپخته و صورتی بود", "raw", "جوجه"),
     ("لپه‌ی خورش نیم‌پز بود", "raw", "خورش"), ("برنجش خیلی شور بود", "salty", "برنج"),
     ("کباب خیلی روغنی بود", "oily", "کباب"), ("خوب بود فقط یه کم سرد شده بود", "cold", "")],
)  # fmt: skip
def test_one_fault_is_named(text: str, fault: str, item: str) -> None:
    # «غذا سرد سرد رسید» heard «غذایی که سفارش داده بودید در حد انتظارتان نبود».
    assert food_fault(text, "fa") == (fault, item)
    for topic in (None, "product"):
        assert apology_key(topic, text, True, "fa") == f"apology_food_{fault}", (topic, text)


@pytest.mark.parametrize(
    "text",
    ["ساندویچ سرد بود ولی مشکلی نیست", "غذا اصلا سرد نبود", "سرد بود و مزه‌اش هم بد بود",
     "غذا سرد و شور بود", "پیتزا نیم ساعت دیر رسید و سرد بود", "ماست کم چرب فرستادن",
     # the integration gate: a cake frozen solid did not "arrive cold"
     "کیک یخ زده بود و غیر قابل مصرف",
     # fa58's gate: pickles, dried garlic, cigarettes are no food gone salty or dry
     "خیار شور کنار غذا نبود", "راضی بودم فقط سیرهای خشک جوانه زده بود", "سیگار خیلی خشک بود",
     "نوشابه یخ نبود و گرم بود", "از تاریخ انقضا ۳ روز مانده بود", "سرد بود و نون هم نذاشته بودن"],
)  # fmt: skip
def test_excused_denied_or_beside_another_letdown_is_no_plain_fault(text: str) -> None:
    assert food_fault(text, "fa") is None, text


def test_the_apology_after_yes_names_the_cold_and_keeps_the_thanks() -> None:
    for seed in range(4):
        chat = Script("fa")
        chat.state.seed = seed
        chat.start()
        chat.says("خیلی خوشمزه بود فقط نونش سرد بود", intent="complaint", topic="product",
                  sentiment="negative", score=-0.4)  # fmt: skip
        reply = chat.says("بله", intent="affirm")
        assert "نان" in reply and ("سرد" in reply or "گرم" in reply), reply
        assert "در حد انتظارتان" not in reply and "ممنونم" in reply, reply
