"""A clause cut at a «و» written apart is said with the clause before it.

Customers write «و» apart from the word it joins («على خشب و حجر»، «الفرع الواقع … و تحديدا
أمام …»), and a long sentence is cut there (ar_split) even where the «و» joins two nouns of
one list. Said back alone, such a piece opens mid-phrase («وحجر السعر مناسب …»، «وتحديدا أمام
محطة ترام …»): with the clause before it, it reads as the customer wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogues.reflection import ar_twice
from dialogues.reflection.ar_leads import Unit

_APART = re.compile(r"^و\s+\S")
# «و يستاهل …»، «و لقد استمتعت …»، «و اكله جميل …»: a verb or a noun with its own "its" opens
# a clause of its own, which reads well alone; the lead would only make the reply longer.
_LEANS = re.compile(r"^(?:و|ف|مما|حيث|لكن|ولكن|بس|ثم|كما|او|أو|الا|إلا)(?:\s|$)")
_OWN_CLAUSE = re.compile(r"^و\s+(?:[يت]\S{3,}|ل?قد\s|\S{2,}(?:ه|ها|هم)(?!\S))")
# «ما لقيت فيه اي عيب … طلبت شوربه»، «وأكلنا مع العائلة»: a lead that may say "I" or "we" in a
# past verb would be said back unshifted (a blind reader's "old better", stop 25): not led.
_MAY_BE_I = re.compile(r"^[وف]?(?!ال)\S{2,}ت$")
LEAD_WORDS = 16  # a longer clause before it would make the piece a read-back: left as it was
PIECE_WORDS = 30  # the whole piece with its leads: past this it is the review said back


def with_leads(units: Sequence[Unit], chosen: list[int]) -> list[int]:
    """The chosen clauses, each one cut at a «و» written apart with the clause it goes on from."""
    out = list(chosen)
    for index in chosen:
        leads: list[int] = []
        start = index
        while start > 0 and start - 1 not in chosen and _goes_on(units, start):
            start -= 1
            leads.append(start)
        first, end = start, index
        while first - 1 in chosen:
            first -= 1  # the clauses said on around it belong to the same piece
        while end + 1 in chosen:
            end += 1
        size = sum(len(units[i].text.split()) for i in range(first, end + 1))
        opening = units[first]  # never a new cut opening, nor one leaning on the clause before
        whole = first == 0 or not (_opens_apart(opening) or _LEANS.match(opening.text))
        if _OWN_CLAUSE.match(units[index].text) or _said_before(units, chosen, leads):
            continue
        if any(_MAY_BE_I.match(w) for i in leads for w in units[i].text.split()):
            continue
        if leads and whole and size <= PIECE_WORDS:
            out.extend(leads)  # a longer chain would say the review back: left as it was
    return out


def _opens_apart(unit: Unit) -> bool:
    return bool(unit.glue and _APART.match(unit.text))


def _goes_on(units: Sequence[Unit], index: int) -> bool:
    """Whether the clause opens on a «و» written apart inside the sentence of the one before."""
    unit = units[index]
    return bool(unit.glue.strip() == "" and unit.glue and _APART.match(unit.text)) and (
        len(units[index - 1].text.split()) <= LEAD_WORDS
    )


def _said_before(units: Sequence[Unit], chosen: list[int], leads: list[int]) -> bool:
    """A lead saying a chosen clause again («مشويا و كباب …» heading «مشويات وكباب …»)."""
    said = [ar_twice.stems(units[i].text) for i in chosen]
    for lead in [ar_twice.stems(units[i].text) for i in leads]:
        if any(len(lead & s) >= max(2, len(lead) / 2) for s in said):
            return True
    return False
