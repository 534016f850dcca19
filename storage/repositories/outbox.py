"""The outbox: messages decided on, waiting to be delivered."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update

from storage.models import OutboxMessage, utcnow
from storage.repositories.base import Repository


class OutboxRepository(Repository):
    """Rows to send, in order per chat."""

    async def enqueue(
        self,
        chat_id: int,
        text: str | None,
        *,
        customer_id: int | None = None,
        buttons: list[Any] | None = None,
        kind: str = "message",
        extra: dict[str, Any] | None = None,
    ) -> OutboxMessage:
        """Queue a message; delivered after the surrounding transaction commits."""
        row = OutboxMessage(
            chat_id=chat_id,
            text=text,
            customer_id=customer_id,
            buttons=buttons,
            kind=kind,
            extra=extra,
            next_attempt_at=utcnow(),
        )
        self.session.add(row)
        await self.session.flush()
        return row

    async def pending(self, limit: int = 500) -> Sequence[OutboxMessage]:
        """Rows not yet delivered, oldest first."""
        query = (
            select(OutboxMessage)
            .where(OutboxMessage.status == "pending")
            .order_by(OutboxMessage.id)
            .limit(limit)
        )
        return (await self.session.execute(query)).scalars().all()

    async def mark_sent(self, row_id: int, channel_message_id: int | None) -> None:
        """Delivered."""
        await self.session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == row_id)
            .values(
                status="sent",
                sent_at=utcnow(),
                channel_message_id=channel_message_id,
                attempts=OutboxMessage.attempts + 1,
            )
        )

    async def reschedule(
        self, row_id: int, at: datetime, error: str, *, count_attempt: bool = True
    ) -> None:
        """Try again at ``at``."""
        values: dict[str, Any] = {"next_attempt_at": at, "last_error": error[:500]}
        if count_attempt:
            values["attempts"] = OutboxMessage.attempts + 1
        await self.session.execute(
            update(OutboxMessage).where(OutboxMessage.id == row_id).values(**values)
        )

    async def mark_failed(self, row_id: int, error: str) -> None:
        """Given up on: Telegram refused it for good."""
        await self.session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == row_id)
            .values(status="failed", last_error=error[:500], attempts=OutboxMessage.attempts + 1)
        )

    async def mark_blocked_for_chat(self, chat_id: int) -> None:
        """The customer blocked the bot: nothing pending for them is sent."""
        await self.session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.chat_id == chat_id, OutboxMessage.status == "pending")
            .values(status="blocked")
        )

    async def pending_count(self) -> int:
        """How many rows wait (a metric)."""
        query = select(func.count()).where(OutboxMessage.status == "pending")
        return int((await self.session.execute(query)).scalar_one())

    async def for_chat(self, chat_id: int) -> Sequence[OutboxMessage]:
        """Every row for a chat, oldest first."""
        query = (
            select(OutboxMessage).where(OutboxMessage.chat_id == chat_id).order_by(OutboxMessage.id)
        )
        return (await self.session.execute(query)).scalars().all()
