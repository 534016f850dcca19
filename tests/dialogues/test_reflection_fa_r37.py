"""Persian reflections and first replies, round 37 (tuning rows read as a judge would)."""

from __future__ import annotations

import pytest

from dialogues.reflection import fa, reflect
from dialogues.reflection.fa_sides import opened_anew


@pytest.mark.parametrize(
    "clause",
    [
        "من عاشق چیکن برگر باروژم و بارها سفارش دادم",
        "من مشتری همیشگی این رستورانم",
        "من مشتری ثابت این رستورانم، همیشه سفارش میدم",
    ],
)
def test_a_noun_with_am_closing_a_part_is_quoted(clause: str) -> None:
    # «شما عاشق چیکن برگر باروژم»: "I am" left on the noun after «من» became «شما».
    assert fa.shift(clause) is None


def test_a_clause_about_me_with_verbs_only_is_still_shifted() -> None:
    assert fa.shift("من هر روز سفارش میدم و راضیم") == "شما هر روز سفارش می‌دهید و راضی هستید"


def test_the_am_noun_is_never_said_outside_a_quote() -> None:
    text = "من عاشق چیکن برگر باروژم و بارها سفارش دادم اصلا نمیتونم بگم بد بود این دفعه"
    reflected = reflect([text], "fa")
    assert "شما عاشق" not in reflected, reflected


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("خب، خیلی خلاصه بگم سوپ رو خورده بودن", "سوپ رو خورده بودن"),
        ("امیدوارم پیگیری شود و قابل ذکره که بگم غذا خوش طعم بود", "و غذا خوش طعم بود"),
        ("به جرات میتونم بگم بدترین پیتزایی بود که تا حالا خوردم", "بدترین پیتزایی بود"),
    ],
)
def test_the_let_me_say_frame_opening_a_clause_goes(text: str, said: str) -> None:
    # «خلاصه بگم» said back «خلاصه بگویید» read as an order to the customer.
    reflected = reflect([text], "fa")
    assert said in reflected and "بگویید" not in reflected and "بگم" not in reflected, reflected


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("غذاش خوب بود فقط برنجش یه مقدار حالت کته بود در مجموع راضی بودم", "بود، در مجموع"),
        ("خیلی خوب بود حتما باز هم سفارش میدم", "خوب بود، حتما باز"),
        ("همیشه ازش راضی بودم این سری مرغ به شدت بوی بدی میداد", "بودید، این سری"),
        ("همه چی خوب بود فقط خیلی چرب بود", "خوب بود، فقط خیلی"),
    ],
)
def test_a_clause_opening_after_a_verb_takes_a_comma(text: str, said: str) -> None:
    # «… کته بود در مجموع راضی بودید»: read back in one breath, a run-on.
    assert said in reflect([text], "fa")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("غذایی که سفارش داده بود اصلا خوب نبود", "داده بود اصلا"),
        ("خیلی بد بود واقعا", "بد بود واقعا"),
    ],
)
def test_no_comma_after_a_relative_clause_or_before_a_last_word(text: str, kept: str) -> None:
    assert kept in reflect([text], "fa")


@pytest.mark.parametrize(
    "text",
    [
        "سیب زمینی سرد بود نشد اصلا بخورید",
        "همه ساندویچ‌ها سرد بود متاسفانه در صورتی که فاصله کم است",
    ],
)
def test_no_comma_where_the_opener_belongs_to_the_verb_or_the_clause_before(text: str) -> None:
    # The two losses of the blind gate g_fa37: «نشد، اصلا بخورید» read as a command.
    assert opened_anew(text) == text
