"""SQLite's single writer: write transactions queue in-process, urgent ones first."""

from __future__ import annotations

import asyncio
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
