"""A complaint the Arabic "and more" tail would only name as a topic is said back instead.

Judges (round 42) read «وتحدثت أيضاً عن الطعام» as wrong where the clause left out said the food
was not tasty: a topic named hides which way the customer judged it. So where a left-out
clause complains, the short piece of it that opens on the topic and judges it («وأعتقد أن
السعر مبالغ فيه …» → «السعر مبالغ فيه») is said back in the customer's order, verbatim, at
most two pieces; the tail then names only what is still unsaid.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from dialogues.reflection import ar_twice
from dialogues.reflection.ar_cues import blames_a_people
from dialogues.reflection.units import Unit

_MOST = 2  # pieces said back
_WORDS = (2, 6)  # a piece's size: a topic and its judgement, never a paragraph
# where a clause is cut into pieces: marks, a «و…» word, a reason or a turn
_CUT = re.compile(
    r"\s*[.!?؟،,؛]+\s*|\s+(?=و\S)|\s+(?=(?:لان|لأن|حيث|خصوصا|خصوصاً|مع|الا|إلا|لكن|بس|اذا|إذا)\s)"
)
_WHOSE = ("ها", "هم", "هن")  # a topic owned by someone the piece leaves behind
_LEAD = re.compile(r"^(?:ولكن\s|لكن\s|بس\s|و?[اأ]عتقد\s+[اأ]ن\s|و)")  # «وأعتقد أن …»: a view


def with_named_complaints(
    units: Sequence[Unit], chosen: list[Unit], polarity: Callable[[str], tuple[int, int]]
) -> list[Unit]:
    """The chosen clauses and the complaints their tail would only name (see module doc)."""
    from dialogues.reflection import topics  # topics reads clauses, which reads this module

    said = " ".join(u.text for u in chosen)
    out = list(chosen)
    for unit in units:
        if unit in chosen or len(out) - len(chosen) >= _MOST:
            continue
        negative, positive = polarity(unit.text)
        if negative < 2 or positive or blames_a_people(unit.text) or "؟" in unit.text:
            continue
        for piece in _pieces(unit.text):
            opening = piece.split()[0]  # the topic first: «فاشله الاكل …» opens on a verdict
            if opening.endswith(_WHOSE):
                continue  # «خدمتها سيئه»: whose service the piece alone cannot say
            named = [t for t in topics.aspects(opening, "ar") if not topics.within(t, said, "ar")]
            if not named or polarity(piece)[0] < 2 or polarity(piece)[1]:
                continue
            tail = " ".join(piece.split()[-2:])  # «… غالية جودة الطعام»: cut inside a new topic
            if topics.aspects(tail, "ar") and not polarity(tail)[0]:
                continue
            told = replace(unit, text=piece, glue="، ")
            if ar_twice.unsaid([told], out):
                out.append(told)
                said += " " + piece
            break
    return sorted(out, key=lambda u: u.position)


def _pieces(text: str) -> list[str]:
    """Its pieces of two to six words, bare of a leading «و»، «لكن»."""
    out = []
    for part in _CUT.split(text):
        bare = _LEAD.sub("", part.strip()).strip()
        if _WORDS[0] <= len(bare.split()) <= _WORDS[1]:
            out.append(bare)
    return out
