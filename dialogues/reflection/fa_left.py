"""A short Persian clause left out, said rather than «و چند نکته‌ی دیگر هم گفتید».

Judges marked «… و چند نکته‌ی دیگر هم گفتید» wrong where what it hid was the complaint,
the verdict or the praise beside it («حقیقتا برام خیلی عجیب بود که … اینقدر افت کرده»،
«ولی سالاد کینوا مثل همیشه عالی»). When all that was left out is short (one or two
clauses, 14 words in all), saying it costs about as many words as the formula that hides
it. Only clauses that stand on their own: a sentence of its own or one set off by a comma
(a clause glued to a kept one would make one long quote of the whole run-on), never one
leaning on the clause before it («مخصوصا در وعده‌ی شام …»).
"""

from __future__ import annotations

from collections.abc import Sequence

from dialogues.reflection import fa_open_that
from dialogues.reflection.units import Unit
from dialogues.text import fold

_MOST = 14  # words at most in what is said instead of «چند نکته‌ی دیگر»
_LEANING = frozenset(fold(w) for w in "مخصوصا مخصوصاً خصوصا خصوصاً بخصوص به‌خصوص".split())


def _stands_alone(unit: Unit, kept: Sequence[Unit]) -> bool:
    """Whether ``unit`` is a short clause of its own, not a piece of a kept run-on."""
    tokens = unit.text.split()
    if not tokens or len(tokens) > _MOST or fold(tokens[0]) in _LEANING:
        return False
    shares = any(k.sentence == unit.sentence for k in kept)
    return not shares or unit.glue.strip() in ("،", ",")


def heard(kept: Sequence[Unit], left_out: Sequence[Unit]) -> tuple[list[Unit], list[Unit]]:
    """``kept`` with the short clauses left out put in their place, and what is still left."""
    kept, left_out = fa_open_that.closed(kept, left_out)  # «… که در تمام زندگی، …»: ended
    size = sum(len(u.text.split()) for u in left_out)
    if not left_out or size > _MOST or not all(_stands_alone(u, kept) for u in left_out):
        return list(kept), list(left_out)
    return sorted([*kept, *left_out], key=lambda u: u.position), []
