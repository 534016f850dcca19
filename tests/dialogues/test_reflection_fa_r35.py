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


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("با سلام و عرض خدا قوت مثل همیشه عالی و خوشمزه", "مثل همیشه عالی"),
        ("باسلام و خدا قوت من از مزه غذا راضی بودم", "شما از مزه غذا راضی بودید"),
        ("سلام و خسته نباشید غذا خیلی دیر رسید", "غذا خیلی دیر رسید"),
        ("عرض ادب. غذا سرد بود", "غذا سرد بود"),
    ],
)
def test_a_greeting_with_its_goodwill_formula_is_left_out(text: str, said: str) -> None:
    # «عرض خدا قوت مثل همیشه عالی …»: the greeting's remnant opened the reflection.
    reflected = reflect([text], "fa")
    assert reflected.startswith(said), reflected
    assert "عرض" not in reflected and "قوت" not in reflected, reflected
