"""A Persian impact or never-again verdict never hidden behind «چند نکته‌ی دیگر».

Judges marked wrong a reflection that kept one complaint while the harm it did («کل جوجه
دور ریخته شد»، «مجبور شدیم بدون سس بخوریم») or the customer's verdict («مطمئنا دیگر از …
خرید نخواهم کرد»، «این اخرین سفارش من از … بود») went behind «و چند نکته‌ی دیگر هم گفتید»:
the selector weighs clauses by their problem words, and an impact or a verdict names none.
So a left-out clause saying either is said too, past the budget, when it stands on its own
(a sentence of its own or set off by a comma, not opening on «که/چون/…» that leans on a
clause left out) and is short: a long reply is better than a lost harm or verdict.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from dialogues.reflection import fa_hidden, fa_sides
from dialogues.reflection.units import Unit
from dialogues.text import fold

_MOST = 16  # words at most in one clause said past the budget
_ADDED = 2  # clauses at most said past the budget
# What the complaint did to the customer: the food thrown away, not eaten, hunger, illness.
_IMPACT = re.compile(
    r"(?<!\S)(?:"
    r"دور\s+(?:ریخت|ریخته|بریز|انداخت|انداخته|بنداز)\S*"
    r"|(?:ریخت|ریختیم|ریختم|انداختم|انداختیم|بریزم|بریزیم)\s+دور"
    r"|(?:نتونستیم|نتونستم|نتوانستیم|نتوانستم|نشد)\s+(?:\S+\s+)?بخور\S*"
    r"|مجبور\s+شد(?:م|یم)"
    r"|(?:گشنه|گرسنه)\s+(?:موند|ماند)\S*"
    r"|مسموم|حالم\s+بد|حالمون\s+بد|مریض\s+شد|بیمار\s+شد"
    r")(?!\S)"
)
# The customer's verdict on ordering again.
_VERDICT = re.compile(
    r"(?<!\S)(?:"
    r"(?:دیگه|دیگر)(?:\s+\S+){0,6}?\s+(?:سفارش|خرید|غذا)\s+"
    r"(?:نمیدم|نمی‌دم|نمیدیم|نمی‌دیم|نمیدهم|نمی‌دهم|نخواهم|نخواهیم|نمیکنم|نمی‌کنم|نمیگیرم|نمی‌گیرم)"
    r"|(?:آخرین|اخرین)\s+(?:سفارش|بار|خرید)"
    r")"
)
_TURNS = frozenset("ولی اما ولیکن".split())
# A clause opening on these is said of the one before it: never said without it.
_LEANS = frozenset(
    fold(w)
    for w in """که ک تا چون چرا یعنی انگار مثل بود شد است هست نیست همین همون همان اونم
    اینم هم بعد بعدش بجاش روش توش اگه اگر وقتی با""".split()
)


def _says(text: str) -> bool:
    """Whether ``text`` tells an impact or a never-again verdict."""
    return bool(_IMPACT.search(text) or _VERDICT.search(text))


def _stands_alone(units: Sequence[Unit], index: int, keep: Sequence[int]) -> bool:
    """A clause of its own, or one glued to a kept neighbour it goes on from; never one
    praising too («… ریختم دور حجم غذا خوب بود»: said as the praise it also is)."""
    unit = units[index]
    tokens = unit.text.split()
    if not tokens or len(tokens) > _MOST or unit.question or fold(tokens[0]) in _LEANS:
        return False
    if fa_sides._praised(unit.text) or (tokens[0] == "و" and index - 1 not in keep):
        return False  # «و به مجبور شدم …»: goes on from a clause left out
    return not unit.glue.strip() or unit.glue.strip() in ("،", ",") or index - 1 in keep


def _unturned(units: Sequence[Unit], index: int, keep: Sequence[int]) -> Unit | None:
    """The clause without its «ولی/اما» when what it turned against is left out."""
    unit = units[index]
    head, _, rest = unit.text.partition(" ")
    if head in _TURNS and rest and index - 1 not in keep:
        return replace(unit, text=rest)
    return None


def with_impact(units: Sequence[Unit], keep: list[int]) -> tuple[list[int], dict[int, Unit]]:
    """``keep`` and the left-out clauses telling an impact or a verdict (at most two), with
    those said without their opening «ولی/اما»."""
    if not keep:
        return keep, {}
    found = [
        i
        for i, unit in enumerate(units)
        if i not in keep and _says(unit.text) and _stands_alone(units, i, keep)
    ][:_ADDED]
    cut = {i: bare for i in found if (bare := _unturned(units, i, keep))}
    return sorted([*keep, *found]), cut


def with_hidden(units: Sequence[Unit], keep: list[int]) -> tuple[list[int], dict[int, Unit]]:
    """``fa_hidden.with_hidden`` (a complaint beside kept praise), then ``with_impact``."""
    keep, cut = fa_hidden.with_hidden(units, keep)
    keep, bare = with_impact(units, keep)
    return keep, {**cut, **bare}
