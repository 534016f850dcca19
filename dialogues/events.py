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

    ``owner`` is the request's owner after the action, as the customer may know them;
    ``text`` the owner's words (``replied``); ``moved`` whether a reassignment changed
    the owner; ``with_resolution`` whether a resolution was written with ``resolved``.
    """

    action: StaffAction
    handoff_id: int
    language: str  # the request's (the customer's) language: fa, ar or en
    owner: OwnerView | None = None
    text: str = ""
    response_minutes: int = 0
    moved: bool = False
    with_resolution: bool = False


@dataclass(frozen=True)
class ClockTurn:
    """Something the clock found due on the conversation's request."""

    signal: ClockSignal
    handoff_id: int
    language: str
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
            return Outcome(state, (signed,), (TellOwner(turn.handoff_id, "notice_replied"),))
        case "resolved":
            notice = "notice_resolution" if turn.with_resolution else "notice_resolved"
            return Outcome(state, (), (TellOwner(turn.handoff_id, notice),))
        case "reassigned":
            new, replies = _owner_changed(state, turn.owner, turn.response_minutes, "reassigned")
            effects: list[SendCard | TellOwner] = [SendCard(turn.handoff_id, "reassigned")]
            if turn.moved:
                effects.append(TellOwner(turn.handoff_id, "notice_passed"))
            return Outcome(new, replies, tuple(effects))
        case _:
            # Claiming and notes change nothing the customer sees; the owner is told.
            return Outcome(state, (), (TellOwner(turn.handoff_id, _NOTICES[turn.action]),))


def clock_turn(state: ConversationState, turn: ClockTurn) -> Outcome:
    """What a due reminder, escalation or follow-up means for the conversation."""
    match turn.signal:
        case "reminder_due":
            return Outcome(state, (), (RemindOwner(turn.handoff_id),))
        case "escalated":
            new, replies = _owner_changed(state, turn.owner, turn.response_minutes, "escalated")
            return Outcome(new, replies, (SendCard(turn.handoff_id, "escalated"),))
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
