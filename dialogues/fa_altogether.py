"""Persian «کلا …» ("altogether …") opens a verdict, never the Arabic «كلا» ("no").

Folded, «کلا» and «كلا» are one word: «کلا افتضاح بود 😡» after "did I get that right?" was
heard as a no («ببخشید که درست نفهمیدم…»), though the customer told more (round 17).
«کلا نه» ("not at all") is still a no: the word after it says so.
"""

from __future__ import annotations

from dialogues.text import WORD, fold

_ALTOGETHER = fold("کلا")
_NO = {fold(w) for w in ("نه", "نخیر", "نچ", "خیر", "اصلا", "اصلاً")}


def opens_verdict(text: str, language: str) -> bool:
    """True for a Persian message that opens with «کلا» and goes on with no "no"."""
    seq = [fold(w) for w in WORD.findall(text)]
    return language == "fa" and len(seq) > 1 and seq[0] == _ALTOGETHER and seq[1] not in _NO
