"""Token matching that tolerates attached affixes: Persian/Arabic suffixes, Arabic prefixes."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Generic, TypeVar

T = TypeVar("T")

# ZWNJ stays inside Persian words; an apostrophe inside Latin words keeps "can't" whole.
TOKEN = re.compile(r"[\w\u200c]+(?:'[a-z]+)*")
# Arabic glues و/ف/ب/ل/ال onto the next word ("بالتطبيق", "والطلب"); strip them to match.
_AR_PREFIXES = ("وال", "بال", "فال", "لل", "ال", "و", "ب", "ف", "ل")
# Suffixes each language attaches to a stem (سفارشم, طلبي, orders): a known ending, not any
# letters, so that Arabic "اكلم" (I talk) does not match "اكل" (food).
_SUFFIXES = {
    "fa": frozenset(
        [
            "م",
            "ت",
            "ش",
            "ی",
            "ه",
            "ن",
            "ها",
            "های",
            "هاش",
            "هام",
            "هات",
            "ام",
            "ات",
            "اش",
            "ای",
            "مون",
            "تون",
            "شون",
            "یم",
            "ید",
            "ند",
            "اند",
            "ست",
            "تر",
            "ترین",
            "ی\u200cها",
        ]
    ),
    "ar": frozenset(
        [
            "ي",
            "ك",
            "ه",
            "ها",
            "نا",
            "هم",
            "كم",
            "هن",
            "ات",
            "ين",
            "ون",
            "ان",
            "ني",
            "يه",
            "وا",
            "ت",
            "تي",
            "ته",
            "تها",
            "اء",
            "ه",
        ]
    ),
    "en": frozenset(["s", "es", "ed", "d", "ing", "er", "ers", "est", "ly", "y", "'s"]),
}
_MIN_STEM = 3


# A parse reads its normalised text's tokens two or three times (the topic matcher, the
# sentiment lexicon, and its length when the sentiment is neutral): kept for the latest
# texts, as a tuple so that no caller can change what the next one is given.
@lru_cache(maxsize=64)
def tokenize(normalized_text: str) -> tuple[str, ...]:
    """Word tokens of already-normalised text (ZWNJ stays inside a word)."""
    return tuple(TOKEN.findall(normalized_text))


def forms(token: str) -> list[str]:
    """The token and its forms with one Arabic prefix removed."""
    result = [token]
    for prefix in _AR_PREFIXES:
        if token.startswith(prefix) and len(token) - len(prefix) >= _MIN_STEM:
            result.append(token[len(prefix) :])
    return result


def word_matches(entry: str, token: str, language: str) -> bool:
    """True when ``token`` is ``entry``, possibly with one of the language's suffixes."""
    if token == entry:
        return True
    if len(entry) < _MIN_STEM or not token.startswith(entry):
        return False
    return token[len(entry) :].lstrip("\u200c") in _SUFFIXES.get(language, _SUFFIXES["en"])


class PhraseIndex(Generic[T]):
    """Multi-word entries, each with a payload, found fast in a token list."""

    def __init__(self, entries: Iterable[tuple[tuple[str, ...], T]]) -> None:
        """Index entries by the first two letters of their first word."""
        self._index: dict[str, list[tuple[tuple[str, ...], T]]] = defaultdict(list)
        for words, payload in entries:
            if words:
                self._index[words[0][:2]].append((words, payload))
        # Each prefix's first words together: a token none of whose heads is among them
        # passes the prefix's entries by in one set test (most tokens match no entry).
        self._firsts = {
            prefix: frozenset(words[0] for words, _ in bucket)
            for prefix, bucket in self._index.items()
        }

    def find(self, tokens: tuple[str, ...], language: str) -> Iterator[tuple[int, int, T]]:
        """(start, length, payload) for every entry occurrence; longest entries first."""
        read, heads_at = _read(tokens, language)
        for start, (candidates, heads) in enumerate(read):
            # A token's heads are exactly the entry words that match one of its forms
            # (``_heads``), so an entry matches here when each of its words is among the
            # heads of its token: a set look-up a word, where ``_matches_at`` tried every
            # form with ``word_matches`` (a one-word entry: its first word, already tested).
            found: list[tuple[tuple[str, ...], T]] = []
            for form in candidates:
                prefix = form[:2]
                firsts = self._firsts.get(prefix)
                if firsts is None or heads.isdisjoint(firsts):
                    continue
                for words, payload in self._index[prefix]:
                    if words[0] in heads and (
                        len(words) == 1 or _continues(words, heads_at, start)
                    ):
                        found.append((words, payload))
            # More words first, then the longer (more specific) entry: "زیادی" before "زیاد".
            if len(found) > 1:
                found.sort(key=lambda item: (-len(item[0]), -sum(map(len, item[0]))))
            for words, payload in found:
                yield start, len(words), payload


# The topic index and the sentiment lexicon read the same tokens of a parse: their heads
# are looked up once for both (the same tuple from ``tokenize``'s memo).
@lru_cache(maxsize=16)
def _read(
    tokens: tuple[str, ...], language: str
) -> tuple[tuple[tuple[tuple[str, ...], frozenset[str]], ...], tuple[frozenset[str], ...]]:
    """Each token's ``_token_heads``, and the heads alone, by position."""
    read = tuple([_token_heads(t, language) for t in tokens])
    return read, tuple([heads for _, heads in read])


@lru_cache(maxsize=8192)  # a word recurs across texts, and both indexes read each text
def _token_heads(token: str, language: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """The token's ``forms`` and their ``_heads``, worked out once per word."""
    candidates = forms(token)
    suffixes = _SUFFIXES.get(language, _SUFFIXES["en"])
    return tuple(candidates), frozenset(_heads(candidates, suffixes))


def _heads(candidates: list[str], suffixes: frozenset[str]) -> set[str]:
    """Every entry word that ``word_matches`` one of ``candidates``: a form itself, or a
    stem of at least _MIN_STEM letters that the form continues with a suffix."""
    heads = set(candidates)
    for form in candidates:
        for end in range(_MIN_STEM, len(form)):
            if form[end:].lstrip("\u200c") in suffixes:
                heads.add(form[:end])
    return heads


def _continues(words: tuple[str, ...], heads_at: tuple[frozenset[str], ...], start: int) -> bool:
    """Each word of the entry after its first among the heads of its token after ``start``."""
    if start + len(words) > len(heads_at):
        return False
    return all(word in heads_at[start + offset] for offset, word in enumerate(words) if offset)


def _matches_at(
    words: tuple[str, ...], token_forms: list[tuple[str, ...]], start: int, language: str
) -> bool:
    """True when ``words`` match the tokens from ``start`` on, consecutively (what ``find``
    asked before ``_continues``; the tests compare the two)."""
    if start + len(words) > len(token_forms):
        return False
    return all(
        any(word_matches(word, form, language) for form in token_forms[start + offset])
        for offset, word in enumerate(words)
    )
