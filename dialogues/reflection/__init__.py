"""Reflecting back: the customer's own words, from the listener's side.

``reflect`` picks what matters from what was said (``summarise``), then shifts person per
language (``en``, ``fa``, ``ar``), keeping the content words and the customer's spelling.
See ``shared/docs/reflection.md`` for the linguistics.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from dialogues.reflection import ar, en, fa
from dialogues.reflection.stopwords import STOPWORDS
from dialogues.reflection.summarise import JOINER, summarise
from dialogues.text import fold, words

_SHIFT: dict[str, Callable[[str], str]] = {"en": en.shift, "fa": fa.shift, "ar": ar.shift}
_END = " .,!?؟،;؛:…-"


def reflect(messages: Sequence[str], language: str) -> str:
    """What the customer said, shifted to the listener's side; no trailing question."""
    pieces = summarise(messages, language)
    if not pieces:
        return ""
    shifted = [_SHIFT[language](p).strip(_END) for p in pieces]
    if language == "en":
        shifted = [_lower_first(p) for p in shifted]
    text = JOINER[language].join(p for p in shifted if p)
    # Their own question marks would make our check-in a second question.
    text = text.replace("?", "").replace("؟", "").strip(_END)
    return text


def _lower_first(piece: str) -> str:
    """Mid-reflection, "The app…" reads "the app…"; names and "I" keep their capital."""
    first = piece.split(" ", 1)[0]
    if first[:1].isupper() and first.lower() in STOPWORDS["en"] | {"you're", "you've"}:
        return piece[:1].lower() + piece[1:]
    return piece


def content_words(text: str, language: str) -> list[str]:
    """The content words of a text (not pronouns, particles or fillers), as spelled."""
    stop = STOPWORDS.get(language, frozenset())
    return [w for w in words(text) if len(w) > 1 and fold(w) not in stop]


__all__ = ["content_words", "reflect"]
