"""The Persian word lists, loaded once and together, each word stored once.

``fa_lexicon`` asks whether a word is in one of hazm's lists (spelt as ``_norm`` writes it),
``fa_words`` whether it is in any of them (spelt as ``fold`` writes it); both ask about verb
stems. Loaded apart, each list held its own copy of ~20k words (~9 MB for what is ~2 MB of
words), and ``fold`` called per word filled its turn cache with lexicon words. Here every
list is normalised as one text (no temporary string per word, which fragmented the heap),
a word that several sets hold is one shared string object, and each large set is the keys
of a dict (a look-up is as quick, the table a third of a frozenset's: Python 3.11's dicts
of strings keep 16 bytes a slot in 2/3-full tables, sets 16 bytes in tables at most 3/5
full and grown fourfold). The sets are the ones word-by-word loading gives
(``tests/dialogues/test_fa_store.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from dialogues.text import ZWNJ, fold

_LEXICON = Path(__file__).parent / "lexicon"
_ARABIC_FORMS = str.maketrans({"ي": "ی", "ك": "ک", "ى": "ی", "ة": "ه", "ۀ": "ه"})
_DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")
LISTS = ("words", "nouns", "adjectives", "possessed")  # what ``fa_lexicon._lines`` reads
KNOWN = (*LISTS, "seen")  # with the verbs: what ``fa_words`` calls known

# Colloquial past stems hazm lists only in their formal spelling.
INFORMAL_PAST = frozenset(
    """ذاشت گذاشت اومد نیومد تونست دونست خوند موند رسوند شیکوند پوشوند سوزوند ترکوند
    چرخوند گذروند خوابوند فهموند کشوند پروند دووند""".split()
)


@lru_cache(maxsize=8192)  # r28: a word is normed again for every text and list it is in
def norm(word: str) -> str:
    """hazm's spelling of a word for the lists' look-ups (no marks, Persian letters)."""
    return _DIACRITICS.sub("", word).translate(_ARABIC_FORMS).replace(ZWNJ, "")


@dataclass(frozen=True)
class Store:
    """Every Persian set the reflection looks words up in."""

    lines: Mapping[str, Mapping[str, None]]  # each of LISTS, ``norm``'s spelling
    verbs: tuple[tuple[str, str, str], ...]  # past, formal and informal present, ``norm``'s
    known: Mapping[str, None]  # KNOWN and every verb part, ``fold``'s spelling
    verb_parts: frozenset[str]  # every verb part, ``fold``'s spelling


def _words(text: str, spell: Callable[[str], str]) -> list[str]:
    """The words of ``text`` as ``spell`` writes each one: spelt as one text, since both
    spellings map letters and never make or take a space (word by word if a word vanished)."""
    words = spell(text).split()
    if len(words) != len(text.split()):  # a word that was only marks: "" in the list
        words = [spell(word) for word in text.split()]
    return words


@cache
def store() -> Store:
    """Read the lists once; a word several sets hold is one string object."""
    same: dict[str, str] = {}
    fold_word = fold.__wrapped__  # not fold itself: its cache is for the turns' words

    def shared(words: list[str]) -> list[str]:
        return [same.setdefault(w, w) for w in words]

    texts = {n: (_LEXICON / f"fa_{n}.txt").read_text(encoding="utf-8") for n in KNOWN}
    verbs_text = (_LEXICON / "fa_verbs.txt").read_text(encoding="utf-8").replace("#", " ")
    lines = {n: dict.fromkeys(shared(_words(texts[n], norm))) for n in LISTS}
    parts = shared(_words(verbs_text, norm))
    verbs = tuple(zip(parts[0::3], parts[1::3], parts[2::3], strict=True))
    folded_parts = shared(_words(verbs_text, fold_word))
    known = dict.fromkeys(w for n in KNOWN for w in shared(_words(texts[n], fold_word)))
    known.update(dict.fromkeys(folded_parts))
    return Store(lines, verbs, known, frozenset(folded_parts))
