"""``TO_ASCII_DIGITS`` maps an unmapped character to itself and remembers it (round 33):
``translate`` writes what a plain ``str.maketrans`` table makes it write, for every
character and for the shared corpus's rows 1-1000."""

from __future__ import annotations

import pytest

from bot.loadbench import real_rows
from dialogues import languages
from dialogues.languages import TO_ASCII_DIGITS

PLAIN = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
EVERY = "".join(map(chr, range(0x110000)))  # surrogates too: translate keeps them as they are


def test_every_character_is_translated_as_the_plain_table_translates_it() -> None:
    assert EVERY.translate(TO_ASCII_DIGITS) == EVERY.translate(PLAIN)
    assert EVERY.translate(TO_ASCII_DIGITS) == EVERY.translate(PLAIN)  # from what it kept
    assert "".join(c.translate(TO_ASCII_DIGITS) for c in EVERY[::97]) == EVERY[::97].translate(
        PLAIN
    )


@pytest.mark.parametrize("language", ["fa", "ar", "en"])
def test_the_corpus_rows_are_translated_alike(language: str) -> None:
    rows = real_rows(language)
    assert len(rows) > 900
    for row in rows:
        assert row.translate(TO_ASCII_DIGITS) == row.translate(PLAIN)
        assert row.translate(TO_ASCII_DIGITS) == row.translate(PLAIN)  # once remembered


def test_it_is_the_digits_table_bounded() -> None:
    "".join(map(chr, range(0x20000))).translate(TO_ASCII_DIGITS)
    assert len(TO_ASCII_DIGITS) <= languages._KEPT
    assert {k: v for k, v in TO_ASCII_DIGITS.items() if k != v} == PLAIN
    assert "۱۲٣ x".translate(TO_ASCII_DIGITS) == "123 x"
