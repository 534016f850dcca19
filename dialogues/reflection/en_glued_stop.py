"""A stop typed with no space after it ends the sentence: "at DCA.Manual check in" is two.

Tweets squeezed into 140 characters glue sentences: "flight 2208 to CLE.Would appreciate
help", "Huge system problems at DCA.Manual check in", "4 hour delay to JFK!Even you …". Read
as one word, the two sentences were said back as one ("CLE.Would appreciate our help") or
quoted glued. A stop between a word and a capitalised word ("Would", "VA") gets its space;
after "!" or "?" only a word in small letters after its capital does ("JFK!Even"), never a
shouted answer ("ATL?NO"). Links, addresses and dotted names ("purchase.error.INVALID_…",
"using.this.word", "www.Southwest.com") are left as written.
"""

from __future__ import annotations

import re

# Two word characters, the marks, then a capital opening a word ("Manual", "If") or a word in
# capitals ("VA"), never a dotted identifier ("error.INVALID_LOYALTY") or "U.S.A".
# "ATL?NO" is left: a shouted answer after a question is no sentence said apart.
_GLUED = re.compile(
    r"(?<=\w\w)(?:(\.)(?=[A-Z](?:[a-z]+|[A-Z]+)(?![\w.@/]))|([!?]+)(?=[A-Z][a-z]+(?![\w.@/])))"
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
