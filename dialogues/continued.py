"""A message that only finishes the clause before it: "the app crashes" + "when I pay".

Said back as two things it read "the app keeps crashing, and when you try to pay" (review 22):
an English "when / if / after / while …" fragment is the time or condition of what came just
before, so it is joined to it ("the app keeps crashing when you try to pay"), no "and".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A subordinate opening, then a subject (not "when will …", "if you could …": those ask).
_FRAGMENT = re.compile(
    r"^(?:when|whenever|if|after|while|before|every time|each time|as soon as)\s+"
    r"(?!(?:will|would|can|could|do|does|did|is|are|was|were|should|shall|may|might)\b)"
    r"(?:i|we|my|our|the|it|you|they|he|she)\b",
    re.IGNORECASE,
)
_MOST_WORDS = 12


def _finishes(message: str) -> bool:
    """ "when I try to pay": short, a subordinate opening, no question of its own."""
    text = message.strip()
    return (
        bool(_FRAGMENT.match(text))
        and len(text.split()) <= _MOST_WORDS
        and not text.rstrip().endswith("?")
    )


def joined(messages: Sequence[str], language: str) -> list[str]:
    """The messages, each English fragment joined to the message before it."""
    out: list[str] = []
    for message in messages:
        before = out[-1].rstrip() if out else ""
        if language == "en" and before and not before.endswith("?") and _finishes(message):
            out[-1] = f"{before.rstrip('.!')} {message.strip()}"
            continue
        out.append(message)
    return out
