"""The language a first message is read in: codes are no Arabizi, Persian typed with an
Arabic keyboard's «ى» is Persian, Finglish needs no English-looking words."""

from __future__ import annotations

import pytest

from nlu.language import detect_language
from nlu.latin import latin_reading


@pytest.mark.parametrize(
    "text",
    [
        "@united I6EP18",
        "PNR X7K3L9",
        "my booking code is AB3DE7, flight cancelled",
        "order 7734512 still not here",
        "order #A7B3C5 never arrived",
        "mail me at sa7ar3@example.com please",
        "watch now: https://www.example.com/detail/amzn1.dv.3eb85fb1-6cb3-1c67-b86a",
        "Windows, Intel i7-4790K, 32 gb, GTX 980ti.",
        "ref ab3de and a7b",
    ],
)
@pytest.mark.parametrize("previous", ["en", None])
def test_codes_urls_and_handles_are_not_arabizi(text: str, previous: str | None) -> None:
    assert detect_language(text, default="en", previous=previous) == "en"


@pytest.mark.parametrize(
    "text",
    ["el talab ma wesel, 3 ayam", "ana 3ayez a3raf leh", "wallah mafi 7ad yrod", "3ayez a3raf"],
)
def test_arabizi_words_are_still_arabic(text: str) -> None:
    assert detect_language(text, default="en", previous=None) == "ar"
    assert latin_reading(text) == "ar"


@pytest.mark.parametrize(
    "text",
    [
        "من آلبالو رسمى سفارش دادم ولى پیوندى فرستادن",
        "خیلى خوبه  مخصوصا براى پوست هاى مختلط",
    ],
)
@pytest.mark.parametrize("previous", ["fa", None])
def test_persian_words_outweigh_the_arabic_final_yeh(text: str, previous: str | None) -> None:
    assert detect_language(text, default="fa", previous=previous) == "fa"


@pytest.mark.parametrize(
    "text",
    ["على الله", "ولى العهد في المدينة", "شكرا على كل شي", "ابي اكلم موظف الحين"],
)
def test_arabic_with_final_yeh_stays_arabic(text: str) -> None:
    assert detect_language(text, default="ar", previous="ar") == "ar"
    assert detect_language(text, default="fa", previous=None) == "ar"


@pytest.mark.parametrize(
    "text",
    [
        "Pitza khob bod omidvaram hamintor in resturan be karesh edame bede",
        "ghazash sard bood vali peyk khoob bood",
        "sefaresh dadam vali hanooz naresid",
        "kheili dir resid, motasefane",
    ],
)
@pytest.mark.parametrize("previous", ["fa", None])
def test_finglish_with_common_words_is_persian(text: str, previous: str | None) -> None:
    assert detect_language(text, default="fa", previous=previous) == "fa"


@pytest.mark.parametrize(
    "text",
    [
        "I would like to reside in a better hotel next time",
        "Alan said the dad came in the age of the raft",
        "the bed is in the room, be kind",
        "thanks, I like the fresh mesh bag",
        # "minute" looks like a «mi-» verb and "D.Va" gives a "va": as many English words
        # as Finglish-looking ones is English
        "5 minute D.Va costume for the party at @SomeShop",
    ],
)
def test_english_is_not_read_as_finglish(text: str) -> None:
    assert detect_language(text, default="en", previous="en") == "en"
    assert latin_reading(text) == "en"
