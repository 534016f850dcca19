"""Persian: the food's fault said of what the customer named, and no bigger than they told it.

«چیزکیک کمی بیات بود» heard «غذا باید تازه به دستتان می‌رسید» (a cake is no meal) and «یکم شور
بود» heard «این‌قدر شور» (fa59).
"""

from __future__ import annotations

import pytest

from dialogues.apologies import apology_key
from dialogues.fa_food_fault import food_fault, food_values
from tests.dialogues.script import Script


def _after_yes(text: str, seed: int) -> str:
    chat = Script("fa")
    chat.state.seed = seed
    chat.start()
    chat.says(text, intent="complaint", topic="product", sentiment="negative", score=-0.4)
    return chat.says("بله", intent="affirm")


@pytest.mark.parametrize(
    "text", ["تارت میوه‌ای کمی بیات بود", "دونات‌هاش کاملا مونده بودن", "خوب بود فقط سرد رسید"]
)
def test_no_food_of_ours_named_leaves_the_subject_out(text: str) -> None:
    assert food_fault(text, "fa") is not None, text
    assert food_values(text, "fa")["item"] == "", text
    for seed in range(4):
        reply = _after_yes(text, seed)
        assert "غذا" not in reply and ("تازه" in reply or "گرم" in reply or "سرد" in reply), reply


@pytest.mark.parametrize(
    ("text", "item"),
    [("غذا کمی سرد بود", "غذا "), ("غدا سرد شده بود", "غذا "), ("برنجش یه کم شور بود", "برنج ")],
)
def test_a_food_of_ours_is_still_named(text: str, item: str) -> None:
    assert food_values(text, "fa")["item"] == item, text


@pytest.mark.parametrize(
    "text", ["خیلی عالی فقط سیب‌زمینی‌ها یکم شور بود", "کمی چرب بود", "یه کم خشک شده بود"]
)
def test_a_little_fault_is_not_overstated(text: str) -> None:
    for seed in range(4):
        reply = _after_yes(text, seed)
        assert "این‌قدر" not in reply and ("شور" in reply or "چرب" in reply or "خشک" in reply), reply


@pytest.mark.parametrize("text", ["برنج خیلی شور بود", "کباب پر روغن و یکم چرب بود"])
def test_much_or_a_plain_fault_keeps_so_much(text: str) -> None:
    assert food_values(text, "fa")["so"] == "این‌قدر ", text


def test_left_out_is_not_stale() -> None:
    assert food_fault("نصف سفارشم جا مونده بود", "fa") is None


@pytest.mark.parametrize(
    ("text", "fault"),
    [("از اپ پیتزا سفارش دادم و سرد رسید", "cold"),
     ("دو تا ساندویچ سفارش داده بودم نونش بیات بود", "stale")],
)  # fmt: skip
def test_telling_what_they_ordered_is_no_second_letdown(text: str, fault: str) -> None:
    # «سفارش دادم» kept the general meal line: what they ordered is only the setting.
    found = food_fault(text, "fa")
    assert found is not None and found[0] == fault, text


@pytest.mark.parametrize(
    ("text", "fault", "item"),
    [("ساندویچ خوشمزه بود ولی مرغش خیلی کم بود", "filling", "مرغش"),
     ("پیتزا فقط نون و پنیر بود", "filling", "مواد داخلش"),
     ("گوشتش خیلی کم بود", "filling", "گوشتش"), ("مرغ فاسد بود", "spoiled", "مرغ"),
     ("کباب بوی بد می‌داد", "smelly", "کباب"), ("تخم‌مرغ‌ها شکسته بودن", "broken", "تخم‌مرغ‌ها"),
     ("چهارتا از تخم مرغ‌ها شکسته بود", "broken", "تخم‌مرغ‌ها"),
     ("کیک له شده بود", "broken", "کیک"), ("نون‌ها وقتی به دستم رسید له شده بود", "broken", "")],
)  # fmt: skip
def test_a_thin_filling_a_spoiled_smelly_or_broken_food_is_named(
    text: str, fault: str, item: str
) -> None:
    # «مرغش خیلی کم بود» heard «غذایی که سفارش داده بودید در حد انتظارتان نبود».
    assert food_fault(text, "fa") == (fault, item), text
    assert apology_key("product", text, True, "fa") == f"apology_food_{fault}", text


@pytest.mark.parametrize(
    "text",
    ["کیک له نشده بود", "پیک بوی بد می‌داد", "ظرفش شکسته بود", "مرغش کم بود و دیر هم رسید",
     "کیک له شده بود و سرد هم بود", "شیر فاسد بود"],
)  # fmt: skip
def test_denied_or_not_the_food_or_beside_another_letdown_stays_general(text: str) -> None:
    assert food_fault(text, "fa") is None, text


def test_the_thin_filling_is_said_back_in_their_word() -> None:
    for seed in range(4):
        reply = _after_yes("ساندویچ خوشمزه بود ولی مرغش خیلی کم بود", seed)
        assert "مرغش" in reply and "کم" in reply and "در حد انتظارتان" not in reply, reply
