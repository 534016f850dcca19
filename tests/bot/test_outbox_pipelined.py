"""The background sender never waits for one chat's send before sending to the others.

On both backends: while a send to one chat hangs (a slow Telegram call), rows for other
chats are claimed and delivered, and that chat's next row waits for its first (in order).
On PostgreSQL each process claims under FOR UPDATE SKIP LOCKED and skips chats with a row
'sending', so the same holds across processes.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from bot.outbox import NO_LIMITS, OutboxSender
from storage.database import Database
from storage.models import OutboxMessage
from storage.repositories import OutboxRepository

HELD, OTHER = 41, 42
BOUND = 30.0  # seconds: a bound on waiting for what must happen, never a measured time


class HeldChat:
    """A transport whose sends to one chat wait until the test releases them."""

    def __init__(self, held: int) -> None:
        self.held = held
        self.release = asyncio.Event()
        self.sent: list[tuple[int, str]] = []
        self.calls: list[tuple[int, str]] = []
        self.changed = asyncio.Event()

    async def deliver(self, row: OutboxMessage) -> int | None:
        self.calls.append((int(row.chat_id), row.text or ""))
        self.changed.set()
        if row.chat_id == self.held:
            await self.release.wait()
        self.sent.append((int(row.chat_id), row.text or ""))
        self.changed.set()
        return len(self.sent)

    async def until(self, condition: Callable[[], bool]) -> None:
        """Wait until ``condition`` holds (it is checked after every call and send)."""
        while not condition():
            self.changed.clear()
            await asyncio.wait_for(self.changed.wait(), BOUND)


async def enqueue(database: Database, rows: list[tuple[int, str]]) -> None:
    async with database.writing() as session:
        for chat, text in rows:
            await OutboxRepository(session).enqueue(chat, text)


async def test_a_hanging_send_holds_only_its_own_chat(database: Database) -> None:
    transport = HeldChat(HELD)
    grace = None if database.is_sqlite else 120.0  # as the application sets it
    sender = OutboxSender(database, transport, NO_LIMITS, sending_grace=grace)
    await enqueue(database, [(HELD, "first to the held chat")])
    await sender.initialize()
    try:
        await transport.until(lambda: bool(transport.calls))  # the held send is in flight
        await enqueue(database, [(OTHER, "to another chat"), (HELD, "second to the held chat")])
        sender.notify()
        await transport.until(lambda: (OTHER, "to another chat") in transport.sent)
        # The other chat went out while the held send hangs; the held chat's next row waits.
        assert transport.sent == [(OTHER, "to another chat")]
        assert [c for c in transport.calls if c[0] == HELD] == [(HELD, "first to the held chat")]
        transport.release.set()
        await transport.until(lambda: len(transport.sent) == 3)
    finally:
        transport.release.set()
        await sender.shutdown()
    held = [text for chat, text in transport.sent if chat == HELD]
    assert held == ["first to the held chat", "second to the held chat"]  # in order, once each
    async with database.session() as session:
        for chat in (HELD, OTHER):
            rows = await OutboxRepository(session).for_chat(chat)
            assert [r.status for r in rows] == ["sent"] * len(rows)
