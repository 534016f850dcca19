"""The staff side of a handoff, channel-neutral: card, claim, reply, resolve, reassign, note
(and, from :mod:`bot.handoff_clock`, SLA reminders, escalation and the follow-up).

Every action checks the staff list server-side and writes an audit event. Every message,
to the customer or to staff, goes through the outbox.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from bot.addresses import TEAM, StaffAddresses
from bot.effects import TurnEffects
from bot.errors import StaffOnlyError
from bot.handoff_clock import HandoffClock
from bot.owners import Owner, OwnersDirectory
from bot.reach import check_reach
from bot.reply_language import language_note, reply_language
from bot.safe_text import strip_bidi
from bot.staff_actions import ADD_RESOLUTION, ANSWER, ATTACHMENT_KINDS, REASSIGN_TO, button
from bot.staff_answers import StaffAnswer, answer_staff
from bot.staff_card import card_buttons, card_text
from bot.staff_words import say, term
from dialogues.events import StaffTurn
from dialogues.handoff import OwnerView
from storage.database import Database
from storage.errors import NotFoundError
from storage.models import Customer, Handoff
from storage.repositories import (
    CustomerRepository,
    HandoffRepository,
    MessageRepository,
    OutboxRepository,
)
from storage.repositories.outbox import STAFF
from storage.repositories.staff_messages import about

log = logging.getLogger(__name__)
__all__ = ["HandoffDesk", "StaffList", "StaffResult", "StaffThreads"]


class StaffThreads(Protocol):
    """Where the channel can give each request a thread of its own in the staff chat.

    The channel opens the thread when it delivers the request's first row there (outside
    any transaction, once); the desk only marks rows with the request they belong to.
    """

    def may_thread(self, chat_id: int) -> bool:
        """False once the chat is known to have no threads (not a forum)."""


@dataclass(frozen=True)
class StaffResult:
    """What a staff action did, for the channel to acknowledge (and what a reply to it does)."""

    handoff_id: int
    message: str
    purpose: str = ANSWER


@dataclass(frozen=True)
class StaffList:
    """A list of requests for a staff member, and which requests it names."""

    text: str
    handoff_ids: list[int]


class HandoffDesk(HandoffClock):
    """Everything staff do with handoffs, and the clock-driven steps (SLA, follow-up)."""

    def __init__(
        self,
        database: Database,
        owners: OwnersDirectory,
        *,
        remind_after: timedelta,
        escalate_after: timedelta,
        followup_after: timedelta,
        addresses: StaffAddresses,
        team_language: str | None = None,
    ) -> None:
        self.database = database
        self.owners = owners
        self.addresses = addresses  # the channel's: which chat reaches an owner, the team
        # The staff chat reads one language: the team's, else the default owner's.
        default = owners.owners[owners.default_owner]
        self.team_language = team_language or default.language
        self.remind_after = remind_after
        self.escalate_after = escalate_after
        self.followup_after = followup_after
        self.threads: StaffThreads | None = None  # set by channels that have them (Telegram)
        self.effects = TurnEffects(owners, self)  # where staff and clock turns are answered

    # ---- who may act ------------------------------------------------------------------
    def staff(self, owner_id: str | None) -> Owner:
        """The listed owner ``owner_id``; StaffOnlyError for anyone else."""
        owner = self.owners.get(owner_id) if owner_id else None
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

    async def authorize(self, handoff_id: int, owner_id: str | None) -> None:
        """Raise unless this owner may act on this request (before asking for input)."""
        staff = self.staff(owner_id)
        async with self.database.session() as session:
            await self._reachable(session, handoff_id, staff)

    # ---- the card ----------------------------------------------------------------------
    async def send_card(
        self, session: AsyncSession, handoff: Handoff, owner: Owner, heading: str
    ) -> None:
        """The card (``heading``: NEW, REASSIGNED or ESCALATED) to the owner and the team."""
        customer = await CustomerRepository(session).get(handoff.customer_id)
        assert customer is not None
        # Both directions count: 24 keep the telling's first words after a few of our prompts.
        recent = await MessageRepository(session).recent(customer.id, limit=24)
        said = [m for m in recent if m.direction == "in" and m.text]
        outbox = OutboxRepository(session)
        team = self.addresses.chat_of(TEAM)
        readers = [(self.addresses.chat_of(owner.id), owner.language), (team, self.team_language)]
        for chat, language in [(c, lang) for c, lang in readers if c is not None]:
            where = self._thread(handoff, customer, chat) if chat == team else {}
            extra = {"tag": f"#{handoff.id}", **about([handoff.id], ANSWER), **where}
            await outbox.enqueue(
                chat,
                card_text(language, handoff, owner, heading, customer, said),
                buttons=card_buttons(language, handoff.id),
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
                            **where,
                            **about([handoff.id], ANSWER),
                        },
                        audience=STAFF,
                        about_customer_id=customer.id,
                    )

    def _thread(self, handoff: Handoff, customer: Customer, chat: int) -> dict[str, Any]:
        """Which thread of the staff chat a row about ``handoff`` goes to (if it has any)."""
        if handoff.staff_thread_id is not None:
            return {"thread_id": handoff.staff_thread_id}
        if self.threads is None or not self.threads.may_thread(chat):
            return {}
        shown = strip_bidi(customer.display_name or "")
        name = f"#{handoff.id} · {handoff.topic or 'other'} · {shown}"
        return {"thread_of": handoff.id, "thread_name": name.strip(" ·")}

    # ---- staff actions ----------------------------------------------------------------
    async def claim(
        self, handoff_id: int, owner_id: str | None, *, answer_to: str | None = None
    ) -> StaffResult:
        """The owner takes it: the SLA clock stops."""
        staff = self.staff(owner_id)
        language = staff.language
        async with self.database.writing() as session:
            handoff = await self._reachable(session, handoff_id, staff)
            if handoff.status in ("resolved", "closed"):
                done = StaffResult(handoff_id, say(language, "already_resolved", id=handoff_id))
                return await self._answered(session, done, answer_to)
            previous = handoff.owner_id
            handoff.status = "claimed"
            handoff.owner_id = staff.id  # whoever claims it owns it from now on
            handoff.claimed_at = handoff.claimed_at or datetime.now(UTC)
            handoff.remind_at = handoff.escalate_at = None
            await HandoffRepository(session).add_event(
                handoff.id, actor=staff.id, kind="claimed", detail={"from": previous}
            )
            turn = StaffTurn("claimed", handoff.id, handoff.language, staff.id, previous, staff.id)
            await self.effects.apply_event(session, handoff, turn)
            name = staff.name_in(language)
            done = StaffResult(handoff_id, say(language, "claimed", id=handoff_id, name=name))
            return await self._answered(session, done, answer_to)

    async def reply(
        self, handoff_id: int, owner_id: str | None, text: str, *, answer_to: str | None = None
    ) -> StaffResult:
        """Relay the owner's words to the customer, signed with the owner's name."""
        staff = self.staff(owner_id)
        async with self.database.writing() as session:
            handoff = await self._reachable(session, handoff_id, staff)
            customer = await CustomerRepository(session).get(handoff.customer_id)
            if customer is None or customer.chat_id is None:
                done = StaffResult(handoff_id, say(staff.language, "unreachable"))
                return await self._answered(session, done, answer_to)
            now = datetime.now(UTC)
            if handoff.status == "open":
                handoff.status = "claimed"
                handoff.claimed_at = handoff.claimed_at or now
                handoff.remind_at = handoff.escalate_at = None
            handoff.first_reply_at = handoff.first_reply_at or now
            written_in = reply_language(text, handoff.language)
            handoffs = HandoffRepository(session)
            note = language_note(
                staff.language, handoff.language, written_in, await handoffs.events(handoff.id)
            )
            detail = {"language": written_in}
            await handoffs.add_event(handoff.id, actor=staff.id, kind="replied", detail=detail)
            turn = StaffTurn(
                "replied",
                handoff.id,
                handoff.language,
                staff.id,
                handoff.owner_id,
                handoff.owner_id,
                owner=self._view(staff, handoff.language),
                text=text,
            )
            await self.effects.apply_event(session, handoff, turn)
            sent = say(staff.language, "replied", id=handoff_id)
            done = StaffResult(handoff_id, f"{sent}\n{note}" if note else sent)
            return await self._answered(session, done, answer_to)

    async def resolve(
        self,
        handoff_id: int,
        owner_id: str | None,
        resolution: str | None = None,
        *,
        answer_to: str | None = None,
    ) -> StaffResult:
        """Resolved: the follow-up question is scheduled."""
        staff = self.staff(owner_id)
        async with self.database.writing() as session:
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
            turn = StaffTurn(
                "resolved",
                handoff.id,
                handoff.language,
                staff.id,
                handoff.owner_id,
                handoff.owner_id,
                with_resolution=bool(resolution),
            )
            await self.effects.apply_event(session, handoff, turn)
            # A reply to this confirmation adds the resolution (recorded by message id on send).
            # A note given with the command is the resolution: asking for it again would not listen.
            key = "resolved_noted" if resolution else "resolved"
            text = say(staff.language, key, id=handoff_id)
            done = StaffResult(handoff_id, text, purpose=ADD_RESOLUTION)
            return await self._answered(session, done, answer_to)

    async def note(
        self, handoff_id: int, owner_id: str | None, text: str, *, answer_to: str | None = None
    ) -> StaffResult:
        """An internal note: never shown to the customer."""
        staff = self.staff(owner_id)
        async with self.database.writing() as session:
            handoff = await self._reachable(session, handoff_id, staff)
            await HandoffRepository(session).add_event(
                handoff_id, actor=staff.id, kind="note", detail={"text": text}
            )
            owner = handoff.owner_id
            turn = StaffTurn("noted", handoff.id, handoff.language, staff.id, owner, owner)
            await self.effects.apply_event(session, handoff, turn)
            done = StaffResult(handoff_id, say(staff.language, "noted", id=handoff_id))
            return await self._answered(session, done, answer_to)

    def reassign_choices(self, handoff_id: int, owner_id: str | None) -> list[dict[str, str]]:
        """Buttons for whom to pass it to (names as the asking staff member reads them)."""
        language = self.staff(owner_id).language
        return [
            button(o.name_in(language), REASSIGN_TO, handoff_id, o.id)
            for o in self.owners.owners.values()
        ]

    async def reassign(
        self,
        handoff_id: int,
        owner_id: str | None,
        new_owner_id: str,
        *,
        answer_to: str | None = None,
    ) -> StaffResult:
        """Pass it on with the full context; the customer is told the new owner's name."""
        staff = self.staff(owner_id)
        language = staff.language
        new_owner = self.owners.get(new_owner_id)
        async with self.database.writing() as session:
            if new_owner is None:
                nobody = StaffResult(handoff_id, say(language, "no_such_owner", owner=new_owner_id))
                return await self._answered(session, nobody, answer_to)
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
            turn = StaffTurn(
                "reassigned",
                handoff.id,
                handoff.language,
                staff.id,
                previous,
                new_owner.id,
                owner=self._view(new_owner, handoff.language),
                response_minutes=self.owners.response_minutes,
            )
            await self.effects.apply_event(session, handoff, turn)
            name = new_owner.name_in(language)
            done = StaffResult(handoff_id, say(language, "reassigned", id=handoff_id, owner=name))
            return await self._answered(session, done, answer_to)

    async def _answered(
        self, session: AsyncSession, result: StaffResult, answer_to: str | None
    ) -> StaffResult:
        """The action's confirmation, in its own transaction, to ``answer_to`` (owner or TEAM)."""
        if answer_to is not None:
            answer = StaffAnswer(answer_to, result.message, [result.handoff_id], result.purpose)
            await answer_staff(session, self.addresses, answer)
        return result

    # ---- lists ------------------------------------------------------------------------
    async def queue(self, owner_id: str | None, *, mine: bool) -> StaffList:
        """Open requests (all, or the caller's), one line each, in the caller's language."""
        staff = self.staff(owner_id)
        language = staff.language
        async with self.database.session() as session:
            handoffs = await HandoffRepository(session).list(
                statuses=("open", "claimed"), owner_id=staff.id if mine else None
            )
        if not handoffs:
            return StaffList(say(language, "queue_empty_mine" if mine else "queue_empty"), [])
        lines = [
            say(
                language,
                "queue_line",
                id=h.id,
                status=term(language, h.status),
                owner=self._owner_name(h.owner_id, language),
                topic=term(language, h.topic),
                language=term(language, h.language),
            )
            for h in handoffs
        ]
        return StaffList("\n".join(lines), [h.id for h in handoffs])

    @staticmethod
    def _view(owner: Owner, language: str) -> OwnerView:
        """The owner as a customer reading ``language`` may know them."""
        return owner.view_in(language)

    def _owner_name(self, owner_id: str | None, language: str) -> str:
        owner = self.owners.get(owner_id or "")
        return owner.name_in(language) if owner is not None else (owner_id or "")
