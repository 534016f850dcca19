"""English "How come …" typed without its "?": a question asked, never a thing said (r45)."""

from __future__ import annotations

import re

# "how come it's cheaper to fly to BKK than NRT …, from NRT!": the sentence asks why, whatever
# mark closes it; given its "?" it is heard as asked ("you're asking “how come …?”"), never
# "you said “how come …”". Only a sentence that opens on "how come" and has no "?" of its own.
_HOW_COME = re.compile(
    r"(?:^|(?<=[.!]\s)|(?<=\n))(?P<asked>how come\s[^.!?\n]*[^.!?\s])\s*(?:[.!]+(?=\s|$)|$)",
    re.IGNORECASE,
)


def asked(text: str) -> str:
    """The text with each "How come …" sentence closed by the "?" it asks with."""
    return _HOW_COME.sub(lambda m: m["asked"] + "?", text)
