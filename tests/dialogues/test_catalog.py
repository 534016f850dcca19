"""Prompt catalogs: every language says everything, every variant fills its placeholders."""

import re
import string

import pytest

from dialogues.catalog import keys, variants
from dialogues.turn import LANGUAGES

QUESTION = re.compile(r"[?؟]")


def test_languages_define_the_same_keys() -> None:
    assert keys("fa") == keys("ar") == keys("en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_variants_of_a_key_share_placeholders(language: str) -> None:
    for key in keys(language):
        fields = [
            {f for _, f, _, _ in string.Formatter().parse(v) if f} for v in variants(language, key)
        ]
        assert all(f == fields[0] for f in fields), key


@pytest.mark.parametrize("language", LANGUAGES)
def test_never_two_questions_in_one_line(language: str) -> None:
    for key in keys(language):
        for variant in variants(language, key):
            assert len(QUESTION.findall(variant)) <= 1, (key, variant)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_stock_empathy(language: str) -> None:
    stock = ("we value your feedback", "your call is important", "نظر شما برای ما ارزشمند است")
    for key in keys(language):
        for variant in variants(language, key):
            assert not any(s in variant.lower() for s in stock)


def test_opening_question_is_asked_in_every_language() -> None:
    assert "keeps you up at night" in " ".join(variants("en", "opening"))
    assert "بیدارتان نگه می‌دارد" in " ".join(variants("fa", "opening"))
    assert "يؤرقك" in " ".join(variants("ar", "opening"))
