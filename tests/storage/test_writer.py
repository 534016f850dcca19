"""SQLite's single writer: write transactions queue in-process, urgent ones first."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

from sqlalchemy import text

from storage.database import Database


async def test_writers_take_turns_urgent_first_and_a_cancelled_one_passes_on(
    tmp_path: Path,
) -> None:
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'w.db'}")
    await database.initialize()
    order: list[str] = []
    release = asyncio.Event()

    async def holder() -> None:
        async with database.writing() as session:
            await session.execute(text("CREATE TABLE t (name TEXT)"))
            await release.wait()
            order.append("holder")

    async def writer(name: str, urgent: bool) -> None:
        async with database.writing(urgent=urgent) as session:
            await session.execute(text("INSERT INTO t VALUES (:n)"), {"n": name})
            order.append(name)

    first = asyncio.create_task(holder())
    await asyncio.sleep(0)  # the holder has the lock
    turn = asyncio.create_task(writer("turn", urgent=False))
    doomed = asyncio.create_task(writer("doomed", urgent=True))
    outbox = asyncio.create_task(writer("outbox", urgent=True))
    for _ in range(5):
        await asyncio.sleep(0)  # all three are queued
    doomed.cancel()
    release.set()
    await asyncio.gather(first, turn, outbox)
    assert doomed.cancelled()
    assert order == ["holder", "outbox", "turn"]
    async with database.session() as session:
        rows = (await session.execute(text("SELECT name FROM t ORDER BY rowid"))).scalars()
        assert list(rows) == ["outbox", "turn"]
    await database.shutdown()


async def test_sqlite_statements_run_on_the_event_loop_thread(tmp_path: Path) -> None:
    """No aiosqlite worker thread: each call is made on the loop's own thread, and a write
    and a read still see each other's committed work."""
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'inline.db'}")
    await database.initialize()
    threads: list[int] = []
    try:
        async with database.writing() as session:
            connection = await session.connection()
            raw = await connection.get_raw_connection()
            sqlite = raw.driver_connection._conn  # type: ignore[union-attr]
            sqlite.create_function("whose", 0, lambda: threads.append(threading.get_ident()))
            await session.execute(text("CREATE TABLE t (n INTEGER)"))
            await session.execute(text("INSERT INTO t SELECT 1 WHERE whose() IS NULL"))
        async with database.session() as session:
            assert await session.scalar(text("SELECT count(*) FROM t")) == 1
    finally:
        await database.shutdown()
    assert threads == [threading.get_ident()]
    assert not [t for t in threading.enumerate() if "_connection_worker_thread" in t.name]
