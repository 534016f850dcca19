"""Handoffs to human owners, and their audit trail."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, or_, select, update

from storage.models import Handoff, HandoffEvent, utcnow
from storage.repositories.base import Repository
from storage.written import insert_row, persist

OPEN_STATUSES = ("open", "claimed")
# Every column but the id, unset: a new handoff's insert names them all (the compiled-once
# statement) and its object then holds each, so reading one never loads the row again.
_UNSET = {column.key: None for column in cast(Table, Handoff.__table__).c if column.key != "id"}


class HandoffRepository(Repository):
    """Handoffs and their events."""

    async def create(self, **fields: Any) -> Handoff:
        """A new open handoff: a Core insert with the model's defaults, not ``session.add``
        and a flush (a unit-of-work pass, ~0.3 ms of a handoff's turn); persistent and
        clean afterwards, as if read, so a later change is an ordinary update."""
        values: dict[str, Any] = {
            **_UNSET,
            "sentiment": "neutral",
            "reflection": "",
            "quotes": [],
            "created_at": utcnow(),
            **fields,
            "status": "open",
        }
        return persist(self.session, await insert_row(self.session, Handoff, values))

    async def get(self, handoff_id: int) -> Handoff | None:
        """A handoff by id."""
        return await self.session.get(Handoff, handoff_id)

    async def open_for_customer(self, customer_id: int) -> Handoff | None:
        """The customer's handoff that a person is working on, if any."""
        query = (
            select(Handoff)
            .where(Handoff.customer_id == customer_id, Handoff.status.in_(OPEN_STATUSES))
            .order_by(Handoff.id.desc())
        )
        return (await self.session.execute(query)).scalars().first()

    async def staff_thread(self, handoff_id: int) -> int | None:
        """The forum topic recorded for this request, read fresh (no cached row)."""
        query = select(Handoff.staff_thread_id).where(Handoff.id == handoff_id)
        return (await self.session.execute(query)).scalar_one_or_none()

    async def record_staff_thread(self, handoff_id: int, thread_id: int) -> bool:
        """Record the request's forum topic unless one is recorded already; whether it was."""
        query = (
            update(Handoff)
            .where(Handoff.id == handoff_id, Handoff.staff_thread_id.is_(None))
            .values(staff_thread_id=thread_id)
            .execution_options(synchronize_session=False)
        )
        result = await self.session.execute(query)
        return bool(getattr(result, "rowcount", 0))

    async def by_staff_thread(self, thread_id: int) -> Handoff | None:
        """The request whose forum topic this is."""
        query = select(Handoff).where(Handoff.staff_thread_id == thread_id)
        return (await self.session.execute(query)).scalars().first()

    async def latest_for_customer(self, customer_id: int) -> Handoff | None:
        """The customer's most recent handoff, in any status."""
        query = (
            select(Handoff).where(Handoff.customer_id == customer_id).order_by(Handoff.id.desc())
        )
        return (await self.session.execute(query)).scalars().first()

    async def list(
        self, *, statuses: Sequence[str] | None = None, owner_id: str | None = None
    ) -> Sequence[Handoff]:
        """Handoffs, oldest first, optionally by status and owner."""
        query = select(Handoff).order_by(Handoff.id)
        if statuses:
            query = query.where(Handoff.status.in_(list(statuses)))
        if owner_id:
            query = query.where(Handoff.owner_id == owner_id)
        return (await self.session.execute(query)).scalars().all()

    async def due(self, now: datetime) -> Sequence[Handoff]:
        """Handoffs with a reminder, escalation or follow-up due at ``now``."""
        query = (
            select(Handoff)
            .where(
                or_(
                    Handoff.remind_at <= now,
                    Handoff.escalate_at <= now,
                    Handoff.followup_at <= now,
                )
            )
            .order_by(Handoff.id)
        )
        return (await self.session.execute(query)).scalars().all()

    async def add_event(
        self, handoff_id: int, *, actor: str, kind: str, detail: dict[str, Any] | None = None
    ) -> HandoffEvent:
        """Record what happened, when and by whom."""
        values = {
            "handoff_id": handoff_id,
            "at": utcnow(),
            "actor": actor,
            "kind": kind,
            "detail": detail or {},
        }
        return await insert_row(self.session, HandoffEvent, values)  # no flush

    async def events(self, handoff_id: int) -> Sequence[HandoffEvent]:
        """A handoff's audit trail, oldest first."""
        query = (
            select(HandoffEvent)
            .where(HandoffEvent.handoff_id == handoff_id)
            .order_by(HandoffEvent.id)
        )
        return (await self.session.execute(query)).scalars().all()

    async def all(self) -> Sequence[Handoff]:
        """Every handoff (for export)."""
        return await self.list()
