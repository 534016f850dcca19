"""English sarcasm marked by a closing word, read as the customer meant it (round 27).

- "Great service as always... NOT!": the closing "not" takes the praise back; left out (a
  sentence of one word) it would say the praise as meant, so it stays with its sentence.
"""

from __future__ import annotations

import re

# "… would fix the problem...NOT!", "Great service as always. NOT.": the praise taken back.
_TAKEN_BACK = re.compile(
    r"(?<=\w)\s*(?:\.{2,}|…|[.!])\s*(?i:(?:erm+|um+)\s+)?(NOT|[Nn]ot)\s*[.!]*"
    r"(?=\s*$|\s+[#@]|\s+http)"
)

_TAKEN_BACK_END = re.compile(r",\s+not\W*$", re.IGNORECASE)


def taken_back(clause: str) -> bool:
    """ "Great service as always, not": the customer's irony, quoted, never said as ours."""
    return _TAKEN_BACK_END.search(clause) is not None


def message(text: str) -> str:
    """The message with a taken-back praise kept whole."""
    return _TAKEN_BACK.sub(r", \1", text)

