"""An Arabic clause kept from «X ومنتجاتها …» comes with its short lead (r47).

«لمن يحب الألبان | ومنتجاتها انصحه بالمالكى …»، «سماعه مذهله وجميله | وصوتها عالي …»: a
clause opening on «و» + a noun with a possessive ending («ومنتجاتها»، «وصوتها») names a
thing of something the clause before it named; said back alone it is a piece whose owner
is missing. When that lead is short (a heading, a few words) it is said with it, as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from dialogues.reflection.ar_leads import Unit

U = TypeVar("U", bound=Unit)

SHORT_LEAD = 6  # words: a lead this short costs little and gives the clause its owner
_POSSESSED = re.compile(
    r"^و(?!ال)(?!(?:[اأإ]ن|ل[اأ]ن|[كل]?[اأ]ن|عل[يى]|عن|من|مع|في|فى|عند|[اإ]ل[يى]|لكن|مثل|زي|بس)"
    r"(?:ها|هم|هن)(?!\S))[\u0621-\u064a]{2,}(?:ها|هم|هن)(?!\S)"
)  # never «وانها»، «وعليها»، «ومنها»: a particle's pronoun, not a thing owned


def with_owners(units: Sequence[U], chosen: list[U]) -> list[U]:
    """The chosen clauses, each «وصوتها …» one preceded by its short lead when it was left out."""
    out: list[U] = []
    for unit in chosen:
        index = next(i for i, u in enumerate(units) if u is unit)
        if index and unit.glue and _POSSESSED.match(unit.text):
            lead = units[index - 1]
            short = len(lead.text.split()) <= SHORT_LEAD
            if short and lead not in chosen and lead not in out:
                out.append(lead)
        out.append(unit)
    return out
