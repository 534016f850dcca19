"""A turn's committed replies go to the sender directly, never ahead of older rows.

On both backends (on SQLite a turn's own transaction may claim them): on PostgreSQL the
claim also takes the shared limits' slots (``send_pace``), and a run they refuse goes back
to pending for the pass.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import select

from bot.outbox import NO_LIMITS, Limits, OutboxSender
from bot.service import IncomingMessage
from storage.database import Database
from storage.models import OutboxMessage, SendPace, utcnow
from storage.repositories import OutboxRepository
from storage.repositories.outbox import queued
from tests.bot.conftest import Core
from tests.bot.test_outbox import Recorder


async def _turn_writes(database: Database, rows: list[tuple[int, str]]) -> list[OutboxMessage]:
    """What a turn does: enqueue in its transaction; the rows it hands on once committed."""
    async with database.session() as session:
        async with session.begin():
            for chat, text in rows:
                await OutboxRepository(session).enqueue(chat, text, customer_id=None)
        return queued(session)


async def _statuses(database: Database, chat: int) -> dict[str, str]:
    async with database.session() as session:
        return {r.text or "": r.status for r in await OutboxRepository(session).for_chat(chat)}


async def test_handed_rows_are_sent_without_a_pass(database: Database) -> None:
    recorder = Recorder()
    sender = OutboxSender(database, recorder, NO_LIMITS)  # not started: no pass loop runs
    handed = await _turn_writes(database, [(7, "hello"), (8, "salam")])
    assert len(handed) == 2
    sender.hand(handed)
    await sender._drain()
    assert sorted((chat, text) for chat, text, _ in recorder.sent) == [(7, "hello"), (8, "salam")]
    assert await _statuses(database, 7) == {"hello": "sent"}


async def test_a_handed_row_never_overtakes_an_older_one(database: Database) -> None:
    async with database.writing() as session:  # an older reply, waiting for a retry
        older = await OutboxRepository(session).enqueue(7, "first")
        await OutboxRepository(session).reschedule(
            older.id, utcnow() + timedelta(hours=1), "retry later", count_attempt=False
        )
    recorder = Recorder()
    sender = OutboxSender(database, recorder, NO_LIMITS)
    sender.hand(await _turn_writes(database, [(7, "second")]))
    await sender._drain()
    assert recorder.sent == []
    assert await _statuses(database, 7) == {"first": "pending", "second": "pending"}


async def test_a_chat_inside_its_rate_limit_waits_for_the_pass(database: Database) -> None:
    recorder = Recorder()
    sender = OutboxSender(database, recorder, Limits(private_interval=3600.0))
    sender.hand(await _turn_writes(database, [(9, "one")]))
    await sender._drain()
    sender.hand(await _turn_writes(database, [(9, "two")]))  # the chat's next hour is taken
    await sender._drain()
    assert [text for _, text, _ in recorder.sent] == ["one"]
    assert await _statuses(database, 9) == {"one": "sent", "two": "pending"}


async def test_a_row_another_senders_pass_holds_is_left_to_it_not_waited_for(
    database: Database,
) -> None:
    if database.is_sqlite:
        return  # one sender on SQLite: no other pass to hold a row
    handed = await _turn_writes(database, [(11, "held"), (12, "free")])
    recorder = Recorder()
    sender = OutboxSender(database, recorder, NO_LIMITS)
    async with database.writing() as other:  # another process's pass, mid-transaction
        locked = await OutboxRepository(other).pending(shared=True, limit=1)
        assert [r.text for r in locked] == ["held"]  # FOR UPDATE until this block ends
        sender.hand(handed)
        # Had the claim waited for the lock, it would wait for ever (the lock is ours):
        # a bound far beyond any slow machine turns that hang into a failure.
        async with asyncio.timeout(120):
            await sender._drain()
        assert [text for _, text, _ in recorder.sent] == ["free"]
    assert await _statuses(database, 11) == {"held": "pending"}  # that pass's to send


async def test_a_turns_replies_are_claimed_in_its_own_transaction(core_on_both: Core) -> None:
    """Both engines: 'sending' is committed with the turn itself (no claim transaction of
    its own); the sender then sends them. Never ahead of an older row of the chat."""
    core = core_on_both
    recorder = Recorder()
    sender = OutboxSender(core.database, recorder, NO_LIMITS)  # not started: no pass runs
    start = IncomingMessage("console", "611", 611, kind="start")
    report = await core.service.handle_burst([start], sender.claim_in)
    assert report.queued == [] and len(report.claimed) == 1 and not report.look
    assert set((await _statuses(core.database, 611)).values()) == {"sending"}  # committed
    sender.start(report.claimed, report.look)
    await sender._drain()
    assert [chat for chat, _, _ in recorder.sent] == [611]
    assert set((await _statuses(core.database, 611)).values()) == {"sent"}

    async with core.database.writing() as session:  # an older reply, waiting for a retry
        older = await OutboxRepository(session).enqueue(611, "first")
        await OutboxRepository(session).reschedule(
            older.id, utcnow() + timedelta(hours=1), "retry later", count_attempt=False
        )
    text = IncomingMessage("console", "611", 611, text="my parcel never arrived")
    report = await core.service.handle_burst([text], sender.claim_in)
    assert report.claimed == [] and report.look  # left to the pass, which sends "first" first
    statuses = await _statuses(core.database, 611)
    assert statuses["first"] == "pending" and list(statuses.values()).count("pending") >= 2


async def test_a_turns_claim_takes_the_limits_and_leaves_a_refused_reply_pending(
    core_on_both: Core,
) -> None:
    """The claim in the turn keeps Telegram's limits: on PostgreSQL the shared slots
    (``send_pace``) taken in the turn's transaction; a reply they refuse is committed
    pending, for the pass, never 'sending'."""
    core = core_on_both
    recorder = Recorder()
    sender = OutboxSender(core.database, recorder, Limits(private_interval=3600.0))
    start = IncomingMessage("console", "612", 612, kind="start")
    report = await core.service.handle_burst([start], sender.claim_in)
    assert len(report.claimed) == 1 and report.taken
    sender.start(report.claimed, report.look)
    await sender._drain()
    assert [chat for chat, _, _ in recorder.sent] == [612]
    if not core.database.is_sqlite:  # the chat's slot is the database's, for every process
        async with core.database.session() as session:
            slots = await session.execute(select(SendPace.chat_id))
            assert set(slots.scalars()) >= {0, 612}

    text = IncomingMessage("console", "612", 612, text="my parcel never arrived")
    report = await core.service.handle_burst([text], sender.claim_in)
    assert report.claimed == [] and report.look and report.taken  # the pass sends it later
    assert "sending" not in (await _statuses(core.database, 612)).values()
    assert "pending" in (await _statuses(core.database, 612)).values()
