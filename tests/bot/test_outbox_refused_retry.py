"""A failed send whose retry write the database refuses is written again, not left 'sending'.

A send that failed (a network error) is put back with a later ``next_attempt_at`` in its own
write. When that write met the server's "not now" (a full PostgreSQL, a pool that stayed full)
the error went up to the settler, which only logged it: the row stayed 'sending', so the
chat's next replies waited behind it until a restart turned it 'uncertain' (never sent). Like
the marks of what went out, the retry's write is made again; and one failure's write that
fails for good no longer leaves the other failures of the same settle unwritten.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import exc

from bot.errors import TransportError
from bot.outbox import NO_LIMITS, OutboxSender
from storage import transient
from storage.database import Database
from storage.models import OutboxMessage
from storage.repositories import OutboxRepository


class FailsOnce:
    """A transport whose first send of each listed text fails with a network error."""

    def __init__(self, *texts: str) -> None:
        self.fail = set(texts)
        self.sent: list[tuple[int, str]] = []

    async def deliver(self, row: OutboxMessage) -> int | None:
        text = row.text or ""
        if text in self.fail:
            self.fail.discard(text)
            raise TransportError("network: connection reset")
        self.sent.append((int(row.chat_id), text))
        return len(self.sent)


async def outbox_with(tmp_path: Path, rows: list[tuple[int, str]]) -> Database:
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'o.db'}")
    await database.initialize()
    async with database.writing() as session:
        for chat, text in rows:
            await OutboxRepository(session).enqueue(chat, text)
    return database


def refuse(monkeypatch: pytest.MonkeyPatch, times: int) -> list[int]:
    """The retry's write is refused ``times`` times as a full pool refuses it."""
    refused: list[int] = []
    reschedule = OutboxSender._reschedule

    async def refused_then(
        self: OutboxSender, run: list[OutboxMessage], *args: Any, **kwargs: Any
    ) -> None:
        if len(refused) < times:
            refused.append(run[0].id)
            raise exc.TimeoutError("QueuePool limit reached")  # transient: nothing ran
        await reschedule(self, run, *args, **kwargs)

    monkeypatch.setattr(OutboxSender, "_reschedule", refused_then)
    monkeypatch.setattr(transient, "BACKOFF", (0.01, 0.01, 0.01))
    return refused


async def statuses(database: Database, chat: int) -> list[str]:
    async with database.session() as session:
        return [r.status for r in await OutboxRepository(session).for_chat(chat)]


async def test_a_retry_write_refused_once_is_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = await outbox_with(tmp_path, [(1, "first"), (1, "second")])
    refused = refuse(monkeypatch, 1)
    transport = FailsOnce("first")
    sender = OutboxSender(database, transport, NO_LIMITS)
    await sender.flush(max_wait=10.0)
    assert refused  # the write was refused once
    assert transport.sent == [(1, "first"), (1, "second")]  # retried, in order
    assert await statuses(database, 1) == ["sent", "sent"]
    await database.shutdown()


async def test_the_background_sender_retries_after_a_refused_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = await outbox_with(tmp_path, [(1, "first"), (1, "second")])
    refuse(monkeypatch, 1)
    transport = FailsOnce("first")
    sender = OutboxSender(database, transport, NO_LIMITS)
    await sender.initialize()
    try:
        deadline = time.monotonic() + 20.0  # a bound, never a measured time
        while len(transport.sent) < 2 and time.monotonic() < deadline:
            sender.notify()
            await asyncio.sleep(0.05)
    finally:
        await sender.shutdown()
    assert transport.sent == [(1, "first"), (1, "second")]
    assert await statuses(database, 1) == ["sent", "sent"]
    await database.shutdown()


async def test_one_failure_written_for_good_does_not_strand_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = await outbox_with(tmp_path, [(1, "to one"), (2, "to two")])
    refused = refuse(monkeypatch, 4)  # the first failure's write: refused past every retry
    transport = FailsOnce("to one", "to two")
    sender = OutboxSender(database, transport, NO_LIMITS)
    await sender.flush(max_wait=3.0)
    assert len(set(refused)) == 1  # only the first failure's write was given up
    chats = {1: await statuses(database, 1), 2: await statuses(database, 2)}
    stranded = [chat for chat, s in chats.items() if s == ["sending"]]
    assert len(stranded) == 1, chats  # that one row waits for reconcile, as before
    other = 3 - stranded[0]
    assert chats[other] == ["sent"], chats  # the other failure was rescheduled and went out
    await database.shutdown()
