"""A clause the customer wrote, as the reflection engine handles it, and its weight."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

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


Cut = Callable[[tuple[str, ...], str], tuple[tuple[Unit, ...], int]]


def by_message(cut: Cut) -> Callable[[Sequence[str], str], list[Unit]]:
    """``cut`` (a telling's units and its sentences' count) run and cached message by message.

    A telling is read again with each message it gains ([a], then [a, b]): each message is
    cut once, its units numbered on from the messages before it, as one cut would number them.
    """
    cached = lru_cache(maxsize=256)(cut)

    def units(messages: Sequence[str], language: str) -> list[Unit]:
        found: list[Unit] = []
        sentences = 0
        for message in messages:
            told, count = cached((message,), language)
            at = len(found)
            found += [
                Unit(u.text, at + u.position, u.question, sentences + u.sentence, u.glue)
                for u in told
            ]
            sentences += count
        return found

    units.__wrapped__ = cut  # type: ignore[attr-defined]  # the uncached cut, for its tests
    return units


def per_telling(
    read: Callable[[tuple[str, ...], str], list[Unit]],
) -> Callable[[Sequence[str], str], list[Unit]]:
    """``read`` (a telling's units, from its messages) run once a telling: the reflection's
    choice and its "and more" tail read the same units; each caller gets its own list."""
    cached = lru_cache(maxsize=64)(lambda messages, language: tuple(read(messages, language)))

    def units(messages: Sequence[str], language: str) -> list[Unit]:
        return list(cached(tuple(messages), language))

    units.__wrapped__ = read  # type: ignore[attr-defined]  # the uncached reading
    return units


def said_once(units: Sequence[Unit]) -> list[Unit]:
    """Each clause once: a sentence pasted twice («دیر رسید. دیر رسید.») is said back once.

    A short refrain apart ("Platinum? Who cares? Checking in? Who cares?") is the telling's
    shape and stays; said again at once («افتضاح! افتضاح!») it is one cry.
    """
    seen: set[str] = set()
    out: list[Unit] = []
    last = ""
    for unit in units:
        key = " ".join(fold(w) for w in words(unit.text))
        again = key in seen and (len(key.split()) >= _SENTENCE_WORDS or key == last)
        last = key
        if key and again:
            continue
        seen.add(key)
        out.append(unit)
    return out


_SENTENCE_WORDS = 3  # "Who cares?" is a refrain; «سفارشم دیر رسید» is a sentence pasted again
