"""Which request, and which action, each message sent to staff stands for."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select

from storage.models import OutboxMessage, StaffMessage, utcnow
from storage.repositories.base import Repository
from storage.written import insert_row


def about(handoff_ids: Iterable[int], purpose: str) -> dict[str, Any]:
    """An outbox row's ``extra`` saying which requests it is about and what a reply does."""
    return {"handoffs": [int(i) for i in handoff_ids], "purpose": purpose}


class StaffMessageRepository(Repository):
    """The map from a staff chat's message ids to requests and purposes."""

    async def add(self, chat_id: int, message_id: int, handoff_id: int, purpose: str) -> None:
        """Record that ``message_id`` in ``chat_id`` stands for ``handoff_id`` and ``purpose``."""
        values = {
            "chat_id": chat_id,
            "message_id": message_id,
            "handoff_id": handoff_id,
            "purpose": purpose,
            "created_at": utcnow(),
        }
        await insert_row(self.session, StaffMessage, values)  # every staff send: no flush

    async def record_sent(
        self, rows: Sequence[OutboxMessage], channel_message_id: int | None
    ) -> None:
        """After a send: the message stands for every request its rows were about.

        A combined staff message carries several rows, so its one id maps to each request
        in it (a reply to it then asks which one is meant).
        """
        if channel_message_id is None:
            return
        seen: set[tuple[int, str]] = set()
        for row in rows:
            extra = row.extra or {}
            purpose = extra.get("purpose")
            for handoff_id in extra.get("handoffs") or []:
                if purpose and (int(handoff_id), purpose) not in seen:
                    seen.add((int(handoff_id), purpose))
                    await self.add(int(row.chat_id), channel_message_id, int(handoff_id), purpose)

    async def lookup(self, chat_id: int, message_id: int) -> list[tuple[int, str]]:
        """(request id, purpose) pairs the message stands for; empty when it is none of ours."""
        query = (
            select(StaffMessage.handoff_id, StaffMessage.purpose)
            .where(StaffMessage.chat_id == chat_id, StaffMessage.message_id == message_id)
            .order_by(StaffMessage.id)
        )
        return [(int(h), str(p)) for h, p in (await self.session.execute(query)).all()]
