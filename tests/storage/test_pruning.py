"""Delivery bookkeeping does not grow forever: the scheduler prunes it past its age."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select, update

from bot.handoffs import HandoffDesk
from bot.owners import load_owners
from bot.scheduler import Pruning, Scheduler
from bot.telegram.addresses import TelegramAddresses
from storage.database import Database
from storage.models import InboundUpdate, OutboxMessage
from storage.repositories import InboundUpdateRepository, OutboxRepository

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def scheduler(database: Database) -> Scheduler:
    owners = load_owners(ROOT / "owners.example.yml")
    desk = HandoffDesk(
        database,
        owners,
        addresses=TelegramAddresses(owners),
        remind_after=timedelta(minutes=15),
        escalate_after=timedelta(hours=1),
        followup_after=timedelta(days=1),
    )
    pruning = Pruning(
        updates_after=timedelta(days=7), outbox_after=timedelta(days=30), every=timedelta(hours=1)
    )
    return Scheduler(desk, interval=60, pruning=pruning)


async def store_updates(database: Database, ages: dict[int, timedelta | None]) -> None:
    """Updates by id, answered ``age`` before NOW (None: never answered)."""
    async with database.session() as session, session.begin():
        repository = InboundUpdateRepository(session)
        for update_id, age in ages.items():
            await repository.store(update_id, {"update_id": update_id})
            if age is not None:
                await session.execute(
                    update(InboundUpdate)
                    .where(InboundUpdate.update_id == update_id)
                    .values(processed_at=NOW - age)
                )


async def update_ids(database: Database) -> set[int]:
    async with database.session() as session:
        return set((await session.execute(select(InboundUpdate.update_id))).scalars())


async def test_old_answered_updates_and_sent_rows_go_the_rest_stay(database: Database) -> None:
    await store_updates(database, {1: timedelta(days=8), 2: timedelta(days=6), 3: None})
    async with database.session() as session, session.begin():
        outbox = OutboxRepository(session)
        # A dead letter is kept for people to look at, however old.
        await InboundUpdateRepository(session).store(4, {"update_id": 4}, dead_reason="bad")
        await session.execute(
            update(InboundUpdate)
            .where(InboundUpdate.update_id == 4)
            .values(received_at=NOW - timedelta(days=90))
        )
        rows = {}
        for name in ("old sent", "new sent", "old pending", "old failed"):
            rows[name] = (await outbox.enqueue(9, name)).id
        states = {
            "old sent": ("sent", NOW - timedelta(days=31)),
            "new sent": ("sent", NOW - timedelta(days=29)),
            "old pending": ("pending", None),
            "old failed": ("failed", None),
        }
        for name, (status, sent_at) in states.items():
            await session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id == rows[name])
                .values(status=status, sent_at=sent_at, created_at=NOW - timedelta(days=40))
            )

    clock = scheduler(database)
    await clock.tick(NOW)

    assert await update_ids(database) == {2, 3, 4}
    async with database.session() as session:
        left = set((await session.execute(select(OutboxMessage.text))).scalars())
    assert left == {"new sent", "old pending", "old failed"}


async def test_pruning_runs_once_per_interval_on_the_scheduler_clock(database: Database) -> None:
    clock = scheduler(database)
    await clock.tick(NOW)  # the first tick prunes (nothing yet)
    await store_updates(database, {10: timedelta(days=8)})
    await clock.tick(NOW + timedelta(minutes=30))  # too soon to look again
    assert await update_ids(database) == {10}
    await clock.tick(NOW + timedelta(hours=1))
    assert await update_ids(database) == set()
