"""Persian: praised food that came late and cold hears of the way to them, not the food."""

from __future__ import annotations

import pytest

from dialogues.apologies import apology_key


@pytest.mark.parametrize(
    "text",
    ["کیفیت عالی بود ولی دو ساعت دیر رسید و سرد بود", "غذا خوشمزه بود اما با تاخیر و یخ کرده رسید"],
)  # fmt: skip
def test_praised_food_late_and_cold_hears_of_the_way(text: str) -> None:
    # «کیفیت عالی بود ولی … دیر رسید و سرد بود» heard «متأسفم که غذا آن‌طور که باید نبود».
    for topic in ("delivery", "product"):
        key = apology_key(topic, text, True, "fa")
        assert key in ("apology_delivery", "apology_food_sent"), (topic, key)


def test_praised_food_late_and_salty_keeps_the_meals() -> None:
    text = "کیفیت همیشه خوب بود ولی این بار دیر رسید و شور بود"
    assert apology_key("product", text, True, "fa") == "apology_meal"
