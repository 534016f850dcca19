"""SQLite sessions on the hot path close without handing the event loop to other work."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from sqlalchemy import text

from storage.database import Database


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

    async def write() -> None:
        async with database.writing() as session:
            await session.execute(text("CREATE TABLE t (n INTEGER)"))
            await session.execute(text("INSERT INTO t VALUES (7)"))

    # Nothing else ready to run: the write begins, commits and closes without once
    # handing the loop over (with other work ready its COMMIT waits one pass, to be
    # shared: tests/storage/test_group_commit.py).
    step = write()
    with pytest.raises(StopIteration):
        step.send(None)
    assert database.engine.pool.checkedout() == held  # type: ignore[attr-defined]
    async with database.scope() as session:
        assert await session.scalar(text("SELECT n FROM t")) == 7  # committed
    await database.shutdown()
