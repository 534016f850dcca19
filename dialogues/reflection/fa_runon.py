"""A second Persian complaint at the head of a long run-on clause, said up to its verb.

fa_second says one short plain complaint left out beside a kept one; a complaint opening a
long run-on clause («کلا با قسمت توضیحاتی که نوشته بودم هم کاری نداشت و هر چی دوس داشت
فرستاده بود», no mark, joined by «و/ولی») was too long to be one, so it went behind «و چند
نکته‌ی دیگر هم گفتید». Where such a clause opens on a complaint that ends on its own finite
verb before «و/ولی/اما», that head (its subject with it) is said, the rest left to the
formula as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from dialogues.reflection import fa_impact, fa_second, fa_select, fa_sides, fa_verb_ends
from dialogues.reflection.units import Unit
from dialogues.text import fold

_LONG = 13  # words at least in a clause fa_second finds too long to say
_JOINS = frozenset(fold(w) for w in "و ولی ولى اما".split())
_ENDS = fa_verb_ends.CLAUSE_END | frozenset(fold(w) for w in "نیومد نیامد نمیاد نداشتن".split())


def head(text: str) -> str | None:
    """The run-on clause up to the first finite verb before «و/ولی/اما», when that head is
    a complaint of fa_second's size, or None."""
    tokens = text.split()
    for at, token in enumerate(tokens[:-1]):
        if fold(token) not in _ENDS or fold(tokens[at + 1]) not in _JOINS:
            continue
        said = " ".join(tokens[: at + 1])
        if not fa_second._FEWEST <= at + 1 <= fa_second._MOST:
            return None
        return said if fa_second._named(said) and not fa_select._CONCEDING.search(said) else None
    return None


def with_head(units: Sequence[Unit], keep: list[int]) -> tuple[list[int], dict[int, Unit]]:
    """``keep`` and the complaint heading the weightiest long left-out clause, when a kept
    clause complains and nothing else was said for a second complaint."""
    if not keep or not any(fa_select._troubled(units[i].text) for i in keep):
        return keep, {}
    said = sum(len(units[i].text.split()) for i in keep)
    found: dict[int, Unit] = {}
    for i, unit in enumerate(units):
        text = unit.text
        if i in keep or len(text.split()) < _LONG or "(" in text or unit.question:
            continue
        if i == len(units) - 1:
            continue  # the closing clause: said whole later (fa_points), never cut short here
        if fa_sides._praised(text) or fold(text.split()[0]) in _JOINS:
            continue  # «اما این کباب … چربی نداره و واقعا با کیفیت …»: praise, not a complaint
        bare = head(text)
        if bare and said + len(bare.split()) <= fa_second._ROOM:
            cut = replace(unit, text=bare)
            short = [*units[:i], cut, *units[i + 1 :]]
            if fa_impact._stands_alone(short, i, keep) and not fa_second._open_before(
                short, i, keep
            ):
                found[i] = cut
    if not found:
        return keep, {}
    best = max(found, key=lambda i: (fa_select.score(found[i].text, 6, False), -i))
    return sorted([*keep, best]), {best: found[best]}
