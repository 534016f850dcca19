"""A polite "no" to "did I get that right?": «لا شكرا», "no thanks", «نه ممنون».

It closes; it is never "you got it wrong" (a correction says what we missed), and "what did I
miss?" would answer a thanks.
"""

from __future__ import annotations

from dialogues.answers import after_yes_or_no, is_no, only_thanks
from dialogues.turn import Turn


def no_thanks(turn: Turn) -> bool:
    """A "no" with only thanks after it."""
    return is_no(turn) and only_thanks(after_yes_or_no(turn))
