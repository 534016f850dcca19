"""Persian lexicon access for the person shift: hazm's word, noun and verb-stem lists."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from dialogues.text import ZWNJ

_LEXICON = Path(__file__).parent / "lexicon"
_ARABIC_FORMS = str.maketrans({"ي": "ی", "ك": "ک", "ى": "ی", "ة": "ه", "ۀ": "ه"})
_DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")

# Colloquial past stems hazm lists only in their formal spelling.
_INFORMAL_PAST = frozenset(
    """ذاشت گذاشت اومد نیومد تونست دونست خوند موند رسوند شیکوند پوشوند سوزوند ترکوند
    چرخوند گذروند خوابوند فهموند کشوند پروند دووند""".split()
)


def _norm(word: str) -> str:
    return _DIACRITICS.sub("", word).translate(_ARABIC_FORMS).replace(ZWNJ, "")


@cache
def _lines(name: str) -> frozenset[str]:
    path = _LEXICON / f"fa_{name}.txt"
    return frozenset(_norm(w) for w in path.read_text(encoding="utf-8").split())


@cache
def _stems() -> tuple[frozenset[str], dict[str, str]]:
    """Past stems, and every present stem (formal or informal) → its formal spelling."""
    past: set[str] = set(_INFORMAL_PAST)
    present: dict[str, str] = {}
    for line in (_LEXICON / "fa_verbs.txt").read_text(encoding="utf-8").split():
        p, formal, informal = (_norm(x) for x in line.split("#"))
        past.add(p)
        present.setdefault(formal, formal)
        present.setdefault(informal, formal)
    # Where hazm gives two formal spellings, the one used before ‑ید wins.
    present.update({"گ": "گوی", "گو": "گوی", "آ": "آی", "ا": "آی", "یا": "آی", "خوا": "خواه"})
    present.update({"خا": "خواه", "ر": "رو", "د": "ده", "ش": "شو", "ک": "کن", "ذار": "گذار"})
    present.update({"دون": "دان", "تون": "توان", "مون": "مان", "خون": "خوان", "بر": "بر"})
    return frozenset(past), present
