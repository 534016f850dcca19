"""An Arabic customer is answered in Arabic: words both languages share are no evidence."""

from __future__ import annotations

import pytest

from nlu.language import detect_language


@pytest.mark.parametrize(
    "text",
    ["الفلوس انخصمت والطلب ما وصل", "من امبارح الطلب ما وصل", "والطلب ما وصل للحين"],
)
def test_ma_and_min_do_not_make_an_arabic_message_persian(text: str) -> None:
    # «ما» (Arabic "not"/"what", Persian "we") and «من» ("from"/"I") are in both lists.
    assert detect_language(text, default="fa", previous="ar") == "ar"


@pytest.mark.parametrize("text", ["ما که کاری نکردیم", "من سفارش دادم ولی نرسید"])
def test_persian_with_the_same_words_stays_persian(text: str) -> None:
    assert detect_language(text, default="ar", previous="fa") == "fa"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Found from the README's chat: «رووعه» after an Arabic opening was answered in Persian
        # (the stretched word is in no list, so letter n-grams decided).
        ("رووعه", "ar"),
        ("رووووعه", "ar"),
        ("ممتااااز", "ar"),
        ("عاااالی", "fa"),
        ("خیلیییی بد بود", "fa"),
    ],
)
def test_a_stretched_word_counts_as_the_word(text: str, expected: str) -> None:
    assert detect_language(text, default="fa") == expected
    assert detect_language(text, default="ar") == expected
