"""Persian lexicon access for the person shift: hazm's word, noun and verb-stem lists."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from dialogues.reflection.fa_store import INFORMAL_PAST, norm, store

_norm = norm  # the lists' spelling, as the person shift's modules import it


def _lines(name: str) -> Mapping[str, None]:
    """One of hazm's lists (words, nouns, adjectives, possessed), ``_norm``'s spelling."""
    return store().lines[name]


@cache
def _stems() -> tuple[frozenset[str], dict[str, str]]:
    """Past stems, and every present stem (formal or informal) → its formal spelling."""
    past: set[str] = set(INFORMAL_PAST)
    present: dict[str, str] = {}
    for p, formal, informal in store().verbs:
        past.add(p)
        present.setdefault(formal, formal)
        present.setdefault(informal, formal)
    # Where hazm gives two formal spellings, the one used before ‑ید wins.
    present.update({"گ": "گوی", "گو": "گوی", "آ": "آی", "ا": "آی", "یا": "آی", "خوا": "خواه"})
    present.update({"خا": "خواه", "ر": "رو", "د": "ده", "ش": "شو", "ک": "کن", "ذار": "گذار"})
    present.update({"دون": "دان", "تون": "توان", "مون": "مان", "خون": "خوان", "بر": "بر"})
    return frozenset(past), present
