"""Choosing which of the customer's words to quote back."""

from __future__ import annotations

from collections.abc import Sequence

from dialogues.reflection import content_words
from dialogues.text import sentences

MAX_QUOTE_WORDS = 14


def key_sentence(messages: Sequence[str], language: str) -> str:
    """The sentence that carries the most content: the one worth quoting or building on."""
    candidates = [s for message in messages for s in sentences(message)]
    if not candidates:
        return ""
    return max(candidates, key=lambda s: len(content_words(s, language)))


def short_quote(text: str, max_words: int = MAX_QUOTE_WORDS) -> str:
    """A verbatim fragment short enough to quote inside a sentence."""
    words = text.split()
    if len(words) <= max_words:
        return text.strip().rstrip(".!؟?،,;؛")
    return " ".join(words[:max_words]).rstrip(".!؟?،,;؛") + "…"


def quote_full(messages: list[str]) -> str:
    """The customer's telling verbatim, one line per message."""
    return "\n".join(m.strip() for m in messages if m.strip())
