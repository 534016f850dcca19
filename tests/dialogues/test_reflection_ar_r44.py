"""Arabic reflections, round 44 (constructed lines only, never a pool or judged message)."""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect
from dialogues.reflection.ar_typed import mend_held_keys


# ---- 1. a key held twice inside a word is never said back in the bot's voice ----------------
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("تصميم جمميل", "تصميم جميل"),
        ("المنتج ممتاازه", "المنتج ممتازه"),
        ("موظف محتررم", "موظف محترم"),
        ("اشتريته كتيير", "اشتريته كتير"),
        ("وصل بسررعة", "وصل بسرعة"),
    ],
)
def test_a_held_key_is_written_once(typed: str, meant: str) -> None:
    assert mend_held_keys(typed) == meant


@pytest.mark.parametrize(
    "word",
    ["تتغير", "ببعض", "وممرات", "اللذين", "تجدد", "لاننا", "لكنني", "وجهها", "ستتم", "المصريين"],
)
def test_a_real_word_with_a_letter_pair_is_kept(word: str) -> None:
    assert mend_held_keys(word) == word


def test_a_mended_word_is_said_back() -> None:
    said = reflect(["تصميم جمميل ورائحته معتدله وسعره مناسب جدا"], "ar")
    assert "جميل" in said and "جمميل" not in said
