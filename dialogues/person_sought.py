"""Whether an English message seeks a person, or only mentions one.

The classifier hears "request_human" in "agent helps the person in front of me and walks away"
or "Someone called in sick": a person named, none sought. A request for a person reaches for
one ("speak to someone", "can someone …", "haven't talked to a human", "get in touch with").
"""

from __future__ import annotations

import re

_PERSON = (
    r"(?:person|human|humans|agent|agents|representative|rep|reps|someone|somebody|supervisor"
    r"|manager|operator|anyone|anybody)"
)
_REACH = re.compile(
    r"\b(?:speak|speaking|spoke|spoken|talk|talking|talked|chat|chatting|reach|reaching|connect"
    r"|connecting|contact|contacting|call|calling|touch|get|getting|got|put\s+me\s+through"
    r"|transfer|have|need|want|see|allow\s+me\s+to\s+speak)\b(?:\W+\w+){0,4}?\W+"
    r"(?:(?:to|with|a|an|the|some|any|actual|real|live|no)\s+)*" + _PERSON + r"\b"
    r"|\b(?:can|could|would|will)\s+(?:someone|somebody|anyone|an?\s+agent)\b"
    r"|\b(?:please|pls|plz)\s+(?:have\s+)?(?:someone|somebody|an?\s+agent)\b",
    re.IGNORECASE,
)


def seeks_person(text: str) -> bool:
    """Whether the message reaches for a person ("let me speak to someone", "can someone …")."""
    return _REACH.search(text) is not None
