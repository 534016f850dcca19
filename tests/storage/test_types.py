"""Timestamps come back aware and in UTC on SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from storage.database import Database
from storage.models import Customer, Handoff
from storage.repositories import CustomerRepository, HandoffRepository

TEHRAN = timezone(timedelta(hours=3, minutes=30))


async def test_timestamps_are_stored_in_utc_and_read_back_aware(database: Database) -> None:
    written = datetime(2026, 11, 25, 9, 30, tzinfo=TEHRAN)  # 06:00 UTC
    async with database.session() as session, session.begin():
        customer = await CustomerRepository(session).get_or_create("telegram", "77", chat_id=77)
        customer.blocked_at = written
    async with database.session() as session:
        row = (await session.execute(select(Customer))).scalar_one()
    assert row.blocked_at == written
    assert row.blocked_at is not None and row.blocked_at.utcoffset() == timedelta(0)
    assert (row.blocked_at.hour, row.blocked_at.minute) == (6, 0)
    assert row.created_at.tzinfo is not None  # a default, written by the model


async def test_due_queries_compare_across_zones(database: Database) -> None:
    async with database.session() as session, session.begin():
        customer = await CustomerRepository(session).get_or_create("telegram", "78", chat_id=78)
        handoff = Handoff(
            customer_id=customer.id,
            owner_id="sara",
            reason="owner",
            topic="delivery",
            language="fa",
            remind_at=datetime(2026, 11, 25, 9, 30, tzinfo=TEHRAN),
        )
        session.add(handoff)
    # 06:30 UTC is after 09:30 Tehran (06:00 UTC); 05:59 UTC is before it.
    async with database.session() as session:
        due = await HandoffRepository(session).due(datetime(2026, 11, 25, 6, 30, tzinfo=UTC))
        early = await HandoffRepository(session).due(datetime(2026, 11, 25, 5, 59, tzinfo=UTC))
    assert [h.id for h in due] == [handoff.id]
    assert early == []


async def test_naive_datetimes_are_refused(database: Database) -> None:
    with pytest.raises(Exception, match="naive datetime"):
        async with database.session() as session, session.begin():
            customer = await CustomerRepository(session).get_or_create("telegram", "79")
            customer.blocked_at = datetime(2026, 11, 25, 6, 0)
            await session.flush()
