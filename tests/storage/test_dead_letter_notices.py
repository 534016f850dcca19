"""Dead letters' staff notices are summed, at most one a window per source
(storage/repositories/dead_letter_notices.py, bot/dead_letters.py): 200 unreadable updates
are one team notice with the count; those after it wait for one summary a window later (the
scheduler, clock injected); one customer's burst is one notice; two processes on one
PostgreSQL still queue one. No timing: every "now" is given.
"""

from __future__ import annotations

import asyncio
import os
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from sqlalchemy import select, update

from bot.dead_letters import DeadLetter, hand_to_owner, notice_text
from bot.outbox import NO_LIMITS, OutboxSender
from bot.scheduler import Scheduler
from bot.staff_words import say
from bot.text import MAX_MESSAGE_LENGTH
from storage.database import Database
from storage.models import DeadLetterNotice, OutboxMessage
from storage.repositories import OutboxRepository
from storage.repositories.dead_letter_notices import rewrite_unsent
from storage.repositories.outbox import STAFF
from tests.bot.test_dead_letters import REZA, TEAM_CHAT, _desk, _letter
from tests.postgres import PostgresServer

T0 = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
WINDOW = timedelta(minutes=10)


def _unread(update_id: int) -> DeadLetter:
    return DeadLetter(update_id, None, "", "fa", T0, "")


async def _put(database: Database, letter: DeadLetter, now: datetime, customer: Any = None) -> Any:
    async with database.writing() as session:
        return await hand_to_owner(
            session, cast(Any, _desk()), letter, customer, now=now, window=WINDOW
        )


async def _rows(database: Database) -> list[OutboxMessage]:
    async with database.session() as session:
        query = select(OutboxMessage).order_by(OutboxMessage.id)
        return list((await session.execute(query)).scalars().all())


async def _sent(database: Database) -> None:
    async with database.writing() as session:
        await session.execute(update(OutboxMessage).values(status="sent"))


def _sum_text(count: int, update_id: int) -> str:
    digits = str(count).translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    return say(
        "fa", "dead_letter_unread_sum", count=digits, update=update_id, time="۲۰۲۶-۱۱-۲۸ ۰۹:۰۰"
    )


async def test_200_unreadable_updates_are_one_team_notice_with_the_count(
    database: Database,
) -> None:
    for n in range(200):
        await _put(database, _unread(500 + n), T0 + timedelta(seconds=n))
    (row,) = await _rows(database)
    assert row.chat_id == TEAM_CHAT and row.text == _sum_text(200, 699)


async def test_those_after_a_sent_notice_wait_for_one_summary_a_window_later(
    database: Database,
) -> None:
    scheduler = Scheduler(cast(Any, _desk()), interval=60)
    scheduler.desk.database = database  # type: ignore[attr-defined]
    assert await _put(database, _unread(1), T0) is True
    await _sent(database)
    for n in range(30):  # within the window: counted, nothing queued
        assert await _put(database, _unread(2 + n), T0 + timedelta(minutes=1)) is False
    assert len(await _rows(database)) == 1
    assert await scheduler.dead_letter_summaries(T0 + WINDOW - timedelta(seconds=1)) == 0
    assert await scheduler.dead_letter_summaries(T0 + WINDOW) == 1
    assert await scheduler.dead_letter_summaries(T0 + WINDOW) == 0  # once
    _, second = await _rows(database)
    assert second.chat_id == TEAM_CHAT and second.text == _sum_text(30, 31)
    # A second window: its first dead letter (once the summary is sent) waits for the next.
    await _sent(database)
    assert await _put(database, _unread(40), T0 + WINDOW + timedelta(minutes=1)) is False
    assert await scheduler.dead_letter_summaries(T0 + 2 * WINDOW) == 1
    assert len(await _rows(database)) == 3
    # Quiet for a window: the next is told at once.
    await _sent(database)
    assert await _put(database, _unread(50), T0 + 4 * WINDOW) is True
    assert (await _rows(database))[-1].text == say(
        "fa", "dead_letter_unread", update=50, time="۲۰۲۶-۱۱-۲۸ ۰۹:۰۰"
    )


async def test_one_customers_burst_is_one_notice_with_their_first_words(
    database: Database,
) -> None:
    assert await _put(database, _letter(78, "هنوز سفارشم نرسیده", "fa"), T0) is True
    for n in range(4):
        assert await _put(database, _letter(78, f"پیام {n}", "fa"), T0) is False
    assert await _put(database, _letter(79, "another customer", "en"), T0) is True
    first, other = await _rows(database)
    assert first.chat_id == REZA and "هنوز سفارشم نرسیده" in (first.text or "")
    assert (first.text or "").endswith(say("fa", "dead_letter_more", count="۴"))
    assert (first.text or "").count(say("fa", "dead_letter_more", count="۳")) == 0
    assert "another customer" in (other.text or "")


