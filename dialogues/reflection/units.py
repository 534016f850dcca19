"""A clause the customer wrote, as the reflection engine handles it, and its weight."""

from __future__ import annotations

from dataclasses import dataclass

from dialogues.reflection.stopwords import STOPWORDS
from dialogues.text import fold, words


@dataclass(frozen=True)
class Unit:
    """One clause the customer wrote, cleaned of noise, with where it came from.

    ``glue`` is what joined it to the clause before it in the same sentence ("" for a
    sentence's first clause), so two neighbours chosen together are rejoined as written.
    """

    text: str
    position: int
    question: bool
    sentence: int = 0
    glue: str = ""


def content_count(text: str, language: str) -> int:
    """How many content words a text has (not pronouns, particles, fillers)."""
    stop = STOPWORDS[language]
    return sum(1 for w in words(text) if len(w) > 1 and fold(w) not in stop)
