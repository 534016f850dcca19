"""SQLite's COMMIT runs beside the event loop, never in its way, and is never cut short.

The COMMIT writes the transaction's pages to the WAL; on a loaded disk that took up to
~30 ms, during which no other customer's turn could run. It now runs on the writer's own
thread while the writer lock stays held.
"""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

import pytest

from storage.database import Database
from storage.repositories import OutboxRepository
from storage.sqlite_writer import InlineWriter

CHAT = 7
SLOW = 0.3  # seconds a COMMIT is made to take here


def slow_commits(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Each COMMIT takes SLOW seconds (as a throttled disk makes it); the threads it ran on."""
    threads: list[int] = []
    run = InlineWriter._run

    def slow(self: InlineWriter, statement: str) -> None:
        if statement == "COMMIT":
            threads.append(threading.get_ident())
            time.sleep(SLOW)
        run(self, statement)

    monkeypatch.setattr(InlineWriter, "_run", slow)
    return threads


async def opened(tmp_path: Path) -> Database:
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'c.db'}")
    await database.initialize()
    return database


async def write(database: Database, name: str) -> None:
    """A hot write (the outbox's insert: straight on the writer's connection)."""
    async with database.writing() as session:
        await OutboxRepository(session).enqueue(CHAT, name)


async def names(database: Database) -> list[str]:
    async with database.session() as session:
        return [r.text or "" for r in await OutboxRepository(session).for_chat(CHAT)]


async def test_the_loop_runs_other_work_while_a_commit_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = await opened(tmp_path)
    threads = slow_commits(monkeypatch)
    ticks = 0

    async def other_customer() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0.01)

    other = asyncio.create_task(other_customer())
    await asyncio.sleep(0)
    try:
        async with database.writing() as session:
            await OutboxRepository(session).enqueue(CHAT, "a")
            ticks = 0
        assert ticks >= 3  # the loop went on during the COMMIT's SLOW seconds
    finally:
        other.cancel()
    assert threads and threading.get_ident() not in threads
    assert await names(database) == ["a"]
    await database.shutdown()


async def test_a_writer_cancelled_during_its_commit_is_committed_then_cancelled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = await opened(tmp_path)
    threads = slow_commits(monkeypatch)

    doomed = asyncio.create_task(write(database, "kept"))
    for _ in range(1000):  # until its COMMIT has started (a bound, not a measured time)
        if threads:
            break
        await asyncio.sleep(0.01)
    doomed.cancel()
    with pytest.raises(asyncio.CancelledError):
        await doomed
    await write(database, "next")  # the writer is free and its connection outside a transaction
    assert await names(database) == ["kept", "next"]
    await database.shutdown()
