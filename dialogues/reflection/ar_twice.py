"""Content said twice in one Arabic reflection: it is said once.

The judges marked reflections that said one thing twice: a review's heading and its body
(«المطعم جيد ولكن نسبة الفلفل العالية» then «يعيب عليهم اضافة الفلفل بنسبة عالية جدا …»),
«روعة التصميم» then «تصميم رائع». A kept clause of two content words or more, every one of
them said again by another kept clause, adds nothing: it goes (the later of two such). A
clause adding a word of its own stays («الاكل جيد» beside «الاكل بارد»), and the place itself
(«المطعم»، «المكان») is no content word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TypeVar

from dialogues.reflection.ar_leads import Unit
from dialogues.reflection.stopwords import STOPWORDS
from dialogues.text import fold, words

_ARTICLE = re.compile(r"^(?:و|ف)?(?:بال|كال|لل|ال)(?=\w{3})")
_PLACE = frozenset(
    fold(w) for w in "مطعم مكان محل فرع فروع كافيه كافي كوفي مقهى جدا كثير شي شيء".split()
)
# «مطعم بيتزا مميز جدا»: the place judged whole, the review's verdict however its words recur
_THE_PLACE = re.compile(r"^(?:هذا |هذه )?(?:ال)?(?:مطعم|مكان|محل|كافيه|كوفي|مقهى)(?!\S)")
# «فهي من الأفضل …»: "so it …" leans on the clause before, which it needs
_LEANS = re.compile(r"^[وف]ه(?:ي|ى|ی|و|م)\s")
# «رائع»، «روعة»، «أروع»: one praise, however written
_FINE = frozenset(fold(w) for w in "رائع رايع روع اروع".split())
_TAA_END = re.compile(r"[هة]$")  # r39: compiled once


def _stems(text: str) -> frozenset[str]:
    """The clause's content words, without article or feminine ending."""
    stems = set()
    for word in words(fold(text)):
        if word in STOPWORDS["ar"]:
            continue
        stem = _stem(word)
        if len(stem) >= 3 and stem not in _PLACE:
            stems.add(stem)
    return frozenset(stems)


stems = _stems  # ar_apart: a lead that says a chosen clause again


@lru_cache(maxsize=4096)  # r28: a word's stem, asked again for every clause it is in
def _stem(word: str) -> str:
    stem = _TAA_END.sub("", _ARTICLE.sub("", word))
    return "روع" if stem in _FINE else stem


def _bare(stem: str) -> str:
    """The word without a «و»، «ف»، «ب»، «ل» glued before it («وروعة»، «بنسبة»)."""
    stem = "روع" if stem[1:] in _FINE else stem
    return stem[1:] if stem[0] in "وفبل" and len(stem) >= 4 else stem


def _said(stem: str, others: frozenset[str]) -> bool:
    """The word is among the others, with or without a letter glued before it."""
    return stem in others or _bare(stem) in {_bare(s) for s in others} | others


def _joined(units: Sequence[Unit], kept: list[int], index: int) -> bool:
    """The clause is glued to a kept neighbour in the customer's sentence."""
    after = index + 1 in kept and bool(units[index + 1].glue)
    return after or (index - 1 in kept and bool(units[index].glue))


# r29: «تنصح كل من يزور برشلونه الذهاب الى الملعب، تنصح به بشده»: a bare «أنصح به» after a
# kept clause that advises already says the advice twice; the bare one goes.
_ADVICE = re.compile(r"(?<!\S)[وف]?(?:[اأ]نصح|ننصح|ينصح)")
_BARE_ADVICE = re.compile(
    r"^[وف]?[اأ]نصح(?:كم)?\s+(?:به|بها|بهم|فيه|فيها)(?:\s+(?:و?بشد+[ةه]|جدا|جداً|و?بقو[ةه]))?$"
)


def _advised_once(units: Sequence[Unit], chosen: list[int]) -> list[int]:
    kept: list[int] = []
    for index in sorted(chosen):
        text = fold(units[index].text.strip(" .!،,…"))
        if _BARE_ADVICE.match(text) and any(_ADVICE.search(fold(units[i].text)) for i in kept):
            continue
        kept.append(index)
    return kept


def once(units: Sequence[Unit], chosen: list[int]) -> list[int]:
    """The chosen indices without a clause whose every content word another kept one says."""
    kept = _advised_once(units, chosen)
    stems = {i: _stems(units[i].text) for i in kept}
    for index in sorted(kept, reverse=True):  # the later of two alike goes
        others = [i for i in kept if i != index]
        said = stems[index]
        if _joined(units, kept, index) or _THE_PLACE.match(fold(units[index].text)):
            continue  # a piece of a kept sentence: cutting it leaves a fragment («وفوق …»)
        covers = [o for o in others if all(_said(s, stems[o]) for s in said)]
        if len(said) >= 2 and any(
            o < index or not _LEANS.match(fold(units[o].text)) for o in covers
        ):
            kept.remove(index)
    return kept


_U = TypeVar("_U", bound=Unit)


def unsaid(left_out: Sequence[_U], kept: Sequence[Unit]) -> list[_U]:
    """The left-out clauses a kept one does not say again (r25: no «وذكرت أموراً أخرى» for them).

    «المسجد الأجمل بالعالم» over «مسجد السلطان أحمد … يعتبر الاجمل بين مساجد العالم»: the
    heading left out is heard in the body kept, so nothing more was said.
    """
    told = [_stems(u.text) for u in kept]
    return [
        u
        for u in left_out
        if len(said := _stems(u.text)) < 2 or not any(all(_said(s, o) for s in said) for o in told)
    ]
