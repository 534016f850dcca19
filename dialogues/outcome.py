"""What the policy returns: replies for the customer and effects for the outside world."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from dialogues.state import ConversationState
from dialogues.turn import Language


@dataclass(frozen=True)
class Button:
    """An inline choice; ``data`` is short (Telegram allows 64 bytes)."""

    label: str
    data: str


@dataclass(frozen=True)
class Reply:
    """One message to the customer, or a receipt of theirs.

    ``kind``: "staff" is an owner's words relayed to the customer; "receipt" (no text) says
    "got it" about the customer's own message — the channel shows it its way (a reaction on
    Telegram), so a message answered without words is never met with silence.
    """

    text: str
    buttons: tuple[Button, ...] = ()
    kind: Literal["text", "staff", "receipt"] = "text"


@dataclass(frozen=True)
class JobRecord:
    """A job-to-be-done, in the customer's language, with their words verbatim."""

    situation: str
    motivation: str
    desired_outcome: str
    struggle: str
    topic: str | None
    intent: str
    sentiment: str
    language: Language
    quotes: tuple[str, ...]
    statement: str  # "When …, I want to …, so I can …" in the customer's language


@dataclass(frozen=True)
class LogJob:
    """Store a JTBD record."""

    job: JobRecord


@dataclass(frozen=True)
class LogFeedback:
    """Store praise or an idea, verbatim."""

    kind: Literal["praise", "idea"]
    quote: str
    topic: str | None
    language: Language


@dataclass(frozen=True)
class OpenHandoff:
    """Pass the conversation to a human owner.

    The caller routes it to an owner and tells the customer who owns it, rendering the
    promise with :func:`dialogues.handoff.announce`.
    """

    reason: Literal["complaint", "request_human", "question"]
    topic: str | None
    language: Language
    sentiment: str
    reflection: str
    statement: str | None
    quotes: tuple[str, ...]


@dataclass(frozen=True)
class RelayToOwner:
    """While a handoff is open, the customer's words go to its owner."""

    text: str


@dataclass(frozen=True)
class FollowUpAnswered:
    """The customer said whether the resolution met their need; "no" reopens the handoff."""

    met: bool
    text: str


@dataclass(frozen=True)
class Reopened:
    """The resolution did not meet the customer's need: its owner is told it is theirs again.

    Follows :class:`FollowUpAnswered` (``met=False``), which puts the request back; the
    caller tells the owner, with buttons to answer or resolve it. ``why`` is what the customer
    said was still wrong ("no, it still hasn't arrived"), empty for a bare "no" or the button.
    """

    why: str = ""


@dataclass(frozen=True)
class Rated:
    """A 1–5 satisfaction rating after a resolution."""

    score: int


@dataclass(frozen=True)
class TellOwner:
    """Tell owner ``to`` what owner ``actor`` did to their request (``notice``: a catalog key).

    Owners are named by their id in owners.yml; the channel knows how to reach them.
    ``passed_to`` is the new owner when the request was passed on.
    """

    handoff_id: int
    notice: str
    to: str
    actor: str
    passed_to: str | None = None


@dataclass(frozen=True)
class SendCard:
    """The request's card, with its buttons, to owner ``to`` (its new owner) and the team."""

    handoff_id: int
    heading: Literal["new", "reassigned", "escalated"]
    to: str


@dataclass(frozen=True)
class RemindOwner:
    """The SLA reminder, with a Claim button, to owner ``to`` (the request's owner)."""

    handoff_id: int
    to: str


Effect = (
    LogJob
    | LogFeedback
    | OpenHandoff
    | RelayToOwner
    | FollowUpAnswered
    | Reopened
    | Rated
    | TellOwner
    | SendCard
    | RemindOwner
)


@dataclass(frozen=True)
class Outcome:
    """The policy's answer to one turn."""

    state: ConversationState
    replies: tuple[Reply, ...] = ()
    effects: tuple[Effect, ...] = field(default_factory=tuple)
