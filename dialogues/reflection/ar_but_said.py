"""A «لكن …» complaint of an Arabic review is never folded into «وذكرت أموراً أخرى».

Judges (round 42) read a reflection wrong when the praise of a mixed review was said back and
its turn to the complaint («… لكن يعيبه انه مزدحم دائما»، «بس السعر غالي عليه») was only
acknowledged by the "and more" tail: the turn is what the customer most needs heard. Round 41's
rule (ar_folded) says back only clauses that stand on their own, so a short left-out clause that
opens on «لكن/بس/إلا أن», complains and praises nothing is said back too, with its turn word,
in the customer's order (ar_sides.lone_turns drops the «لكن» after a clause of the same side).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from dialogues.reflection import ar_folded, ar_twice
from dialogues.reflection.ar_cues import blames_a_people
from dialogues.reflection.ar_leads import Unit

_ROOM = 12  # words the turned complaints put back may add
_LONGEST = 10  # a longer one is an echo, left to the tail
# «لكن …»، «ولكن …»، «بس …»، «إلا أن …»: a turn, then the complaint itself (not «لكنه»: hangs)
_TURN = re.compile(r"^[وف]?\s*(?:لكن|لاكن|بس|[اإ]لا\s+[اأ]ن)\s")


def with_turned_complaints(
    units: Sequence[Unit], chosen: list[int], polarity: Callable[[str], tuple[int, int]]
) -> list[int]:
    """The chosen clauses and the «لكن …» complaints left out beside them (see module doc)."""
    out = list(chosen)
    room = _ROOM
    for index, unit in enumerate(units):
        text = unit.text.replace("ـ", "").strip()
        size = len(text.split())
        if index in out or not 3 <= size <= min(_LONGEST, room) or not _TURN.match(text):
            continue
        if "?" in text or "؟" in text or blames_a_people(text):
            continue
        if not ar_folded._complains(text, polarity):
            continue
        if not ar_twice.unsaid([unit], [units[i] for i in out]):
            continue  # «لكن مزدحم …» heard already in another clause
        out.append(index)
        room -= size
    return sorted(out)