async def test_two_processes_on_one_postgresql_queue_one_notice(
    postgres_server: PostgresServer,
) -> None:
    url = postgres_server.create_database(f"hamdel_notices_{os.getpid()}")
    first, second = Database(url), Database(url)  # two engines: two processes' pools
    await first.initialize()
    await second.initialize()
    try:

        async def burst(database: Database, start: int) -> None:
            for n in range(100):
                await _put(database, _unread(start + n), T0 + timedelta(seconds=n))

        await asyncio.gather(burst(first, 1000), burst(second, 2000))
        (row,) = await _rows(first)
        async with first.session() as session:
            (notice,) = (await session.execute(select(DeadLetterNotice))).scalars().all()
        assert notice.count + notice.waiting == 200 and row.chat_id == TEAM_CHAT
        assert row.text is not None and "۲۰۰" in row.text
    finally:
        await first.shutdown()
        await second.shutdown()


class _Recorder:
    """The outbox's transport: what went out, as the chat would read it."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    async def deliver(self, row: OutboxMessage) -> int:
        self.texts.append(row.text or "")
        return len(self.texts)


async def test_a_notice_rewritten_after_the_senders_read_counts_each_letter_once(
    database: Database,
) -> None:
    """The race Round 24 left on SQLite: a pass reads the team's notice (telling of one),
    a second dead letter rewrites it to tell of two while it is still pending, then the
    pass claims and sends it. Whatever goes out, the letters told of add up to two, each
    once (SQLite: the text as it stood at the claim; PostgreSQL: the rewrite waits for the
    claim's row lock, misses, and the letter waits for the summary)."""
    sender = OutboxSender(database, _Recorder(), NO_LIMITS)
    recorder = cast(_Recorder, sender.transport)
    late: list[asyncio.Task[Any]] = []
    if database.is_sqlite:  # the pass read in a session of its own; its claim is a write
        claim = sender._claim

        async def put_then_claim(runs: Any) -> Any:
            if not late:
                late.append(asyncio.ensure_future(_put(database, _unread(2), T0)))
                await late[0]  # done before the claim's write begins
            return await claim(runs)

        sender._claim = put_then_claim  # type: ignore[method-assign]
    else:  # read and claim in one transaction: the rewrite runs meanwhile, as it can
        claim_in = sender._claim_in

        async def put_meanwhile(outbox: Any, runs: Any) -> Any:
            if not late:
                late.append(asyncio.ensure_future(_put(database, _unread(2), T0)))
                await asyncio.sleep(0.2)  # the rewrite meets the rows' locks (or not: the same)
            return await claim_in(outbox, runs)

        sender._claim_in = put_meanwhile  # type: ignore[method-assign]
    assert await _put(database, _unread(1), T0) is True
    await sender.flush()
    await asyncio.gather(*late)
    scheduler = Scheduler(cast(Any, _desk()), interval=60)
    scheduler.desk.database = database  # type: ignore[attr-defined]
    await scheduler.dead_letter_summaries(T0 + WINDOW)
    await sender.flush()
    told = {
        notice_text("fa", _unread(1), None, None): 1,
        notice_text("fa", _unread(2), None, None): 1,
        **{_sum_text(n, u): n for n in (1, 2) for u in (1, 2)},
    }
    assert all(text in told for text in recorder.texts), recorder.texts
    assert sum(told[text] for text in recorder.texts) == 2, recorder.texts
    async with database.session() as session:
        (notice,) = (await session.execute(select(DeadLetterNotice))).scalars().all()
    assert notice.waiting == 0


async def test_a_combined_run_with_a_row_rewritten_after_the_read_is_sized_again(
    tmp_path: Any,
) -> None:
    """SQLite's pass sizes a run of staff rows (one message) on the texts it read; one of
    them rewritten before the claim is released with its run, and the next pass sizes the
    rows as stored: grown past Telegram's limit together, they go out as two messages."""
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'run.db'}")
    await database.initialize()
    try:
        async with database.writing() as session:
            outbox = OutboxRepository(session)
            first = (await outbox.enqueue(TEAM_CHAT, "one " * 500, audience=STAFF)).id
            await outbox.enqueue(TEAM_CHAT, "line " * 400, audience=STAFF)
        sender = OutboxSender(database, _Recorder(), NO_LIMITS)
        recorder = cast(_Recorder, sender.transport)
        claim = sender._claim
        rewritten: list[bool] = []

        async def rewrite_then_claim(runs: Any) -> Any:
            if not rewritten:
                async with database.writing() as session:
                    rewritten.append(
                        await rewrite_unsent(OutboxRepository(session), first, "two " * 600)
                    )
            return await claim(runs)

        sender._claim = rewrite_then_claim  # type: ignore[method-assign]
        await sender.flush()
        assert rewritten == [True]
        assert recorder.texts == ["two " * 600, "line " * 400]  # as stored, each alone
        assert all(len(text) <= MAX_MESSAGE_LENGTH for text in recorder.texts)
    finally:
        await database.shutdown()
