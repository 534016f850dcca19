"""fa52: the Persian apology names what let them down, in the customer's own words."""

from __future__ import annotations

import pytest

from dialogues.apologies import apology_key
from dialogues.fa_food_fault import KEYS

# The meal's apology, or one naming the one fault of the food told (fa58).
MEAL_KEYS = {"apology_meal", *KEYS.values()}


@pytest.mark.parametrize(
    "told",
    [
        "جوجه‌اش حسابی خشک بود",  # «حسابی»: thoroughly, no account
        "سس سیب زمینی به جای اینکه روی سیب زمینی باشه روی کارتن مالیده شده بود",  # a box
    ],
)
def test_words_that_only_look_like_money_get_no_money_apology(told: str) -> None:
    assert apology_key("billing", told, True, "fa") in MEAL_KEYS  # fa58: «خشک» named


def test_a_card_or_a_sum_told_keeps_the_money_apology() -> None:
    told = "از کارتم دو بار پول کسر شد"
    assert apology_key("billing", told, True, "fa") == "apology_billing"


@pytest.mark.parametrize(
    ("told", "key"),
    [
        # Blind readers preferred the meal's apology for a portion or a missing item (stop 32).
        ("کیفیت غذا عالی بود ولی حجمش کم بود", "apology_meal"),
        ("همه چی عالی بود، فقط همراه پیتزا چنگال ارسال نشده بود", "apology_missing"),  # fa54
        ("پیتزا بسیار خوشمزه بود ولی نسبت به حجم گرون بود", "apology_price"),
        ("شیرینی همیشه عالیه فقط شیرینها تکون خورده بود و به جعبه چسبیده بود", "apology_delivery"),
        ("تجربه خوبی بود کیفیت غذا عالی فقط تاخیر داشت", "apology_wait"),
        ("غذاش مثل همیشه خوب بود ولی این پیکی که اومده بود واقعا بی تربیت بود", "apology_rude"),
    ],
)
def test_the_food_praised_before_a_but_is_not_apologised_for(told: str, key: str) -> None:
    assert apology_key("product", told, True, "fa") == key


@pytest.mark.parametrize(
    "told",
    [
        "با کیفیت و داغ رسید فقط بیش از حد شور بود",  # a device's "work properly" before
        "غذا خوب بود ولی حیف که سرد بود",
        "پیتزا سرد بود و حجمش کم بود",  # nothing praised
        "کاهوها سیاه شده بود. برگر خوب بود. ولی یه چنگال نمیزارید",  # spoilt before the "but"
    ],
)
def test_a_food_gone_wrong_keeps_the_meals_apology(told: str) -> None:
    assert apology_key("product", told, True, "fa") in MEAL_KEYS  # fa58: «سرد» named


def test_english_and_arabic_keep_their_keys() -> None:
    assert apology_key("product", "the pizza was great but small", True, "en") == "apology_meal"
