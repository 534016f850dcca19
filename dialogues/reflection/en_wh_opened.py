"""English questions opened by a wh-phrase: "How long can I …" is one question, never two."""

from __future__ import annotations

import re
from re import Pattern

# "How long", "What time", "at what point in delays", "How many bags": a wh-phrase of a few
# words that the asking verb after it completes; split there, "How long" is left said alone.
_WH_PHRASE = re.compile(
    r"(?:^|[.!?;:]\s*)[\W_]*(?:(?:at|in|on|for|by|from|to|until|till|about|of|and|so|but)\s+)?"
    r"(?:how|what|which|whose)(?:\s+[\w'’-]+){1,4}\s*$",
    re.IGNORECASE,
)


def opens_wh_phrase(before: str) -> bool:
    """Whether the sentence so far is only a wh-phrase waiting for its asking verb."""
    return _WH_PHRASE.search(before) is not None


def parted(seam: Pattern[str], text: str) -> str:
    """The text split into sentences at each seam, unless a wh-phrase opened the question."""
    return seam.sub(lambda m: m[0] if opens_wh_phrase(text[: m.start()]) else ". ", text)
