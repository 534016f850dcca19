"""SQLite's group commit (``storage.sqlite_writer``): writes made in the same pass of the
event loop share one COMMIT, each returns only once it is committed, and a failing one
undoes only itself."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import text

from storage.database import Database
from storage.models import Customer


@pytest.fixture
async def sqlite(tmp_path: Path) -> AsyncIterator[Database]:
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'group.db'}")
    await database.initialize()
    async with database.writing() as session:
        await session.execute(text("CREATE TABLE t (name TEXT)"))
    try:
        yield database
    finally:
        await database.shutdown()


async def _names(database: Database) -> list[str]:
    async with database.scope() as session:  # the autocommit reader: committed rows only
        rows = await session.scalars(text("SELECT name FROM t ORDER BY rowid"))
        return list(rows)


def _count_commits(database: Database) -> list[str]:
    """Every COMMIT sqlite3 runs on the writer's connection (listeners hear a session's
    commit too, where ORM work joined)."""
    writer = database._inline_writer
    assert writer is not None
    commits: list[str] = []
    writer.raw.set_trace_callback(lambda sql: commits.append(sql) if sql == "COMMIT" else None)
    return commits


async def test_writes_in_one_pass_share_a_commit_and_return_committed(
    sqlite: Database,
) -> None:
    commits = _count_commits(sqlite)
    seen: dict[str, list[str]] = {}

    async def write(name: str) -> None:
        async with sqlite.writing() as session:
            await session.execute(text("INSERT INTO t VALUES (:n)"), {"n": name})
        seen[name] = await _names(sqlite)  # returned: committed, so another connection sees it

    await asyncio.gather(*(write(name) for name in ("a", "b", "c")))
    assert len(commits) == 1  # one COMMIT for the three
    assert all(name in seen[name] for name in ("a", "b", "c"))
    assert await _names(sqlite) == ["a", "b", "c"]


async def test_a_write_alone_commits_without_waiting_for_the_loop(sqlite: Database) -> None:
    async def write() -> None:
        async with sqlite.writing() as session:
            await session.execute(text("INSERT INTO t VALUES ('alone')"))

    step = write()
    with pytest.raises(StopIteration):  # ran to the end without suspending once
        step.send(None)
    assert await _names(sqlite) == ["alone"]


async def test_a_failing_write_undoes_only_itself(sqlite: Database) -> None:
    commits = _count_commits(sqlite)

    async def write(name: str, fail: bool = False) -> None:
        async with sqlite.writing() as session:
            await session.execute(text("INSERT INTO t VALUES (:n)"), {"n": name})
            session.add(Customer(channel="telegram", external_id=name, chat_id=1))
            await session.flush()  # ORM work in the shared transaction too
            if fail:
                raise RuntimeError("this write failed")

    results = await asyncio.gather(
        write("kept"), write("lost", fail=True), write("also kept"), return_exceptions=True
    )
    assert isinstance(results[1], RuntimeError)
    assert results[0] is None and results[2] is None
    assert len(commits) == 1
    assert await _names(sqlite) == ["kept", "also kept"]
    async with sqlite.scope() as session:
        customers = await session.scalars(text("SELECT external_id FROM customers"))
        assert sorted(customers) == ["also kept", "kept"]


async def test_a_group_whose_writes_all_fail_keeps_nothing(sqlite: Database) -> None:
    async def write(name: str) -> None:
        async with sqlite.writing() as session:
            await session.execute(text("INSERT INTO t VALUES (:n)"), {"n": name})
            raise RuntimeError(name)

    results = await asyncio.gather(write("x"), write("y"), return_exceptions=True)
    assert [str(r) for r in results] == ["x", "y"]
    assert await _names(sqlite) == []
    await test_a_write_alone_commits_without_waiting_for_the_loop(sqlite)  # goes on


async def test_a_write_cancelled_while_its_commit_waits_is_committed_first(
    sqlite: Database,
) -> None:
    at_cancel: list[str] = []

    async def write(name: str) -> None:
        try:
            async with sqlite.writing() as session:
                await session.execute(text("INSERT INTO t VALUES (:n)"), {"n": name})
        except asyncio.CancelledError:
            at_cancel.extend(await _names(sqlite))
            raise

    first = asyncio.create_task(write("first"))
    second = asyncio.create_task(write("second"))  # ready too: the COMMIT waits a pass
    await asyncio.sleep(0)  # both wrote; the shared COMMIT is due after this pass
    assert not first.done()
    first.cancel()
    with pytest.raises(asyncio.CancelledError):
        await first
    await second
    assert at_cancel == ["first", "second"]  # cancelled only once its write was committed
