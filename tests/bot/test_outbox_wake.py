"""A settle wakes the sender's pass only when one of its chats has a row waiting (a pass
per settle mostly found nothing: on PostgreSQL a transaction, on SQLite a session, the
ORM's read and a wake-up); a failed send, or a row queued behind a sent one, still wakes
it. Both engines (the ``database`` fixture)."""

from __future__ import annotations

from bot.outbox import NO_LIMITS, Limits, OutboxSender, RetryLater
from storage.database import Database
from storage.models import OutboxMessage
from storage.repositories import OutboxRepository
from storage.repositories.outbox import queued
from tests.bot.test_outbox import Recorder


async def _turn_writes(database: Database, rows: list[tuple[int, str]]) -> list[OutboxMessage]:
    async with database.session() as session:
        async with session.begin():
            for chat, text in rows:
                await OutboxRepository(session).enqueue(chat, text, customer_id=None)
        return queued(session)


async def test_a_settle_with_nothing_behind_wakes_no_pass(
    database: Database,
) -> None:
    recorder = Recorder()
    sender = OutboxSender(database, recorder, NO_LIMITS)  # not started: only the flag moves
    sender.hand(await _turn_writes(database, [(7, "hello"), (8, "salam")]))
    await sender._drain()
    assert sorted(text for _, text, _ in recorder.sent) == ["hello", "salam"]
    assert not sender._wake.is_set()


async def test_a_row_queued_behind_a_sent_one_follows_it(database: Database) -> None:
    """The settle claims the row itself, in the marks' transaction, and sends it: no pass."""
    recorder = Recorder()
    sender = OutboxSender(database, recorder, NO_LIMITS)  # not started: no pass loop runs
    sender.hand(await _turn_writes(database, [(7, "first")]))
    # Another turn (another process's, on PostgreSQL) for the same chat: behind "first".
    await _turn_writes(database, [(7, "second")])
    await sender._drain()
    assert not sender._wake.is_set()
    assert [text for _, text, _ in recorder.sent] == ["first", "second"]


async def test_a_row_the_limits_hold_back_is_left_to_the_pass(database: Database) -> None:
    """A chat inside its interval: the settle claims nothing there and wakes the pass."""
    recorder = Recorder()
    sender = OutboxSender(database, recorder, Limits(private_interval=3600.0))
    sender.hand(await _turn_writes(database, [(8, "first")]))
    await _turn_writes(database, [(8, "second")])
    await sender._drain()
    assert [text for _, text, _ in recorder.sent] == ["first"]
    assert sender._wake.is_set()  # the pass waits out the interval
    async with database.session() as session:
        rows = await OutboxRepository(session).for_chat(8)
        assert [r.status for r in rows] == ["sent", "pending"]


async def test_a_failed_send_wakes_the_pass(database: Database) -> None:
    recorder = Recorder()
    recorder.fail["busy"] = RetryLater(0.0)
    sender = OutboxSender(database, recorder, NO_LIMITS)
    sender.hand(await _turn_writes(database, [(9, "busy")]))
    await sender._drain()
    assert recorder.sent == []
    assert sender._wake.is_set()  # rescheduled: the pass retries it
    await sender.flush()
    assert [text for _, text, _ in recorder.sent] == ["busy"]
