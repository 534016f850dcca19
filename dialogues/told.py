"""Whether a telling has already said what happened, though no event word of ours names it.

«اللزقة فيها مادة بتسود مع العرق», "you wouldn't let me carry on my bag …": a complaint told
at length has told what happened; "what happened?" would not listen. A question, a link or a
hashtag may leave what happened elsewhere, so those are asked as before.
"""

from __future__ import annotations

import re

from dialogues.reflection import content_words

TOLD_AT_LENGTH = 6  # content words in which a telling has said what happened
_HANDLES = re.compile(r"[@#]\w+")  # "@united" is who they write to, not what they tell
_ASKS = re.compile(
    r"\b(?:can|could|did|does|do|is|are|will|why|how|what|when|where|who)\s+(?:we|i|you|it|the)\b"
    r"|؟|ممکنه|میشه|آیا|چرا|چطور|ممكن|هل|شو|ليش|ليه|كيف|متى",
    re.IGNORECASE,
)


def told_at_length(cycle: list[str], language: str) -> bool:
    """Six content words or more (handles left out), no question and no link."""
    said = " ".join(cycle)
    if _ASKS.search(said) or "http" in said or "#" in said or "?" in said:
        return False
    return len(content_words(_HANDLES.sub("", said), language)) >= TOLD_AT_LENGTH
