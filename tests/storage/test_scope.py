"""SQLite sessions on the hot path close without handing the event loop to other work."""

from __future__ import annotations

import asyncio
from pathlib import Path

from sqlalchemy import inspect, text

from storage.database import Database
from storage.repositories import ConversationRepository, CustomerRepository


async def test_a_scope_closes_at_once_and_returns_its_connection(tmp_path: Path) -> None:
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 's.db'}")
    await database.initialize()
    held = database.engine.pool.checkedout()  # type: ignore[attr-defined]  # the writer's
    other: list[str] = []
    async with database.scope() as session:
        assert await session.scalar(text("SELECT 41 + 1")) == 42
        asyncio.get_running_loop().call_soon(other.append, "ran")
    # SQLAlchemy's own exit closes in a task of its own: the loop would have run "ran".
    assert other == []
    assert database.engine.pool.checkedout() == held  # type: ignore[attr-defined]
    await database.shutdown()


async def test_a_write_commits_and_closes_without_a_loop_turn(tmp_path: Path) -> None:
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'w.db'}")
    await database.initialize()
    held = database.engine.pool.checkedout()  # type: ignore[attr-defined]  # the writer's
    other: list[str] = []
    async with database.writing() as session:
        await session.execute(text("CREATE TABLE t (n INTEGER)"))
        await session.execute(text("INSERT INTO t VALUES (7)"))
        asyncio.get_running_loop().call_soon(other.append, "ran")
    assert other == []
    assert database.engine.pool.checkedout() == held  # type: ignore[attr-defined]
    async with database.scope() as session:
        assert await session.scalar(text("SELECT n FROM t")) == 7  # committed
    await database.shutdown()


async def test_a_scope_that_took_no_transaction_still_closes_its_session(tmp_path: Path) -> None:
    """Closed without a greenlet of its own when nothing is to be given back: what it
    read is detached, as after SQLAlchemy's own close."""
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'c.db'}")
    await database.initialize()
    try:
        async with database.writing() as session:
            await CustomerRepository(session).get_or_create("telegram", "7", chat_id=7)
        async with database.scope() as session:
            customer, _ = await ConversationRepository(session).heard("telegram", "7")
            assert customer is not None and inspect(customer).persistent
            assert not session.in_transaction()  # read on the autocommit reader
        assert inspect(customer).detached
        assert not session.sync_session.identity_map
    finally:
        await database.shutdown()
