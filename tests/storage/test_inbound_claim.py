"""Migration 0010 and the re-pick's claim: a stuck update is taken once per grace period,
and put aside once (both engines)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from alembic import command
from sqlalchemy import Connection, inspect
from sqlalchemy.ext.asyncio import create_async_engine

from storage.database import Database, alembic_config
from storage.repositories import InboundUpdateRepository

GRACE = timedelta(seconds=60)


def _migrate(connection: Connection, revision: str, *, down: bool = False) -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    (command.downgrade if down else command.upgrade)(config, revision)


def _columns(connection: Connection) -> set[str]:
    return {column["name"] for column in inspect(connection).get_columns("inbound_updates")}


async def test_migration_adds_picked_at_and_takes_it_away(database_url: str) -> None:
    engine = create_async_engine(database_url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(_migrate, "0009_outbox_partial_indexes")
            assert "picked_at" not in await connection.run_sync(_columns)
            await connection.run_sync(_migrate, "head")
            assert "picked_at" in await connection.run_sync(_columns)
            await connection.run_sync(_migrate, "0009_outbox_partial_indexes", down=True)
            assert "picked_at" not in await connection.run_sync(_columns)
    finally:
        await engine.dispose()


async def test_a_stuck_update_is_claimed_once_per_grace_period(database: Database) -> None:
    now = datetime.now(UTC)
    async with database.session() as session, session.begin():
        repository = InboundUpdateRepository(session)
        await repository.store(1, {"update_id": 1}, attempts=1)
        assert await repository.claim(1, now, now - GRACE) == 1  # its attempts so far
        # Another process's look within the grace period: not theirs to take.
        later = now + timedelta(seconds=5)
        assert await repository.claim(1, later, later - GRACE) is None
        # A grace period on, still unanswered: taken up again.
        after = now + GRACE + timedelta(seconds=1)
        assert await repository.claim(1, after, after - GRACE) == 1
        assert await repository.claim(2, after, after - GRACE) is None  # not stored


async def test_an_answered_or_dead_update_is_not_claimed_and_put_aside_once(
    database: Database,
) -> None:
    now = datetime.now(UTC)
    async with database.session() as session, session.begin():
        repository = InboundUpdateRepository(session)
        for update_id in (1, 2):
            await repository.store(update_id, {"update_id": update_id}, attempts=1)
        await repository.mark_processed([1])
        assert await repository.claim(1, now, now - GRACE) is None
        assert await repository.dead_letter(1, "answered meanwhile") is False
        assert await repository.dead_letter(2, "failed 4 times") is True
        assert await repository.dead_letter(2, "failed 4 times") is False  # told once
        assert await repository.claim(2, now, now - GRACE) is None
