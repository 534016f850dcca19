"""Arabic clauses that lean on the one before: «ولا …»، «حيث …»، «لكن …»، «مع انه …».

Such a clause is heard only with the clause it continues (its lead), or not at all; the
rules live here so that the choice of clauses (ar_choice) stays a module of its own size.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from dialogues.text import fold


class Unit(Protocol):
    """A clause as chosen from: its text and what joined it to the one before."""

    @property
    def text(self) -> str: ...

    @property
    def glue(self) -> str: ...


# «مع انه …»، «انه …»: a that-clause, never the point on its own; «لان …» leans on its lead.
THAT = r"^(?:و?(?:بس|لكن)\s+)?(?:و?مع\s*)?[اأإ]نه?\b"
LEANING = re.compile(
    THAT + r"|^(?:و?(?:بس|لكن)\s+)?و?(?:لان|لأن|لانه|لأنه|لانها|لأنها)\s"
    r"|^و?(?:خصوص[اً]|خاص[ةه]) ?[اأإ]نه?\s"  # «خصوصا ان …»: a reason for the clause before
)

_CONTINUES = re.compile(
    r"^و(?:لا|ما|لم|لن|ي|ت|ن|كان|قد)|^ف(?:لا|ما|لم|لن|ت|ي(?!ه?ا?\s|هم\s))|^(?:و|ف)\s"
    r"|^(?:الا|إلا) [اأ]ن"  # «في الديكور …» is a preposition, never «ف» + a verb
    r"|^(?:حيث|مما|وهذا)\s"  # «حيث تم استلامها …»: a reason hangs on the clause before it
    r"|^(?:مع|لان|لأن) ?[اأ]نه?\s|^(?:لان|لأن)\s"  # «مع ان الطلب …»، «لأن التكييف …» too
    r"|^[تي](?:خلي|حسس)ك\s"  # «تخليك تحس …»: its subject is the clause before
    r"|^و?(?:ال)?باقي\s"  # «والباقي خايس» (r23): the rest after what the clause before named
    r"|^(?:مش|مو|مب|ليس|ليست) \S+(?: (?:لكن|بس|ولا|و)\s|$)"  # «… وسط .. مش جيد لكن …»: of what?
)
# «… صغير و ملموم لكن بترتيب ممتاز»: a «لكن» inside a sentence leans on what came before, and
# so does «يقع …» after a comma («مطعم شاتو مراكش، يقع على طريق …»): what is located there is
# named before it (round 21; opening a sentence, «تقع حديقة …» names it after).
_BUT = re.compile(r"^و?\s*(?:لكن|لاكن|بس)\s|^[يت]قع\s")


_IF = re.compile(r"(?:^|\s)(?:لو|اذا|إذا)\s")


def after_if(units: Sequence[Unit], index: int) -> bool:
    """«لو العماله فلبينيه تلقون …» then «ويجيبون الطلب بخمس دقائق»: the if's outcome."""
    unit = units[index]
    if not index or not unit.glue or not _CONTINUES.match(unit.text):
        return False
    return bool(_IF.search(units[index - 1].text))


def needs_lead(units: Sequence[Unit], index: int) -> int | None:
    """The clause before, when this one only continues it («ولا …»، «ويجيب …»)."""
    unit, before = units[index], units[index - 1] if index else None
    but = bool(_BUT.match(unit.text)) and bool(unit.glue)  # "" opens a new sentence
    if before is None or not (_CONTINUES.match(unit.text) or but):
        return None  # (a line break inside a sentence is common: «و…» continues across it)
    if LEANING.match(fold(before.text)):
        return None  # «مع ان …» before it leans on yet another clause: not a lead
    return index - 1 if len(before.text.split()) <= 10 else None
