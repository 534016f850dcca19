"""Round 36: `noise._EDGE_END`'s substitution searched near the text's end keeps every answer."""

from __future__ import annotations

import random
import re

import pytest

from dialogues.reflection import noise
from dialogues.reflection.edge_cut import EdgeCut, _top_level
from tests.dialogues.tuning_rows import tuning_rows

CRAFTED = [
    "thanks team!!!! ",
    "I need help. Thanks guys!!!…",
    "hello good morning or afternoon or morning to you!!",
    "the app froze again hmmmmmmm...",
    "x" * 50 + " thanks. " + "!" * 80,
    "cheers " * 20,
    "my flight, dear delta team",
    "it broke ugh",
    "it broke ugh 😭",
    "shipping  ,  ,,  thanks",
    "notthanks",
    "word thanks_",
    "happy birthdayday",
    "no",
    "—thanks",
    "I ok",
    "we really ok",
    "ok, ok. ok!! ok",
    "thanks\n",
    "ok\n\n",
    "",
    "   ",
    "بسته دیر رسید ممنون!!!",
    "سلام ممنون ",
    "دستتون درد نکنه دستتون درد نکنه",
    "وصل متأخر شكراًًً ..",
    "شكرا" + "\u064b" * 40 + "!" * 40,
    "x, , ,شكرا",
    "تمام شكرا\n",
    "والله والله والله",
]


def _texts(language: str) -> list[str]:
    """Each row cleaned, its sentences, and pieces of it ending anywhere (a seeded draw)."""
    draw = random.Random(36)
    texts = list(CRAFTED)
    for row in tuning_rows(language):
        text = noise.clean(row, language)
        texts += [text, *re.split(r"(?<=[.!?؟…])\s+", text)]
        texts += [text[draw.randrange(len(text) + 1) :] for _ in range(3)]
        texts += [text[: draw.randrange(len(text) + 1)] for _ in range(3)]
    return texts


@pytest.mark.parametrize("language", ["fa", "ar", "en"])
def test_the_cut_is_the_substitution(language: str) -> None:
    pattern = noise._EDGE_END[language]
    cut = EdgeCut(pattern)
    assert cut.cut == cut._search  # split, not left to the plain substitution
    for text in _texts(language):
        assert cut.cut(text) == pattern.sub("", text), text


def test_bounded_and_unbounded_phrases_are_split_apart() -> None:
    cut = EdgeCut(noise._EDGE_END["en"])
    assert cut._far is not None and cut._near is not None
    assert "hmm+" in cut._far.pattern and "hmm+" not in cut._near.pattern
    assert "kind regards" in cut._near.pattern and "kind regards" not in cut._far.pattern
    assert EdgeCut(noise._EDGE_END["ar"])._far is None  # every Arabic phrase is bounded


def test_the_alternatives_split_only_at_the_top() -> None:
    assert _top_level(r"a|(?:b|c)|[|]|\||d") == ["a", "(?:b|c)", "[|]", r"\|", "d"]


def test_another_shape_is_substituted_as_it_is() -> None:
    pattern = re.compile(r"\s*(?:bye|ciao)$", re.IGNORECASE)
    cut = EdgeCut(pattern)
    assert cut.cut == cut._sub
    assert cut.cut("ok bye") == "ok"
