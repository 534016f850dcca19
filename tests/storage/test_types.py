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


def test_the_hot_writes_timestamp_text_is_sqlalchemys() -> None:
    """Round 32: ``storage.written`` binds a ``UTCDateTime`` on SQLite in one call; the text
    is the decorator's and SQLite DATETIME's, for any year, zone and microsecond."""
    import random

    from sqlalchemy.dialects import postgresql, sqlite

    from storage.types import UTCDateTime, fast_bind, utc_sqlite_text

    dialect = sqlite.dialect()
    theirs = UTCDateTime()._cached_bind_processor(dialect)
    assert theirs is not None and fast_bind(UTCDateTime(), dialect) is utc_sqlite_text
    rng = random.Random(32)
    for _ in range(20_000):
        zone = timezone(timedelta(minutes=rng.randint(-900, 900)))
        value = datetime(
            rng.randint(2, 9998), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
            rng.randint(0, 59), rng.randint(0, 59), rng.choice((0, 7, rng.randint(0, 999_999))),
            tzinfo=rng.choice((UTC, TEHRAN, zone)),
        )  # fmt: skip
        assert utc_sqlite_text(value) == theirs(value)
    assert utc_sqlite_text(None) is theirs(None) is None
    for process in (theirs, utc_sqlite_text):
        with pytest.raises(ValueError, match="naive datetime"):
            process(datetime(2026, 11, 25, 6, 0))
    # Anything else keeps SQLAlchemy's own processor.
    assert fast_bind(UTCDateTime(), postgresql.dialect()) is None  # type: ignore[no-untyped-call]
    assert fast_bind(UTCDateTime(timezone=False), dialect) is utc_sqlite_text
    assert fast_bind(sqlite.DATETIME(), dialect) is None  # type: ignore[no-untyped-call]


async def test_hot_writes_store_the_timestamps_the_orm_stores(database: Database) -> None:
    """A row written by the hot path and one by the ORM hold the same timestamp text."""
    from sqlalchemy import bindparam, text, update

    from storage.written import write

    at = datetime(2026, 11, 25, 9, 30, 0, 120, tzinfo=TEHRAN)
    by_id = Customer.id == bindparam("b_id")
    hot = update(Customer).where(by_id).values(blocked_at=bindparam("at"))
    async with database.writing() as session:
        first = await CustomerRepository(session).get_or_create("telegram", "80", chat_id=80)
    async with database.writing() as session:
        await write(session, hot, {"b_id": first.id, "at": at})
    async with database.session() as session, session.begin():
        session.add(Customer(channel="telegram", external_id="81", chat_id=81, blocked_at=at))
    async with database.session() as session:
        stored = (await session.execute(select(Customer).order_by(Customer.id))).scalars().all()
        if database.url.startswith("sqlite"):
            query = text("SELECT blocked_at FROM customers ORDER BY id")
            texts = [row[0] for row in (await session.execute(query)).all()]
            assert texts == ["2026-11-25 06:00:00.000120"] * 2
    assert [row.blocked_at for row in stored] == [at, at]
