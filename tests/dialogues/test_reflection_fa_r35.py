"""Persian reflections and first replies, round 35 (tuning rows read as a judge would)."""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("برام پیتزای دیگه ارسال شده متاسفم واقعا", "ارسال شده، واقعا متأسف شدید"),
        ("بوی مرغ گندیده میداد متاسفم واقعا دیگه خرید نمیکنم", "واقعا متأسف شدید، دیگه"),
        ("نان سرد و بی کیفیت واقعا متاسفم چون دیگه سفارش نمیدم", "کیفیت، واقعا متأسف شدید چون"),
        ("واقعا متاسفم من که دیگه از اینجا خرید نمیکنم", "واقعا متأسف شدید و دیگه"),
    ],
)
def test_a_sorry_between_two_sayings_is_set_apart(text: str, said: str) -> None:
    # «… ارسال شده متأسف شدید واقعا»: the sorry was said back glued to both its neighbours.
    reflected = reflect([text], "fa")
    assert said in reflected, reflected


@pytest.mark.parametrize(
    "text",
    ["برای نان سحر متاسفم که فرق شیرینی را نمیداند", "واقعا متاسفم بابت پولی که دادم"],
)
def test_a_sorry_for_something_stays_one_saying(text: str) -> None:
    reflected = reflect([text], "fa")
    assert "، متأسف" not in reflected and "متأسف شدید،" not in reflected, reflected
