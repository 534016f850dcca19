"""Telegram updates as received: stored once, processed once."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from storage.models import InboundUpdate, utcnow
from storage.repositories.base import Repository


class InboundUpdateRepository(Repository):
    """Durable intake, idempotent on ``update_id``."""

    async def store(self, update_id: int, payload: dict[str, Any]) -> bool:
        """Store an update; False when it was already stored (a duplicate delivery)."""
        dialect = self.session.get_bind().dialect.name
        insert = pg_insert if dialect == "postgresql" else sqlite_insert
        statement = (
            insert(InboundUpdate)
            .values(update_id=update_id, payload=payload, received_at=utcnow())
            .on_conflict_do_nothing(index_elements=["update_id"])
        )
        result = await self.session.execute(statement)
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def get(self, update_id: int) -> InboundUpdate | None:
        """An update by id."""
        return await self.session.get(InboundUpdate, update_id)

    async def unprocessed(self) -> Sequence[InboundUpdate]:
        """Stored but not yet answered, in arrival order (replayed after a crash)."""
        query = (
            select(InboundUpdate)
            .where(InboundUpdate.processed_at.is_(None))
            .order_by(InboundUpdate.update_id)
        )
        return (await self.session.execute(query)).scalars().all()

    async def mark_processed(self, update_ids: Sequence[int]) -> None:
        """These updates have been answered (in the answering transaction)."""
        if update_ids:
            await self.session.execute(
                update(InboundUpdate)
                .where(InboundUpdate.update_id.in_(list(update_ids)))
                .values(processed_at=utcnow())
            )
