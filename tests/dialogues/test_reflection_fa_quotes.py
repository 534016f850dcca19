"""Persian reflections, round 3: quotes kept verbatim, no half shift, thanks never the bot's.

Constructed messages for the failure patterns a native judge found in the second held-out
sample: a thanks cut out of the middle of a quote, a first-person verb with an object suffix
left unshifted beside a shifted one, an imperative to the company read as the bot's own
order, colloquial «پیکم» (= «پیک هم») read as "my courier", a closing well-wish reflected
instead of the praise before it, and a thanks in the bot's own voice.
"""

from __future__ import annotations

import re

import pytest

from dialogues.reflection import reflect
from tests.dialogues.quotes import outside, quotes


@pytest.mark.parametrize(
    "message",
    [
        "غذا دیر رسید و سرد بود و پولش هم برنگشت ممنون میشم پیگیری کنید",
        "کیک تازه بود و پیک هم خوش برخورد بود در مجموع از شما متشکرم و باز هم میخرم",
    ],
)
def test_a_quote_keeps_the_customers_words_verbatim(message: str) -> None:
    said = reflect([message], "fa")
    assert said is not None
    for quote in quotes(said):
        assert quote in message  # never edited inside: «… میشم پیگیری کنید» alone is broken


def test_i_would_be_grateful_stays_with_its_request() -> None:
    said = reflect(["یکی از جنسام کم بود و پولش رو برنگردوندن ممنون میشم پیگیری کنید"], "fa")
    assert said is not None
    assert "ممنون میشم پیگیری کنید" in said
    assert "، میشم" not in said


def test_a_first_person_verb_with_an_object_suffix_is_quoted_whole() -> None:
    said = reflect(["مجبور شدم آب بکشمشون تا یه کم مزه‌ی مرغ رو حس کنم"], "fa")
    assert said == "گفتید «مجبور شدم آب بکشمشون تا یه کم مزه‌ی مرغ رو حس کنم»"


def test_so_that_i_taste_is_a_subjunctive_not_i_think() -> None:
    said = reflect(["مجبور شدم سس رو کنار بذارم تا مزه‌ی مرغ رو حس کنم"], "fa")
    assert said is not None
    assert "حس می‌کنید" not in said


@pytest.mark.parametrize("verb", ["بدین", "بدید"])
def test_an_imperative_to_the_company_stays_in_a_quote(verb: str) -> None:
    said = reflect([f"غذا سرد بود. بجای تخفیف غذای گرم تحویل مشتری {verb}"], "fa")
    assert said is not None
    assert verb not in outside(said)
    assert any(verb in quote for quote in quotes(said))


def test_colloquial_courier_too_is_not_my_courier() -> None:
    said = reflect(["غذا گرم بود و خوشمزه بود پیکم زود اومد"], "fa")
    assert said is not None
    assert "پیکتان" not in said
    assert "پیکم" not in outside(said)


def test_a_closing_well_wish_does_not_replace_the_praise() -> None:
    said = reflect(["ممنون از مدیریت بابت کیفیت غذا و تشکر از پیک مودب. کسبتون پر رونق"], "fa")
    assert said is not None
    assert "کیفیت غذا" in said
    assert "پر رونق" not in said


def test_a_bare_thanks_after_a_comma_is_not_said_by_the_bot() -> None:
    said = reflect(["مرتب و به موقع، سپاسگزارم."], "fa")
    assert said == "مرتب و به موقع"


@pytest.mark.parametrize(
    "message",
    ["مرسی از رستوران، راضی بودم", "غذا داغ بود کیفیت بالا ممنون از رستوران و ممنون از پیک"],
)
def test_a_thanks_inside_a_clause_is_never_in_the_bots_own_voice(message: str) -> None:
    said = reflect([message], "fa")
    assert said is not None
    assert not re.search(r"(?<!\S)(?:ممنون|مرسی)(?!\S)", outside(said))


_LONG_COMPLAINT = (
    "خیلی بد! مرغ مانده و بد طعم بود و برنج هم اصلا پخته نشده بود و خیلی سفت بود! "
    "پیکی که برای فاصله کوتاه از همه رستورانهای دیگر بیشتر هزینه دریافت می‌کند! "
    "بسته بندی: فاقد قاشق و چنگال، دستمال، سس. واقعا متاسفم، به عنوان کسی که بیشتر از "
    "بیست بار سفارش از این رستوران داشتم و همیشه راضی بودم، تجربه چند سفارش اخیر "
    "کاملا نظرم رو عوض کرد و بار آخری بود که سفارش دادم."
)


def test_a_long_complaint_keeps_its_opening_verdict_and_the_last_order_ever() -> None:
    said = reflect([_LONG_COMPLAINT], "fa")
    assert said is not None
    assert said.startswith("خیلی بد، ")  # the verdict in two words, not lost to the length
    assert "بار آخری بود که سفارش دادید" in said  # "the last time I order" kept and shifted


def test_a_comma_inside_not_bad_is_not_echoed() -> None:
    said = reflect(["غذا بد، نبود ولی پیک دیر رسید"], "fa")
    assert said is not None
    assert "بد، نبود" not in said
    assert "غذا بد نبود" in said


def test_a_rhetorical_question_is_quoted_as_said_not_asked() -> None:
    said = reflect(["حجم بسیار کم و قیمت بالا. یه سالاد کوچیک ۴۳ هزار تومن؟"], "fa")
    assert said == "حجم بسیار کم و قیمت بالا، گفتید «یه سالاد کوچیک ۴۳ هزار تومن؟»"


def test_a_question_with_a_question_word_is_still_asked() -> None:
    said = reflect(["چرا روی شله قلمکار کشک میریزید؟"], "fa")
    assert said == "گله دارید که «چرا روی شله قلمکار کشک میریزید؟»"  # r33: a "why" protest
    said = reflect(["کی تولید شده؟"], "fa")
    assert said == "می‌پرسید «کی تولید شده؟»"


def test_a_closing_thanks_to_a_named_person_is_courtesy_not_the_bots_words() -> None:
    said = reflect(["پیک عالی بود تشکر از آقای رضایی پیک عالی شیرینی فروشی"], "fa")
    assert said == "پیک عالی بود"


def test_a_thanks_with_its_verb_is_still_shifted() -> None:
    said = reflect(["غذا خوب بود و تشکر از پیک میکنم"], "fa")
    assert said is not None
    assert "تشکر از پیک می‌کنید" in said


def test_after_a_preposition_a_word_in_m_is_my_noun_not_a_verb() -> None:
    said = reflect(["در مجموع امروز از خریدم پشیمان شدم"], "fa")
    assert said == "در مجموع امروز از خریدتان پشیمان شدید"  # not «از خریدید»


def test_satisfied_in_m_after_i_becomes_you_are_satisfied() -> None:
    said = reflect(["مثل همیشه از هات داگ‌ها راضیم"], "fa")
    assert said == "مثل همیشه از هات داگ‌ها راضی هستید"  # not the misspelt «راضیید»


def test_a_greeting_with_its_address_is_noise() -> None:
    said = reflect(["باسلام خدمت دوستان کیفیت همیشه خوب بود اما این بار نون بیات بود"], "fa")
    assert said is not None
    assert "خدمت" not in said
    assert said.startswith("کیفیت همیشه خوب بود") or "«کیفیت همیشه" in said
