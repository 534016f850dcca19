"""Arabic clauses left hanging on a word that needs an object: «وشكر خاص لـ»، «…منخفض، مع».

Cleaning takes away what such a word governed (a shop name in brackets, «تحياتي» after «مع
خالص», a word split off by a stray space), and said back the clause stops mid-phrase. The
hanging word goes; a thanks left with nobody to thank goes with it.
"""

from __future__ import annotations

import re

from dialogues.reflection.units import Unit

# A preposition (or «مع خالص» of a sign-off) closing a clause: its object was cleaned away.
# «في»، «من»، «على» are left alone: «ما في» (there isn't) ends a clause in dialect.
_HANGING = re.compile(
    r"(?:^|[\s،,]+)(?:و?(?:شكر|شكرا|شكراً|شكرًا)(?:\s+خاص)?\s+)?"  # «وشكراً لـ»: all of it
    r"(?:مع\s+خالص|مع|لـ|ل|ب|الى|إلى|عن)[\s،,.]*$"
)
# «وشكر خاص» with its «لـ …» gone thanks nobody: nothing to say back.
_BARE_THANKS = re.compile(r"^و?(?:شكر|شكرا|شكراً|شكرًا)(?:\s+(?:خاص|خاصة|جزيل))?$")


def unhung(units: list[Unit]) -> list[Unit]:
    """The units with no preposition left hanging at their end; emptied ones dropped."""
    out: list[Unit] = []
    for index, unit in enumerate(units):
        text = unit.text
        if _goes_on(unit, units[index + 1 : index + 2]):
            out.append(unit)  # r39: «إلا مع | ويندوز …»: its object is said right after it
            continue
        while _HANGING.search(text):
            text = _HANGING.sub("", text)
        if text == unit.text:
            out.append(unit)
        elif text.strip() and not _BARE_THANKS.match(text.strip()):
            out.append(Unit(text, unit.position, unit.question, unit.sentence, unit.glue))
    return out


def _goes_on(unit: Unit, after: list[Unit]) -> bool:
    """Whether the next kept clause is the one written straight on, no comma between."""
    return bool(after) and (
        after[0].sentence == unit.sentence
        and after[0].position == unit.position + 1
        and bool(after[0].glue)
        and not after[0].glue.strip()
    )
