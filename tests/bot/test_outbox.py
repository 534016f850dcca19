"""The outbox sender: order per chat, Telegram's rate limits, retry_after, blocked users."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

from bot.outbox import Limits, OutboxSender, RetryLater
from bot.text import split_text
from dialogues.errors import CustomerBlockedError
from storage.database import Database
from storage.models import OutboxMessage
from storage.repositories import OutboxRepository


class Recorder:
    """A transport that remembers when it sent what, and fails on demand."""

    def __init__(self) -> None:
        self.sent: list[tuple[int, str, float]] = []
        self.fail: dict[str, Exception] = {}

    async def deliver(self, row: OutboxMessage) -> int | None:
        error = self.fail.pop(row.text or "", None)
        if error is not None:
            raise error
        self.sent.append((row.chat_id, row.text or "", time.monotonic()))
        return len(self.sent)


async def outbox_with(tmp_path: Path, rows: list[tuple[int, str]]) -> Database:
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'o.db'}")
    await database.initialize()
    async with database.session() as session, session.begin():
        for chat, text in rows:
            await OutboxRepository(session).enqueue(chat, text)
    return database


async def test_one_message_a_second_per_chat_in_order(tmp_path: Path) -> None:
    database = await outbox_with(tmp_path, [(1, "a"), (1, "b"), (2, "x"), (1, "c")])
    recorder = Recorder()
    sender = OutboxSender(database, recorder, Limits(private_interval=0.5))
    assert await sender.flush() == 4
    to_one = [(text, at) for chat, text, at in recorder.sent if chat == 1]
    assert [t for t, _ in to_one] == ["a", "b", "c"]
    gaps = [b - a for (_, a), (_, b) in itertools.pairwise(to_one)]
    assert all(gap >= 0.45 for gap in gaps), gaps
    assert [t for c, t, _ in recorder.sent if c == 2] == ["x"]  # other chats don't wait
    await database.shutdown()


async def test_retry_after_then_delivered_in_order(tmp_path: Path) -> None:
    database = await outbox_with(tmp_path, [(1, "first"), (1, "second")])
    recorder = Recorder()
    recorder.fail["first"] = RetryLater(0.3)
    sender = OutboxSender(database, recorder, Limits(private_interval=0.0))
    started = time.monotonic()
    await sender.flush()
    assert [t for _, t, _ in recorder.sent] == ["first", "second"]
    assert recorder.sent[0][2] - started >= 0.25
    await database.shutdown()


async def test_blocked_customer_is_not_retried(tmp_path: Path) -> None:
    database = await outbox_with(tmp_path, [(3, "hello"), (3, "again")])
    recorder = Recorder()
    recorder.fail["hello"] = CustomerBlockedError("Forbidden: bot was blocked by the user")
    await OutboxSender(database, recorder, Limits(private_interval=0.0)).flush()
    assert recorder.sent == []
    async with database.session() as session:
        assert {r.status for r in await OutboxRepository(session).for_chat(3)} == {"blocked"}
    await database.shutdown()


def test_long_text_is_split_under_telegrams_limit() -> None:
    text = ("word " * 2000).strip()
    parts = split_text(text)
    assert len(parts) == 3 and all(len(p) <= 4096 for p in parts)
    assert " ".join(parts) == text
