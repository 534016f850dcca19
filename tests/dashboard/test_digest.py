"""The weekly digest: what it says, sent once across processes, and after a restart."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from bot.digest import WeeklyDigest, compose
from bot.owners import OwnersDirectory
from bot.telegram.addresses import TelegramAddresses
from storage.database import Database
from storage.models import DigestRun, OutboxMessage
from tests.dashboard.conftest import NOW, Clock

STAFF_CHAT = -1001234567890  # owners.example.yml
# Saturday 09:00 in Tehran is 05:30 UTC.
DUE = datetime(2026, 11, 28, 5, 30, tzinfo=UTC)


def weekly(database: Database, owners: OwnersDirectory, clock: Clock) -> WeeklyDigest:
    return WeeklyDigest(
        database,
        owners,
        day="sat",
        hour=9,
        zone="Asia/Tehran",
        language="fa",
        addresses=TelegramAddresses(owners),
        clock=clock,
    )


async def outbox(database: Database) -> list[OutboxMessage]:
    async with database.session() as session:
        return list((await session.execute(select(OutboxMessage))).scalars())


async def test_the_digest_celebrates_learns_and_commits(
    seeded: Database, owners: OwnersDirectory
) -> None:
    english = await compose(seeded, owners, "en", NOW)
    celebrate, learn, commit = english.split("\n\n")[1:]
    assert "#2 Sara Ahmadi: ★★★★★" in celebrate
    assert "Sara Ahmadi was praised: «سارا خیلی سریع پول را برگرداند»" in celebrate
    assert learn.count("•") == 3 and "2× (+2)" in learn
    assert "#1 Reza Karimi, open for 5 h" in commit
    assert "Idea waiting for an answer: «let me track the courier on a map»" in commit
    persian = await compose(seeded, owners, "fa", NOW)
    assert "🎉 قدردانی" in persian and "از سارا احمدی تشکر شد" in persian
    assert "#1 رضا کریمی، 5 ساعت باز" in persian


def test_slots_follow_the_teams_day_hour_and_zone(
    database: Database, owners: OwnersDirectory
) -> None:
    digest = weekly(database, owners, Clock())
    assert digest.next_due(NOW) == DUE
    assert digest.next_due(DUE) == DUE + timedelta(weeks=1)
    assert digest.next_due(DUE - timedelta(seconds=1)) == DUE


async def test_two_processes_due_at_once_send_it_once(
    database_url: str, owners: OwnersDirectory
) -> None:
    first, second = Database(database_url), Database(database_url)
    await first.initialize()
    await second.initialize()
    try:
        clock = Clock(DUE - timedelta(hours=1))
        one, two = weekly(first, owners, clock), weekly(second, owners, clock)
        assert await one.run_due() == 0 and await two.run_due() == 0  # scheduled, not due
        clock.now = DUE + timedelta(minutes=1)
        queued = await asyncio.gather(one.run_due(), two.run_due(), one.run_due())
        assert sorted(queued) == [0, 0, 1]
        [sent] = await outbox(first)
        assert sent.chat_id == STAFF_CHAT and sent.text and "جلسهٔ هفتگی" in sent.text
        assert await two.run_due() == 0
    finally:
        await first.shutdown()
        await second.shutdown()


async def test_a_restart_before_the_due_time_still_sends(
    database_url: str, owners: OwnersDirectory
) -> None:
    before = Database(database_url)
    await before.initialize()
    assert await weekly(before, owners, Clock(DUE - timedelta(days=2))).run_due() == 0
    await before.shutdown()  # the process stops before the digest falls due

    after = Database(database_url)
    await after.initialize()
    try:
        restarted = weekly(after, owners, Clock(DUE - timedelta(minutes=5)))
        assert await restarted.run_due() == 0
        restarted.clock = Clock(DUE + timedelta(minutes=2))
        assert await restarted.run_due() == 1
        async with after.session() as session:
            runs = list(
                (await session.execute(select(DigestRun).order_by(DigestRun.due_at))).scalars()
            )
        assert [r.sent_at is not None for r in runs] == [True, False]  # next week's waits
    finally:
        await after.shutdown()


async def test_a_slot_missed_by_days_is_skipped_not_sent_late(
    database: Database, owners: OwnersDirectory
) -> None:
    digest = weekly(database, owners, Clock(DUE - timedelta(hours=1)))
    await digest.run_due()
    digest.clock = Clock(DUE + timedelta(days=3))
    assert await digest.run_due() == 0
    async with database.session() as session:
        pending = await session.scalar(
            select(func.count()).select_from(DigestRun).where(DigestRun.sent_at.is_(None))
        )
    assert pending == 1 and await outbox(database) == []
