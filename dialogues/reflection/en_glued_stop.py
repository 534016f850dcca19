"""A stop typed with no space after it ends the sentence: "at DCA.Manual check in" is two.

Tweets squeezed into 140 characters glue sentences: "flight 2208 to CLE.Would appreciate
help", "Huge system problems at DCA.Manual check in", "4 hour delay to JFK!Even you …". Read
as one word, the two sentences were said back as one ("CLE.Would appreciate our help") or
quoted glued. A stop, "!" or "?" between a word and a word in small letters after its capital
("Would", "Even") gets its space; never a word in capitals ("flight full.FA filed", "ATL?NO":
split there, "flight full" was left out of what was said back, blind gate stop 31).
Links, addresses and dotted names ("purchase.error.INVALID_…",
"using.this.word", "www.Southwest.com") are left as written.
"""

from __future__ import annotations

import re

# Two word characters, the marks, then a capital opening a word in small letters ("Manual",
# "If"), never a word in capitals ("FA", "NO"), a dotted identifier ("error.INVALID_…"), "U.S.A".
_GLUED = re.compile(
    r"(?<=\w\w)(?:(\.)(?=[A-Z][a-z]+(?![\w.@/]))|([!?]+)(?=[A-Z][a-z]+(?![\w.@/])))"
)
_NOT_PROSE = re.compile(r"/|@|www\.|\.com\b|\.org\b|\.net\b|_", re.IGNORECASE)


def spaced(text: str) -> str:
    """The text with a space after each stop glued to the next sentence's capital."""
    if not _GLUED.search(text):
        return text
    return " ".join(
        token if _NOT_PROSE.search(token) else _GLUED.sub(lambda m: m[0] + " ", token)
        for token in text.split(" ")
    )
