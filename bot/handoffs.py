"""The staff side of a handoff, channel-neutral: card, claim, reply, resolve, reassign, note,
SLA reminders and escalation, and the follow-up after resolution.

Every action checks the staff list server-side and writes an audit event. Every message,
to the customer or to staff, goes through the outbox.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from bot.owners import Owner, OwnersDirectory
from bot.reach import check_reach, tell_owner
from bot.safe_text import isolate, strip_bidi
from bot.text import split_text
from dialogues.errors import NotFoundError, StaffOnlyError
from dialogues.followup import ask_follow_up
from dialogues.handoff import OwnerView, announce
from dialogues.state import ConversationState
from storage.database import Database
from storage.models import Customer, Handoff
from storage.repositories import (
    ConversationRepository,
    CustomerRepository,
    HandoffRepository,
    MessageRepository,
    OutboxRepository,
)
from storage.repositories.outbox import STAFF

log = logging.getLogger(__name__)

CLAIM, REPLY, RESOLVE, REASSIGN, NOTE, REASSIGN_TO = "c", "r", "s", "a", "n", "t"
ACTIONS = {CLAIM, REPLY, RESOLVE, REASSIGN, NOTE, REASSIGN_TO}
ATTACHMENT_KINDS = ("photo", "voice", "video", "document", "sticker", "location")


def button(label: str, action: str, handoff_id: int, arg: str = "") -> dict[str, str]:
    """An inline button for a staff action; data stays well under Telegram's 64 bytes."""
    data = f"h:{action}:{handoff_id}" + (f":{arg}" if arg else "")
    return {"text": label, "callback_data": data}


def parse_action(data: str) -> tuple[str, int, str] | None:
    """(action, handoff id, argument) from callback data, or None when it is not ours."""
    parts = data.split(":")
    if len(parts) not in (3, 4) or parts[0] != "h" or parts[1] not in ACTIONS:
        return None
    if not parts[2].isdigit():
        return None
    return parts[1], int(parts[2]), parts[3] if len(parts) == 4 else ""


class StaffThreads(Protocol):
    """Where the channel can give each request a thread of its own in the staff chat."""

    async def open_thread(self, chat_id: int, name: str) -> int | None:
        """A new thread's id, or None when the chat has no threads (not a forum)."""


@dataclass(frozen=True)
class StaffResult:
    """What a staff action did, for the channel to acknowledge."""

    handoff_id: int
    message: str


