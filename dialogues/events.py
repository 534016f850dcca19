"""Turns that are not a customer's message: staff actions, the clock, edits.

A staff member claiming, answering, resolving, noting or passing on a request, and the
clock finding a reminder, an escalation or a follow-up due, reach the conversation the
way a customer's message does: as a turn given to :func:`dialogues.policy.respond`, whose
outcome (replies to the customer, effects for the staff side, the new state) is applied
in one place by the caller. Pure: no I/O, no owners directory, no channel.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from dialogues.followup import ask_follow_up
from dialogues.handoff import OwnerView, announce
from dialogues.outcome import Outcome, RemindOwner, Reply, SendCard, TellOwner
from dialogues.state import ConversationState

StaffAction = Literal["claimed", "replied", "resolved", "noted", "reassigned"]
ClockSignal = Literal["reminder_due", "escalated", "follow_up_due"]


@dataclass(frozen=True)
class StaffTurn:
    """A staff action on the conversation's request, already checked and recorded on it.

    Staff are named by their owner id (owners.yml), never by a channel's account:
    ``actor`` acted; ``owner_before`` owned the request just before, ``owner_id`` owns it
    after. ``owner`` is that owner as the customer may know them; ``text`` the owner's
    words (``replied``); ``with_resolution`` whether a resolution came with ``resolved``.
    """

    action: StaffAction
    handoff_id: int
    language: str  # the request's (the customer's) language: fa, ar or en
    actor: str
    owner_before: str | None = None
    owner_id: str | None = None
    owner: OwnerView | None = None
    text: str = ""
    response_minutes: int = 0
    with_resolution: bool = False


@dataclass(frozen=True)
class ClockTurn:
    """Something the clock found due on the conversation's request."""

    signal: ClockSignal
    handoff_id: int
    language: str
    owner_id: str | None = None  # the request's owner after the event (owners.yml id)
    owner: OwnerView | None = None
    customer_name: str | None = None
    response_minutes: int = 0


@dataclass(frozen=True)
class EditTurn:
    """The customer edited a message: ``old`` becomes ``new`` in what the conversation heard."""

    old: str
    new: str


def edit_turn(state: ConversationState, turn: EditTurn) -> Outcome:
    """What was heard is corrected in place; nothing is said (the edit is not a new turn)."""
    if turn.old and turn.old != turn.new and turn.old in state.heard:
        state.heard = [turn.new if m == turn.old else m for m in state.heard]
    return Outcome(state)


_NOTICES: dict[StaffAction, str] = {
    "claimed": "notice_claimed",
    "replied": "notice_replied",
    "noted": "notice_noted",
}


def staff_turn(state: ConversationState, turn: StaffTurn) -> Outcome:
    """What a staff action means for the conversation (and for the request's owner)."""
    match turn.action:
        case "replied":
            # The owner's own words, signed: the customer's next notice after a claim.
            name = turn.owner.name if turn.owner else ""
            signed = Reply(f"{name}: {turn.text}", kind="staff")
            state = state.copy()
            state.promise_minutes = None  # the reply came: the promise was kept
            state.owner_replied = True  # what they answer to it is no mere detail: said in words
            return Outcome(state, (signed,), _tell(turn, "notice_replied"))
        case "resolved":
            notice = "notice_resolution" if turn.with_resolution else "notice_resolved"
            return Outcome(state, (), _tell(turn, notice))
        case "reassigned":
            new, replies = _owner_changed(state, turn.owner, turn.response_minutes, "reassigned")
            effects: list[SendCard | TellOwner] = []
            if turn.owner_id is not None:
                effects.append(SendCard(turn.handoff_id, "reassigned", turn.owner_id))
                if turn.owner_id != turn.owner_before:
                    effects.extend(_tell(turn, "notice_passed", passed_to=turn.owner_id))
            return Outcome(new, replies, tuple(effects))
        case _:
            # Claiming and notes change nothing the customer sees; the owner is told.
            return Outcome(state, (), _tell(turn, _NOTICES[turn.action]))


def _tell(turn: StaffTurn, notice: str, passed_to: str | None = None) -> tuple[TellOwner, ...]:
    """The owner hears what someone else did to their request; nobody hears of their own."""
    before = turn.owner_before
    if before is None or before == turn.actor:
        return ()
    return (TellOwner(turn.handoff_id, notice, before, turn.actor, passed_to),)


def clock_turn(state: ConversationState, turn: ClockTurn) -> Outcome:
    """What a due reminder, escalation or follow-up means for the conversation."""
    match turn.signal:
        case "reminder_due":
            if turn.owner_id is None:
                return Outcome(state)
            return Outcome(state, (), (RemindOwner(turn.handoff_id, turn.owner_id),))
        case "escalated":
            new, replies = _owner_changed(state, turn.owner, turn.response_minutes, "escalated")
            cards = (
                (SendCard(turn.handoff_id, "escalated", turn.owner_id),) if turn.owner_id else ()
            )
            return Outcome(new, replies, cards)
        case "follow_up_due":
            if state.stage == "closed":
                return Outcome(state)  # the conversation is over: nobody to ask
            asking = state.copy()
            asking.language = turn.language
            name = turn.owner.name if turn.owner else ""
            reply, new = ask_follow_up(asking, name, turn.customer_name)
            return Outcome(new, (reply,))


def _owner_changed(
    state: ConversationState, owner: OwnerView | None, minutes: int, change: str
) -> tuple[ConversationState, tuple[Reply, ...]]:
    """The customer is told who owns their request now (unless the conversation is over)."""
    if state.stage == "closed" or owner is None:
        return state, ()
    text, new = announce(state, owner, minutes, change=change)
    return new, ((Reply(text),) if text else ())
