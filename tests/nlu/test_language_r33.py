"""Language detection, round 33: Persian words Arabic shares, on both languages."""

from __future__ import annotations

import pytest

from nlu.language import detect_language


@pytest.mark.parametrize("text", ["مشتری شدم و تمام", "عالى و به موقع", "تمام غذا سرد بود"])
def test_a_persian_comment_with_tamam_or_arabic_yeh_stays_persian(text: str) -> None:
    # «تمام» counted as Arabic, and «عالى» typed with Arabic's «ى», made them Arabic.
    assert detect_language(text, default="fa") == "fa"
    assert detect_language(text, default="fa", previous="fa") == "fa"


@pytest.mark.parametrize(
    "text",
    [
        "تمام هو ده",
        "الخدمة تمام",
        "صوت المروحة الخاصة للتبريد عالى جدا",
        "هذا المنتج عالى الجوده",
        "السعر عالى نسبيا",
    ],
)
def test_an_arabic_message_with_the_same_words_stays_arabic(text: str) -> None:
    assert detect_language(text, default="ar") == "ar"
    assert detect_language(text, default="fa") == "ar"


def test_a_bare_tamam_keeps_the_conversation_language() -> None:
    assert detect_language("تمام", default="ar", previous="ar") == "ar"
    assert detect_language("تمام", default="fa", previous="fa") == "fa"
