"""A long Arabic run of short verbless verdicts, cut between them (r49).

«… المطعم نظيف الخدمة جيدة والموظفين ودودين»، «… سعر مناسب جداً الخدمة ممتازة …»: reviews
list what they judge as «aspect + adjective» with no comma or «و» between, and the run stays
one 30-word clause the selector can only keep whole or drop. A boundary falls before a
definite noun followed by its own adjective («المقبلات كانت مميزة»، «الخدمة جيدة»), where the
word before it ends a verdict: an adjective or «جدا» («… نظيف | الخدمة …»), or a definite
noun when the new one is an aspect or the place («تقاطع الشيراتون | المطعم نظيف»; never
«الأكل | اللبناني لذيذ», an adjective of the noun before). A noun of specification after an
adjective («لذيذ الطعم»، «سهل الاستخدام»، «عالي الجودة») completes it: never cut before.
"""

from __future__ import annotations

import re

from dialogues.reflection.ar_aspects import _ASPECTS, _BAD_WORDS, _GOOD_WORDS
from dialogues.reflection.ar_choice import polarity
from dialogues.text import fold


def _with_forms(spellings: tuple[str, ...]) -> frozenset[str]:
    """The adjectives folded, each with its spoken «ه» for «ة»."""
    forms = {w[:-1] + "ه" for w in spellings if w.endswith("ة")} | set(spellings)
    return frozenset(fold(w) for w in forms)


_ADJECTIVES = _with_forms(_GOOD_WORDS + _BAD_WORDS)
_VERY = frozenset(fold(w) for w in "جدا جداً جدًا للغاية جداا جداًً".split())
# «لذيذ الطعم»، «مناسب السعر»، «سهل الاستخدام»: the noun completes the adjective before it
_COMPLEMENTS = frozenset(
    fold(w)
    for w in """الطعم السعر الثمن الكمية الكميه الجودة الجوده الاستخدام الاستعمال الحمل الوزن
    الحجم الشكل الصنع الصنعة الصنعه المذاق اللون الخامة الخامه الملمس التركيب""".split()
)
_PLACES = frozenset(fold(w) for w in "المطعم المكان المحل الفندق المقهى الكافيه الكوفي".split())
_DEFINITE_ASPECTS = frozenset(k for k in _ASPECTS if k.startswith(fold("ال"))) | _PLACES
_BE = frozenset(fold(w) for w in "كان كانت".split())
_WORD = re.compile(r"\S+")
RUN_WORDS = 30  # a shorter run is said back whole or left to the clauses around it
_HEADING_WORDS = 6  # two verdicts this short heading a run are its summary, never cut
_MIN_WORDS = 4  # a piece shorter than this rides with its neighbour (ar_split._merge)


def _bare(word: str) -> str:
    return fold(word).strip(".!،,")


def _opens_verdict(words: list[str], at: int) -> bool:
    """Whether the word at ``at`` opens «noun + adjective» after a verdict ends."""
    noun, before = _bare(words[at]), _bare(words[at - 1])
    if not noun.startswith(fold("ال")) or len(noun) < 5 or at + 1 >= len(words):
        return False
    ends_verdict = before in _VERY or (before in _ADJECTIVES and noun not in _COMPLEMENTS)
    if not ends_verdict:
        return False
    after = [_bare(w) for w in words[at + 1 : at + 3]]
    judged = after[0] in _ADJECTIVES or (after[0] in _BE and after[1:2] and after[1] in _ADJECTIVES)
    # «السعر عالي»: an adjective the cues do not weigh leaves a piece the selector drops
    return bool(judged) and polarity(" ".join(words[at : at + 3])) != (0, 0)


def cut(piece: str, glue: str) -> list[tuple[str, str]]:
    """``piece`` as (clause, glue) pieces, cut before each «aspect + adjective» in a run."""
    spans = list(_WORD.finditer(piece))
    words = [m.group(0) for m in spans]
    if len(words) < RUN_WORDS or _two_verdicts_heading(words):
        return [(piece, glue)]
    out: list[tuple[str, str]] = []
    start, joint = 0, glue
    for at in range(_MIN_WORDS, len(words) - 1):
        if _opens_verdict(words, at) and at - _word_index(spans, start) >= _MIN_WORDS:
            out.append((piece[start : spans[at - 1].end()], joint))
            start, joint = spans[at].start(), " "
    out.append((piece[start:], joint))
    return out


def _two_verdicts_heading(words: list[str]) -> bool:
    """Whether the run opens with two verdicts in ≤ 6 words («الطعام طيب الخدمة ضعيفة …»)."""
    # the heading sums the review up: cut after it, the selector loses it with what follows
    return any(_opens_verdict(words, at) for at in (2, 3) if at + 1 < _HEADING_WORDS)


def _word_index(spans: list[re.Match[str]], offset: int) -> int:
    """The index of the word starting at ``offset``."""
    return next(i for i, m in enumerate(spans) if m.start() >= offset)