class HandoffDesk:
    """Everything staff do with handoffs, and the clock-driven steps (SLA, follow-up)."""

    def __init__(
        self,
        database: Database,
        owners: OwnersDirectory,
        *,
        remind_after: timedelta,
        escalate_after: timedelta,
        followup_after: timedelta,
    ) -> None:
        self.database = database
        self.owners = owners
        self.remind_after = remind_after
        self.escalate_after = escalate_after
        self.followup_after = followup_after
        self.threads: StaffThreads | None = None  # set by channels that have them (Telegram)

    # ---- who may act ------------------------------------------------------------------
    def staff(self, telegram_id: int | None) -> Owner:
        """The owner behind this account; StaffOnlyError for anyone else."""
        owner = self.owners.by_telegram_id(telegram_id) if telegram_id is not None else None
        if owner is None:
            raise StaffOnlyError("only listed staff can act on requests")
        return owner

    async def _handoff(self, session: AsyncSession, handoff_id: int) -> Handoff:
        handoff = await HandoffRepository(session).get(handoff_id)
        if handoff is None:
            raise NotFoundError(f"request #{handoff_id} does not exist")
        return handoff

    async def _reachable(self, session: AsyncSession, handoff_id: int, staff: Owner) -> Handoff:
        """The request, when ``staff`` may act on it (NotYourRequestError otherwise)."""
        handoff = await self._handoff(session, handoff_id)
        check_reach(self.owners, staff, handoff)
        return handoff

    async def authorize(self, handoff_id: int, telegram_id: int | None) -> None:
        """Raise unless this account may act on this request (before asking for input)."""
        staff = self.staff(telegram_id)
        async with self.database.session() as session:
            await self._reachable(session, handoff_id, staff)

    # ---- the card ---------------------------------------------------------------------
    async def notify_new(self, handoff_id: int) -> None:
        """Send the owner (and the staff chat) the card with buttons and attachments."""
        async with self.database.session() as session, session.begin():
            handoff = await self._handoff(session, handoff_id)
            owner = (
                self.owners.get(handoff.owner_id or "")
                or self.owners.owners[self.owners.default_owner]
            )
            await self.send_card(session, handoff, owner, heading="New request")

    async def send_card(
        self, session: AsyncSession, handoff: Handoff, owner: Owner, heading: str
    ) -> None:
        customer = await CustomerRepository(session).get(handoff.customer_id)
        assert customer is not None
        recent = await MessageRepository(session).recent(customer.id, limit=12)
        said = [m for m in recent if m.direction == "in" and m.text]
        lines = [
            f"#{handoff.id} · {heading} for {owner.name}",
            f"Customer: {_customer_name(customer)}"
            f" · language {handoff.language} · topic {handoff.topic or 'other'}"
            f" · sentiment {handoff.sentiment} · reason {handoff.reason}",
        ]
        if handoff.reflection:
            lines.append(f"What we heard: {isolate(handoff.reflection)}")
        if handoff.statement:
            lines.append(f"Job to be done: {isolate(handoff.statement)}")
        if said:
            lines.append("Last messages:")
            lines.extend(f"» {isolate(m.text or '')}" for m in said[-6:])
        lines.append("Reply to this message to answer the customer.")
        buttons = [
            [button("Claim", CLAIM, handoff.id), button("Reply", REPLY, handoff.id)],
            [
                button("Resolve", RESOLVE, handoff.id),
                button("Reassign", REASSIGN, handoff.id),
                button("Note", NOTE, handoff.id),
            ],
        ]
        outbox = OutboxRepository(session)
        team = self.owners.staff_chat_id
        if team is not None and handoff.staff_thread_id is None and self.threads is not None:
            shown = strip_bidi(customer.display_name or "")
            name = f"#{handoff.id} · {handoff.topic or 'other'} · {shown}"
            handoff.staff_thread_id = await self.threads.open_thread(team, name.strip(" ·"))
        chats = [c for c in (owner.telegram_id, team) if c is not None]
        for chat in chats:
            thread = handoff.staff_thread_id if chat == team else None
            extra = {"tag": f"#{handoff.id}", **({"thread_id": thread} if thread else {})}
            await outbox.enqueue(
                chat,
                "\n".join(lines),
                buttons=buttons,
                extra=extra,
                audience=STAFF,
                about_customer_id=customer.id,
            )
            if customer.chat_id is None:
                continue
            for message in recent:
                if message.kind in ATTACHMENT_KINDS and message.channel_message_id:
                    await outbox.enqueue(
                        chat,
                        None,
                        kind="copy",
                        extra={
                            "from_chat_id": customer.chat_id,
                            "message_id": message.channel_message_id,
                            "thread_id": handoff.staff_thread_id if chat == team else None,
                        },
                        audience=STAFF,
                        about_customer_id=customer.id,
                    )

    # ---- staff actions ----------------------------------------------------------------
    async def claim(self, handoff_id: int, telegram_id: int | None) -> StaffResult:
        """The owner takes it: the SLA clock stops."""
        staff = self.staff(telegram_id)
        async with self.database.session() as session, session.begin():
            handoff = await self._reachable(session, handoff_id, staff)
            if handoff.status in ("resolved", "closed"):
                return StaffResult(handoff_id, f"#{handoff_id} is already resolved.")
            previous = handoff.owner_id
            handoff.status = "claimed"
            handoff.owner_id = staff.id  # whoever claims it owns it from now on
            handoff.claimed_at = handoff.claimed_at or datetime.now(UTC)
            handoff.remind_at = handoff.escalate_at = None
            await HandoffRepository(session).add_event(
                handoff.id, actor=staff.id, kind="claimed", detail={"from": previous}
            )
            await tell_owner(session, self.owners, handoff, previous, staff, "took it over")
        return StaffResult(handoff_id, f"#{handoff_id} is yours, {staff.name}.")

    async def reply(self, handoff_id: int, telegram_id: int | None, text: str) -> StaffResult:
        """Relay the owner's words to the customer, signed with the owner's name."""
        staff = self.staff(telegram_id)
        async with self.database.session() as session, session.begin():
            handoff = await self._reachable(session, handoff_id, staff)
            customer = await CustomerRepository(session).get(handoff.customer_id)
            if customer is None or customer.chat_id is None:
                return StaffResult(handoff_id, "This customer can no longer be reached.")
            now = datetime.now(UTC)
            if handoff.status == "open":
                handoff.status = "claimed"
                handoff.claimed_at = handoff.claimed_at or now
                handoff.remind_at = handoff.escalate_at = None
            handoff.first_reply_at = handoff.first_reply_at or now
            signed = f"{staff.name_in(handoff.language)}: {text}"
            for part in split_text(signed):
                await OutboxRepository(session).enqueue(
                    customer.chat_id, part, customer_id=customer.id
                )
            await MessageRepository(session).add_outbound(
                customer_id=customer.id, text=signed, kind="staff"
            )
            await HandoffRepository(session).add_event(handoff.id, actor=staff.id, kind="replied")
            await tell_owner(
                session, self.owners, handoff, handoff.owner_id, staff, "answered the customer"
            )
        return StaffResult(handoff_id, f"Sent to the customer on #{handoff_id}.")

    async def resolve(
        self, handoff_id: int, telegram_id: int | None, resolution: str | None = None
    ) -> StaffResult:
        """Resolved: the follow-up question is scheduled."""
        staff = self.staff(telegram_id)
        async with self.database.session() as session, session.begin():
            handoff = await self._reachable(session, handoff_id, staff)
            now = datetime.now(UTC)
            if handoff.status != "resolved":
                handoff.status = "resolved"
                handoff.resolved_at = now
                handoff.followup_at = now + self.followup_after
                handoff.remind_at = handoff.escalate_at = None
            if resolution:
                handoff.resolution = resolution
            await HandoffRepository(session).add_event(
                handoff.id, actor=staff.id, kind="resolved", detail={"with_note": bool(resolution)}
            )
            did = "added a resolution" if resolution else "resolved it"
            await tell_owner(session, self.owners, handoff, handoff.owner_id, staff, did)
        return StaffResult(
            handoff_id,
            f"#{handoff_id} resolved. Reply to this message with a one-line resolution, "
            "or leave it.",
        )

    async def note(self, handoff_id: int, telegram_id: int | None, text: str) -> StaffResult:
        """An internal note: never shown to the customer."""
        staff = self.staff(telegram_id)
        async with self.database.session() as session, session.begin():
            handoff = await self._reachable(session, handoff_id, staff)
            await HandoffRepository(session).add_event(
                handoff_id, actor=staff.id, kind="note", detail={"text": text}
            )
            await tell_owner(session, self.owners, handoff, handoff.owner_id, staff, "added a note")
        return StaffResult(handoff_id, f"Note added to #{handoff_id}.")

    def reassign_choices(self, handoff_id: int, telegram_id: int | None) -> list[dict[str, str]]:
        """Buttons for whom to pass it to."""
        self.staff(telegram_id)
        return [button(o.name, REASSIGN_TO, handoff_id, o.id) for o in self.owners.owners.values()]

    async def reassign(
        self, handoff_id: int, telegram_id: int | None, owner_id: str
    ) -> StaffResult:
        """Pass it on with the full context; the customer is told the new owner's name."""
        staff = self.staff(telegram_id)
        new_owner = self.owners.get(owner_id)
        if new_owner is None:
            return StaffResult(handoff_id, f"No owner called {owner_id!r}.")
        async with self.database.session() as session, session.begin():
            handoff = await self._reachable(session, handoff_id, staff)
            previous = handoff.owner_id
            handoff.owner_id = new_owner.id
            handoff.status = "open"
            handoff.claimed_at = None
            now = datetime.now(UTC)
            handoff.remind_at = now + self.remind_after
            handoff.escalate_at = now + self.escalate_after
            await HandoffRepository(session).add_event(
                handoff.id,
                actor=staff.id,
                kind="reassigned",
                detail={"from": previous, "to": new_owner.id},
            )
            await self._tell_customer_owner(session, handoff, new_owner, "reassigned")
            await self.send_card(session, handoff, new_owner, heading="Reassigned to you")
            if previous != new_owner.id:
                did = f"passed it to {new_owner.name}"
                await tell_owner(session, self.owners, handoff, previous, staff, did)
        return StaffResult(handoff_id, f"#{handoff_id} is now with {new_owner.name}.")

    async def _tell_customer_owner(
        self, session: AsyncSession, handoff: Handoff, owner: Owner, change: str
    ) -> None:
        customer = await CustomerRepository(session).get(handoff.customer_id)
        conversations = ConversationRepository(session)
        conversation = await conversations.current(handoff.customer_id)
        if customer is None or customer.chat_id is None or conversation is None:
            return
        state = ConversationState.from_dict(conversation.state)
        text, state = announce(
            state,
            OwnerView(owner.name_in(handoff.language), owner.title_in(handoff.language)),
            self.owners.response_minutes,
            change=change,
        )
        await conversations.save(conversation, state.to_dict(), state.stage, conversation.status)
        if text:
            await OutboxRepository(session).enqueue(customer.chat_id, text, customer_id=customer.id)

    # ---- lists ------------------------------------------------------------------------
    async def queue(self, telegram_id: int | None, *, mine: bool) -> str:
        """Open requests (all, or the caller's), one line each."""
        staff = self.staff(telegram_id)
        async with self.database.session() as session:
            handoffs = await HandoffRepository(session).list(
                statuses=("open", "claimed"), owner_id=staff.id if mine else None
            )
        if not handoffs:
            return "Nothing open." if not mine else "Nothing open for you."
        return "\n".join(
            f"#{h.id} · {h.status} · {h.owner_id} · {h.topic or 'other'} · {h.language}"
            for h in handoffs
        )

    # ---- the clock --------------------------------------------------------------------
    async def run_due(self, now: datetime | None = None) -> int:
        """Reminders, escalations and follow-ups that are due; how many steps were taken."""
        now = now or datetime.now(UTC)
        steps = 0
        async with self.database.session() as session, session.begin():
            if not await self.database.lead(session, "scheduler"):
                return 0  # another process is taking this round
            for handoff in await HandoffRepository(session).due(now):
                steps += await self._step(session, handoff, now)
        return steps

    async def _step(self, session: AsyncSession, handoff: Handoff, now: datetime) -> int:
        steps = 0
        outbox = OutboxRepository(session)
        events = HandoffRepository(session)
        owner = self.owners.get(handoff.owner_id or "")
        if _due(handoff.escalate_at, now) and handoff.status == "open":
            handoff.escalate_at = handoff.remind_at = None
            backup = self.owners.get(owner.backup or "") if owner else None
            backup = backup or self.owners.owners[self.owners.default_owner]
            if owner is None or backup.id != owner.id:
                handoff.owner_id = backup.id
                await events.add_event(
                    handoff.id,
                    actor="sla",
                    kind="escalated",
                    detail={"from": owner.id if owner else None, "to": backup.id},
                )
                await self._tell_customer_owner(session, handoff, backup, "escalated")
                await self.send_card(session, handoff, backup, heading="Escalated to you")
                steps += 1
        elif _due(handoff.remind_at, now) and handoff.status == "open":
            handoff.remind_at = None
            if owner is not None and owner.telegram_id is not None:
                await outbox.enqueue(
                    owner.telegram_id,
                    f"Reminder: #{handoff.id} is waiting to be claimed.",
                    buttons=[[button("Claim", CLAIM, handoff.id)]],
                    extra={"tag": f"#{handoff.id}"},
                    audience=STAFF,
                    about_customer_id=handoff.customer_id,
                )
            await events.add_event(handoff.id, actor="sla", kind="reminded")
            steps += 1
        if _due(handoff.followup_at, now) and handoff.status == "resolved":
            handoff.followup_at = None
            await self._follow_up(session, handoff)
            await events.add_event(handoff.id, actor="bot", kind="followed_up")
            steps += 1
        return steps

    async def _follow_up(self, session: AsyncSession, handoff: Handoff) -> None:
        customer = await CustomerRepository(session).get(handoff.customer_id)
        conversations = ConversationRepository(session)
        conversation = await conversations.current(handoff.customer_id)
        if customer is None or customer.chat_id is None or conversation is None:
            return
        owner = self.owners.get(handoff.owner_id or "")
        name = owner.name_in(handoff.language) if owner else ""
        state = ConversationState.from_dict(conversation.state)
        state.language = handoff.language
        reply, state = ask_follow_up(state, name, customer.display_name)
        await conversations.save(conversation, state.to_dict(), state.stage, conversation.status)
        buttons = [[{"text": b.label, "callback_data": b.data} for b in reply.buttons]]
        await OutboxRepository(session).enqueue(
            customer.chat_id, reply.text, customer_id=customer.id, buttons=buttons
        )

    # ---- what the customer said after resolution --------------------------------------
    async def follow_up_answered(
        self, session: AsyncSession, customer: Customer, met: bool
    ) -> None:
        """Yes: recorded. No: reopened to the same owner, who is told."""
        handoff = await HandoffRepository(session).latest_for_customer(customer.id)
        if handoff is None:
            return
        handoff.need_met = met
        await HandoffRepository(session).add_event(
            handoff.id, actor=f"customer:{customer.id}", kind="need_met" if met else "reopened"
        )
        if met:
            handoff.status = "closed"
            return
        handoff.status = "claimed"
        handoff.resolved_at = None
        owner = self.owners.get(handoff.owner_id or "")
        if owner is not None and owner.telegram_id is not None:
            await OutboxRepository(session).enqueue(
                owner.telegram_id,
                f"#{handoff.id} was reopened: the customer says their need is not met yet.",
                buttons=[
                    [button("Reply", REPLY, handoff.id), button("Resolve", RESOLVE, handoff.id)]
                ],
                extra={"tag": f"#{handoff.id}"},
                audience=STAFF,
                about_customer_id=customer.id,
            )

    async def rated(self, session: AsyncSession, customer: Customer, score: int) -> None:
        """A 1–5 satisfaction rating for the latest handoff."""
        handoff = await HandoffRepository(session).latest_for_customer(customer.id)
        if handoff is not None:
            handoff.satisfaction = score
            await HandoffRepository(session).add_event(
                handoff.id, actor=f"customer:{customer.id}", kind="rated", detail={"score": score}
            )


def _due(at: datetime | None, now: datetime) -> bool:
    if at is None:
        return False
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at <= now


def _customer_name(customer: Customer) -> str:
    """The customer's name isolated for a staff card, or their number."""
    return isolate(customer.display_name) if customer.display_name else f"customer #{customer.id}"
