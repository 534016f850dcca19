"""Every dead letter tells a person: one way to put an update aside, for all three paths.

Three places put an update aside: the gate (``Intake.failed``: ``MAX_ATTEMPTS`` failed
starts in one process), the start's replay (``Intake.replayable``: ``MAX_REPLAYS`` turns cut
short by restarts, or a payload the installed PTB cannot read) and the re-pick's give-up
(``bot.telegram.repick``). Only the last told anyone (Round 19); the others left a customer
unanswered with nobody knowing. Each now calls ``PutAside.put`` in the transaction that puts
the update aside. Only when ``dead_letter`` really put it aside (neither answered nor put
aside already), so once per dead letter: a private chat's customer gets ``kept_for_later``
and their owner one staff notice (``bot.dead_letters.hand_to_owner``), both through the
outbox. An update that cannot be read, or is not a customer's message (a button, a group's
post), has no chat or words we can trust: staff hear only that it was put aside, its id and
time (the team chat, else the default owner).

Round 24: those notices are summed, at most one a window per source
(``bot.dead_letters.hand_to_owner``), so a burst is not a flood; a customer hears
``kept_for_later`` with their source's first notice of a window, not once per message; an
update the intake cannot read is counted in the intake's own write (``unreadable``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ExtBot

from bot.dead_letters import WINDOW, DeadLetter, hand_to_owner
from bot.handoffs import HandoffDesk
from bot.privacy import text
from bot.telegram.convert import CHANNEL
from bot.telegram.reading import parse, report_dead
from dialogues.languages import Language, first_supported
from storage.models import InboundUpdate
from storage.repositories import CustomerRepository, InboundUpdateRepository, OutboxRepository


@dataclass
class PutAside:
    """What putting an update aside needs: the bot (to read it), the desk (whom to tell)."""

    bot: ExtBot[Any]
    desk: HandoffDesk
    default_language: Language
    notify: Callable[[], None]  # wakes the outbox sender, after the caller's commit
    window: timedelta = WINDOW  # at most one staff notice a window per source
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))

    async def unreadable(self, session: AsyncSession, update_id: int) -> bool:
        """Count an update the intake stored put aside (unreadable) into the team's summed
        notice, in the intake's transaction. True when staff can be told (notify after it)."""
        now = self.clock()
        letter = DeadLetter(update_id, None, "", self.desk.team_language, now, "")
        told = await hand_to_owner(session, self.desk, letter, None, now=now, window=self.window)
        return told is not None

    async def put(
        self, session: AsyncSession, stored: InboundUpdate, reason: str, update: Update | None
    ) -> bool:
        """Put ``stored`` aside in ``session``'s transaction; tell its customer and a person
        once. True when something was queued (the caller calls ``notify`` after commit)."""
        if not await InboundUpdateRepository(session).dead_letter(stored.update_id, reason):
            return False  # answered or put aside meanwhile: told already, or nothing to tell
        report_dead(stored.update_id, reason)
        if update is None:
            update, _ = parse(stored.payload, self.bot)
        message = (update.message or update.edited_message) if update is not None else None
        user = message.from_user if message is not None else None
        staff = {owner.telegram_id for owner in self.desk.owners.owners.values()}
        if (
            message is None
            or user is None
            or message.chat.type != ChatType.PRIVATE
            or user.id in staff  # a staff member's reply: no customer to tell "kept"
        ):
            unread = DeadLetter(
                stored.update_id, None, "", self.desk.team_language, stored.received_at, ""
            )
            await hand_to_owner(
                session, self.desk, unread, None, now=self.clock(), window=self.window
            )
            return True  # queued or summed: a wake-up costs nothing
        customer = await CustomerRepository(session).get_by_external(CHANNEL, str(user.id))
        known = customer.language if customer is not None else None
        language = first_supported((known, user.language_code), self.default_language)
        letter = DeadLetter(
            update_id=stored.update_id,
            chat_id=message.chat.id,
            name=user.full_name,
            language=language,
            received_at=stored.received_at,
            words=message.text or message.caption or "",
        )
        first = await hand_to_owner(
            session, self.desk, letter, customer, now=self.clock(), window=self.window
        )
        if first is not False:  # the first of this customer's window, or no staff to tell
            await OutboxRepository(session).enqueue(
                message.chat.id,
                text(language, "kept_for_later"),
                customer_id=customer.id if customer is not None else None,
            )
        return True
