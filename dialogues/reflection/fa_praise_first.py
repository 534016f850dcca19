"""A 25–31-word Persian quote that turns from praise to its let-down: the let-down said back.

fa61 read 13 of 80 long messages quoted whole at 20–31 words («همه چیز خوب بود و بر طبق
سفارش … اما متاسفانه خیلی دیر به دستم رسید و …»): under ``fa_cap.CAP_FROM`` a quote is
never cut. fa62 read what cutting every quote from 25 words did: better where only the
praise (or the concession, «بااینکه … زحمت کشیده بودن») before «اما/ولی» went, worse where a
cut dropped an opening subject («فیله سوخاری افتضاح بود») or a closing verdict. So here
only that one cut is made: ``fa_cap.best_run`` must keep the whole run after a turn to the
clause's end, and what goes before the turn must hold no problem, request or verdict
(``fa_short._quiet``). What went is "a few other things" (fa_cap adds it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogues.reflection import fa, fa_cap, fa_short
from dialogues.reflection.clauses import MORE
from dialogues.reflection.fa_short import Part
from dialogues.reflection.units import Unit

_FROM = 25  # words: shorter quotes read as said, not parroted (fa61, fa62)
_TURNS = ("اما", "ولی", "ولى")
_CONCEDED = re.compile(r"^(?:بااینکه|با اینکه|با این که|باوجود اینکه|با وجود اینکه)\s")
# «… ۲نوبت اخیر مزه‌اش عوض شده»: "its taste" points back at what the praise named (آب آلو
# بخارا); cut from it, the let-down names nothing (its gate, stop 36: 1 / 1).
_POINTS_BACK = re.compile(r"^(?:\S+(?:\u200cاش|اش|\u200cش)|این|اون|آن|همین|همون)$")


def _after_turn(text: str, run: str) -> bool:
    """Whether ``run`` is «… <the words after a turn, to the end>», the words before quiet."""
    if not run.startswith("…") or "…" in run[1:]:
        return False
    kept = run[1:].split()
    tokens = text.split()
    start = len(tokens) - len(kept)
    if start < 4 or tokens[start:] != kept or tokens[start - 1] not in _TURNS:
        return False
    head = tokens[: start - 1]
    if any(_POINTS_BACK.match(word) for word in kept[:4]):
        return False
    # «پیتزای … بود که راضی کننده بود اما طعم …»: a relative clause names what the turn is
    # said of, so it stays; «وقتی … انتظار … این است که غذای گرم …» (no praise) is the point.
    named = any(t in ("که", "ک") for t in head)
    if fa_short._both_sides([" ".join(head)], [], text):  # r8: «جوجه خوب بود ولی …» kept
        return False
    praise = fa_short._praised(" ".join(head)) or bool(_CONCEDED.match(" ".join(head)))
    return praise and not named and fa_short._quiet(" ".join(head)) and len(kept) >= 8


def cap(units: Sequence[Unit], cuts: dict[int, Part]) -> tuple[list[Unit], dict[int, Part]]:
    """``fa_cap.cap``'s cut for 25–31-word quotes, made only after praise before a turn."""
    said = [u for u in units if u.text != MORE]
    if sum(len(u.text.split()) for u in said) <= fa_short.LONG:
        return list(units), cuts

    def run_of(unit: Unit) -> str | None:
        size = len(unit.text.split())
        plain = not unit.question and unit.position not in cuts and unit.text != MORE
        if not (_FROM <= size <= fa_cap.CAP_FROM and plain) or fa.shift(unit.text) is not None:
            return None
        run = fa_cap.best_run(unit.text)
        return run if run is not None and _after_turn(unit.text, run) else None

    return fa_short.quote_runs(units, cuts, run_of)
