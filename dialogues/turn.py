"""What the policy is given: one customer turn, already understood, with no transport in it."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from dialogues.languages import LANGUAGES, Language

__all__ = ["LANGUAGES", "Language", "Turn", "TurnKind", "Understanding"]

TurnKind = Literal["start", "text", "attachment", "button"]


@dataclass(frozen=True)
class Understanding:
    """What NLU made of the turn's text (plain data; the policy never calls NLU itself)."""

    intent: str = "nlu_fallback"
    confidence: float = 0.0
    topic: str | None = None
    sentiment: str = "neutral"  # negative / neutral / positive
    sentiment_score: float = 0.0  # -1 … 1
    order_id: str | None = None


@dataclass(frozen=True)
class Turn:
    """One customer turn: a burst of messages answered as one.

    ``messages`` are the customer's words exactly as written (the policy quotes them);
    ``language`` is the language to answer in; ``kind`` says whether this is a /start,
    text, an attachment (photo, voice, …) or a button press (``payload``).
    """

    messages: tuple[str, ...]
    language: Language
    understanding: Understanding = field(default_factory=Understanding)
    kind: TurnKind = "text"
    display_name: str | None = None
    attachment_kind: str | None = None  # photo / voice / video / document / sticker / location
    payload: str | None = None  # button data or /start deep-link payload
    sent_at: float | None = None  # when it came (epoch seconds), from the caller's clock

    @cached_property  # read a dozen times a turn; the messages are a tuple of str
    def text(self) -> str:
        """The burst as one text, a message a line."""
        return "\n".join(m for m in self.messages if m.strip())
