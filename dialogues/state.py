"""A conversation's state: plain, serialisable, persisted after every turn."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Literal

Stage = Literal[
    "new",  # nothing said yet: greet and ask the opening question
    "listening",  # the customer is telling us; short open prompts
    "confirming",  # we reflected; waiting for "yes" / "no"
    "correcting",  # they said "no"; waiting for what we missed
    "permission",  # asked whether we may ask a couple of questions
    "jtbd",  # asking the job-to-be-done questions
    "anything_else",  # asked "anything else?" before acting
    "handed_off",  # a human owns it now
    "follow_up",  # the owner resolved it; we asked whether the need was met
    "rating",  # they said yes; we asked for a 1–5 rating
    "closed",  # finished; the next message opens a new cycle
]


@dataclass
class ConversationState:
    """Everything the policy needs to continue a conversation after a restart."""

    stage: Stage = "new"
    language: str = "fa"
    seed: int = 0  # varies wording between conversations, deterministically
    used: list[str] = field(default_factory=list)  # catalog phrases already said
    heard: list[str] = field(default_factory=list)  # what the customer told us, verbatim
    cycle_start: int = 0  # index in ``heard`` where the current telling began
    prompts_in_cycle: int = 0
    prompted: list[str] = field(default_factory=list)  # aspects asked about this cycle
    telling_start: int = 0  # index in ``heard`` of the telling now standing (after corrections)
    kind: str | None = None  # complaint / praise / idea / question, for this telling
    reflection: str | None = None
    corrected_reflection: str | None = None  # our first reflection, before they corrected it
    corrections: int = 0
    # What they told before they added more after "anything else?": the card keeps both,
    # and a complaint stays the case's reason when what they add reads warm.
    earlier_reflection: str | None = None
    earlier_kind: str | None = None
    intent: str | None = None
    topic: str | None = None
    sentiment: str = "neutral"
    sentiment_score: float = 0.0
    jtbd_asked: list[str] = field(default_factory=list)
    jtbd_answers: dict[str, str] = field(default_factory=dict)
    statement: str | None = None
    # Job questions asked again after the answer added a problem: their answer is about it.
    asked_after_adding: list[str] = field(default_factory=list)
    wants_person: bool = False
    asked_permission: bool = False
    next_action: str | None = None  # "handoff" or "close", decided after confirmation
    owner_name: str | None = None  # who owns the open handoff, shown in acknowledgements
    owner_names: dict[str, str] = field(default_factory=dict)  # that name, by language
    relay_acked: bool = False  # this owner's handoff already had one "passed it on" in words
    owner_replied: bool = False  # the owner wrote to them: their answer is acknowledged in words
    asked_in_words: bool = False  # a voice note or photo alone was met with "a few words?"
    returning: bool = False  # the customer talked to us before: welcome back, no re-greeting
    turns: int = 0
    last_seen: float | None = None  # when their last turn came (epoch seconds), if known
    last_told: str | None = None  # the key sentence of their last telling, verbatim
    handed_at: float | None = None  # when the handoff was opened (epoch seconds), if known
    promise_minutes: int | None = None  # the reply promised within; None: none, or kept

    def told_sentiment(self) -> str:
        """The tone the staff card shows: never at odds with what the customer told."""
        # NLU reads each message alone: «آره دقیقا، مرسی» in a complaint reads warm, and a
        # card saying "positive" on a complaint misleads its owner; praise is never "negative".
        kind = "complaint" if self.earlier_kind == "complaint" else self.kind
        against = {"complaint": "positive", "praise": "negative"}.get(kind or "")
        if self.sentiment != against:
            return self.sentiment
        return "negative" if kind == "complaint" else "positive"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready copy."""
        # Every field is a str, number, None, or a list/dict of str: copying the containers
        # is a full copy, several times cheaper than asdict's recursive deepcopy.
        # The copy is inline (no call a field): a turn copies the state three times.
        values = self.__dict__
        return {
            name: list(value)
            if isinstance(value := values[name], list)
            else dict(value)
            if isinstance(value, dict)
            else value
            for name in _FIELD_NAMES
        }

    def to_stored(self) -> dict[str, Any]:
        """What storage keeps: :meth:`to_dict` without the fields still at their default.

        Most of a state's ~40 fields sit at their default most of the time, and their names
        alone were ~500 bytes of a state that overflowed a 4 KB SQLite page (an overflow page
        rewritten every turn; docs/performance.md, round 17). :meth:`from_dict` fills them in
        again, so a stored state, old (every field) or new, gives back the same state.
        ``stage`` and ``language`` are always kept: storage reads them from the dict itself.
        """
        # Compared before copying: only the containers kept are copied (as in to_dict).
        values = self.__dict__
        return {
            name: list(value)
            if isinstance(value, list)
            else dict(value)
            if isinstance(value, dict)
            else value
            for name, default in _DEFAULTS.items()
            if (value := values[name]) != default or name in _ALWAYS_STORED
        }

    def copy(self) -> ConversationState:
        """An independent copy (the policy never mutates the state it was given)."""
        return ConversationState(**self.to_dict())

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> ConversationState:
        """Rebuild from :meth:`to_dict`, ignoring keys an older or newer version wrote."""
        if not data:
            return cls()
        kept: dict[str, Any] = {
            k: list(v) if isinstance(v, list) else dict(v) if isinstance(v, dict) else v
            for k, v in data.items()
            if k in _FIELDS
        }
        return cls(**kept)


_FIELD_NAMES = tuple(f.name for f in fields(ConversationState))
_FIELDS = frozenset(_FIELD_NAMES)
_DEFAULTS: dict[str, Any] = ConversationState().to_dict()
_ALWAYS_STORED = frozenset({"stage", "language"})
