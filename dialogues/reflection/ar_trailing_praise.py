"""A clause cut off after the adjective that ends the sentence before it (r61).

«… فالأكل فيه حلال و شهي المطعم مزدحم», «… وهو مطعم مميز ونظيف واسعاره ممتازة»: a run-on
review with no commas is cut before «و» + a word, and the piece after the cut can open on the
last adjective of the sentence before («و شهي»، «ونظيف»، «و طازج»). Chosen without the piece
before it, the reply opened on that dangling word: «ما فهمته: شهي المطعم مزدحم …». The
adjective belongs to the clause left out; the chosen clause starts after it («المطعم مزدحم»).
Only a bare praise or complaint adjective (no «ال», no verb or elative prefix), only after a
cut inside a sentence (never a comma or a new sentence) whose clause before was not said back,
and only when a clause of two words or more is left.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogues.reflection import ar_choice, ar_edges, ar_sides
from dialogues.reflection.ar_words import NEGATIVE, POSITIVE
from dialogues.reflection.units import Unit
from dialogues.text import fold

_LEAD = re.compile(r"^و?\s*([^\W\d_]{3,})\s+(?=(\S+)\s+\S)")
# «احلى»، «انصح»، «يتميز»، «تستاهل»، «ننصح»: a verb or elative opens a clause of its own
_VERB_OR_ELATIVE = re.compile(r"^(?:[اأإآيت]|نن)")
_INTENSIFIERS = frozenset(
    "جدا جداً جدآ جدًا كثير كثيرا كثيراً للغاية للغايه اوي أوي مره مرة بزاف خالص".split()
)
_NEGATORS = frozenset("غير لا ما مو مش ليس ولا لم لن".split())


# «حلال و شهي»، «منظم و نظيف»: words that describe a place well without the praise lexicon's
# weight (``ar_choice`` reads «حلال» alone as no praise); paired with one, they are one side
_GOOD_TOO = frozenset(fold(w) for w in "حلال منظم مرتب طازج طازه فريش هادئ هادي واسع رخيص".split())


def _judging(word: str) -> str:
    """«+» for a praise word, «-» for a complaint word, "" for any other."""
    folded = fold(word)
    if folded in POSITIVE or folded in _GOOD_TOO:
        return "+"
    return "-" if folded in NEGATIVE else ""


def _dangling(text: str, before: str) -> re.Match[str] | None:
    """The opening adjective paired with the one closing ``before`` («مميز | ونظيف …»)."""
    match = _LEAD.match(text)
    if match is None:
        return None
    word, following = match.group(1), match.group(2)
    if word.startswith("ال") or _VERB_OR_ELATIVE.match(word) or word in _NEGATORS:
        return None
    last = before.split()[-1] if before.split() else ""
    side = _judging(word)
    if not side or _judging(last) != side or last.startswith("ال"):
        return None  # «والجلسة بس | غالي الاكل»: a clause opening on its judgment
    if following in _INTENSIFIERS:
        return None  # «و شهي جدا …»: the adjective's phrase goes on
    return match


def unhung(kept: list[Unit], units: Sequence[Unit]) -> list[Unit]:
    """Each kept clause without a dangling adjective of the clause left out before it."""
    positions = {u.position for u in kept}
    by_position = {u.position: u for u in units}
    out: list[Unit] = []
    for unit in kept:
        cut, before = by_position.get(unit.position), by_position.get(unit.position - 1)
        inside = cut is not None and cut.glue != "" and not cut.glue.strip()
        paired = inside and cut is not None and cut.text.startswith("و")  # «… مميز | ونظيف»
        left_out = before is not None and before.position not in positions
        match = _dangling(unit.text, before.text) if paired and left_out and before else None
        if match is not None:
            rest = unit.text[match.end() :]
            rest = rest[1:] if rest.startswith("و") and not out else rest  # «واسعاره» opening
            unit = Unit(rest, unit.position, unit.question, unit.sentence, unit.glue)
        out.append(unit)
    return out


def tidied(kept: list[Unit], units: list[Unit]) -> list[Unit]:
    """Kept Arabic clauses: no lone «لكن» (r35), no adjective hung from a clause left out."""
    turned = ar_sides.lone_turns(ar_edges.also_after_gap(kept), ar_choice.polarity)
    return unhung(turned, units)
