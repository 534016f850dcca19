"""Telegram updates as received: stored once, processed once, or put aside as dead letters."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from storage.models import InboundUpdate, utcnow
from storage.repositories.base import Repository
from storage.written import write

REASON_LENGTH = 200  # the column's size
_TABLE = cast(Table, InboundUpdate.__table__)
# Built once per dialect (values come as parameters): no statement built and keyed per call.
_STORE = {
    "postgresql": pg_insert(_TABLE).on_conflict_do_nothing(index_elements=["update_id"]),
    "sqlite": sqlite_insert(_TABLE).on_conflict_do_nothing(index_elements=["update_id"]),
}
_PROCESSED = (
    update(_TABLE)
    .where(_TABLE.c.update_id.in_(bindparam("ids", expanding=True)))
    .values(processed_at=bindparam("now", type_=_TABLE.c.processed_at.type))
)

_PROCESSED_ONE = (
    update(_TABLE)
    .where(_TABLE.c.update_id == bindparam("id"))
    .values(processed_at=bindparam("now", type_=_TABLE.c.processed_at.type))
)


class InboundUpdateRepository(Repository):
    """Durable intake, idempotent on ``update_id``."""

    async def store(
        self,
        update_id: int,
        payload: dict[str, Any],
        *,
        dead_reason: str | None = None,
        attempts: int = 0,
    ) -> bool:
        """Store an update (dead-lettered when a reason is given); False for a duplicate."""
        dialect = self.session.get_bind().dialect.name
        now = utcnow()
        values = {
            "update_id": update_id,
            "payload": payload,
            "received_at": now,
            "attempts": attempts,
            "dead_at": now if dead_reason is not None else None,
            "dead_reason": dead_reason[:REASON_LENGTH] if dead_reason is not None else None,
        }
        # Core: no ORM insert pass.
        statement = _STORE["postgresql" if dialect == "postgresql" else "sqlite"]
        return bool((await write(self.session, statement, values)).rowcount)

    async def get(self, update_id: int) -> InboundUpdate | None:
        """An update by id."""
        return await self.session.get(InboundUpdate, update_id)

    async def unprocessed(self) -> Sequence[InboundUpdate]:
        """Stored, not answered and not put aside, in arrival order (replayed after a crash)."""
        query = (
            select(InboundUpdate)
            .where(InboundUpdate.processed_at.is_(None), InboundUpdate.dead_at.is_(None))
            .order_by(InboundUpdate.update_id)
        )
        return (await self.session.execute(query)).scalars().all()

    async def unanswered_since(self, before: datetime, limit: int = 100) -> Sequence[InboundUpdate]:
        """Stored before ``before``, still not answered nor put aside, oldest first: what an
        outage left behind for a running process to take up again."""
        query = (
            select(InboundUpdate)
            .where(
                InboundUpdate.processed_at.is_(None),
                InboundUpdate.dead_at.is_(None),
                InboundUpdate.received_at < before,
                # Claimed by some process within the grace period: not stuck for us.
                or_(InboundUpdate.picked_at.is_(None), InboundUpdate.picked_at < before),
            )
            .order_by(InboundUpdate.update_id)
            .limit(limit)
        )
        return (await self.session.execute(query)).scalars().all()

    async def claim(self, update_id: int, now: datetime, before: datetime) -> int | None:
        """Take up a stuck update: its attempts so far, or None when it is not ours to take
        (answered, put aside, or claimed since ``before`` by another process).

        One conditional UPDATE: on PostgreSQL a second process's claim waits for the first
        one's row lock, then sees ``picked_at`` set and takes nothing; SQLite has one writer.
        The attempt itself is counted by the caller (``count_attempt``), in this transaction,
        only when the update is handled again, so a give-up counts none.
        """
        statement = (
            update(InboundUpdate)
            .where(
                InboundUpdate.update_id == update_id,
                InboundUpdate.processed_at.is_(None),
                InboundUpdate.dead_at.is_(None),
                or_(InboundUpdate.picked_at.is_(None), InboundUpdate.picked_at < before),
            )
            .values(picked_at=now)
            .returning(InboundUpdate.attempts)
        )
        attempts = (await self.session.execute(statement)).scalar_one_or_none()
        return None if attempts is None else int(attempts)

    async def mark_picked(self, update_ids: Sequence[int], now: datetime) -> None:
        """These updates were taken up (the replay at start): claimed for a grace period."""
        if update_ids:
            await self.session.execute(
                update(InboundUpdate)
                .where(InboundUpdate.update_id.in_(list(update_ids)))
                .values(picked_at=now)
            )

    async def mark_processed(self, update_ids: Sequence[int]) -> None:
        """These updates have been answered (in the answering transaction)."""
        if update_ids:
            # The Core table: no ORM bulk-update pass (a turn's hot path). One update (the
            # usual burst) needs no list to expand, so it takes the compiled-once path.
            if len(update_ids) == 1:
                parameters = {"id": update_ids[0], "now": utcnow()}
                await write(self.session, _PROCESSED_ONE, parameters)
            else:
                parameters = {"ids": list(update_ids), "now": utcnow()}
                await self.session.execute(_PROCESSED, parameters)

    async def answered(self, update_ids: Sequence[int]) -> set[int]:
        """Which of these updates have been answered already."""
        query = select(InboundUpdate.update_id).where(
            InboundUpdate.update_id.in_(list(update_ids)), InboundUpdate.processed_at.is_not(None)
        )
        return set((await self.session.execute(query)).scalars().all())

    async def prune(self, before: datetime) -> int:
        """Forget updates answered before ``before`` (dead letters stay); how many."""
        result = await self.session.execute(
            delete(InboundUpdate).where(
                InboundUpdate.processed_at < before, InboundUpdate.dead_at.is_(None)
            )
        )
        return int(result.rowcount)  # type: ignore[attr-defined]

    async def count_attempt(self, update_id: int, step: int = 1) -> int:
        """One more attempt at handling this update (``step`` -1 takes one back, never below
        0); how many there have been (0: not stored)."""

        await self.session.execute(
            update(InboundUpdate)
            .where(InboundUpdate.update_id == update_id, InboundUpdate.attempts + step >= 0)
            .values(attempts=InboundUpdate.attempts + step)
        )
        attempts = await self.session.scalar(
            select(InboundUpdate.attempts).where(InboundUpdate.update_id == update_id)
        )
        return int(attempts or 0)

    async def count_attempts(self, update_ids: Sequence[int], step: int = 1) -> None:
        """``count_attempt`` for many updates in one statement (nothing read back)."""
        if update_ids:
            await self.session.execute(
                update(InboundUpdate)
                .where(
                    InboundUpdate.update_id.in_(list(update_ids)),
                    InboundUpdate.attempts + step >= 0,
                )
                .values(attempts=InboundUpdate.attempts + step)
            )

    async def dead_letter(self, update_id: int, reason: str) -> bool:
        """Put an update aside: it is kept for people to look at, never replayed. False when
        it was answered or put aside already (whoever tells anyone about it does so once)."""
        result = await self.session.execute(
            update(InboundUpdate)
            .where(
                InboundUpdate.update_id == update_id,
                InboundUpdate.processed_at.is_(None),
                InboundUpdate.dead_at.is_(None),
            )
            .values(dead_at=utcnow(), dead_reason=reason[:REASON_LENGTH])
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def dead_letters(self) -> Sequence[InboundUpdate]:
        """Every update put aside, oldest first."""
        query = (
            select(InboundUpdate)
            .where(InboundUpdate.dead_at.is_not(None))
            .order_by(InboundUpdate.update_id)
        )
        return (await self.session.execute(query)).scalars().all()

    async def dead_count(self) -> int:
        """How many updates are put aside."""
        query = select(func.count()).select_from(InboundUpdate)
        return int(await self.session.scalar(query.where(InboundUpdate.dead_at.is_not(None))) or 0)
