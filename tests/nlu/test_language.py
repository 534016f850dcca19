"""Language detection: script, Persian vs Arabic letters and words, Finglish, fallbacks."""

from __future__ import annotations

import pytest

from nlu.language import detect_language, is_ambiguous


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سلام، سفارشم هنوز نرسیده", "fa"),
        ("نمیدونم چرا پیک جواب نمیده", "fa"),
        ("میخوام با یه آدم حرف بزنم", "fa"),
        ("خیلی ممنون", "fa"),
        ("الطلب ما وصل لين الحين", "ar"),
        ("عايز اكلم حد من خدمة العملاء", "ar"),
        ("ابي اكلم موظف", "ar"),
        ("هذه الخدمة سيئة جدا", "ar"),
        ("شكرا على المساعدة", "ar"),
        ("my order is late", "en"),
        ("hi", "en"),
        ("salam merci kheili khoob bood", "fa"),
        ("mersi, dige chizi nist", "fa"),
        ("I am merci-less about bad service", "en"),
    ],
)
def test_detects_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_persian_only_letters_beat_shared_ones() -> None:
    # "ک" and "ی" are the Persian forms; "ك" and "ي" the Arabic ones of the same letters.
    assert detect_language("کی") == "fa"
    assert detect_language("كي") == "ar"
    assert detect_language("گل") == "fa"
    assert detect_language("مدرسة") == "ar"


def test_ambiguous_text_uses_previous_then_default() -> None:
    # "باب" (door) and "ممنون" without distinguishing letters are plain shared letters.
    assert is_ambiguous("باب")
    assert detect_language("باب", default="ar") == "ar"
    assert detect_language("باب", default="fa", previous="ar") == "ar"
    assert detect_language("باب", default="en") == "fa"  # Arabic script is never English
    assert detect_language("12345", default="en", previous="ar") == "ar"
    assert detect_language("👍", default="fa") == "fa"
