"""Intake's group commit: updates arriving while the writer is busy share one transaction."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from telegram.ext import ExtBot

from bot.telegram.intake import Intake
from storage.database import Database
from storage.repositories import InboundUpdateRepository

BOT: ExtBot[None] = ExtBot("123:not-a-real-token")  # only reads updates; never connects


def _text(update_id: int) -> dict[str, Any]:
    chat = {"id": 900 + update_id, "type": "private", "first_name": "Sara"}
    message = {"message_id": update_id, "date": 0, "chat": chat, "text": "salam"}
    return {"update_id": update_id, "message": {**message, "from": {**chat, "is_bot": False}}}


async def _attempts(database: Database, update_id: int) -> int | None:
    async with database.session() as session:
        row = await InboundUpdateRepository(session).get(update_id)
        return None if row is None else row.attempts


async def _settle() -> None:
    for _ in range(20):  # let every task run up to where it waits
        await asyncio.sleep(0)


async def test_updates_waiting_for_the_writer_are_stored_in_one_commit(tmp_path: Path) -> None:
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'intake.db'}")
    await database.initialize()
    commits: list[int] = []
    event.listen(database.engine.sync_engine, "commit", lambda _c: commits.append(1))
    intake = Intake(database)
    try:
        async with database.writing():  # another write holds SQLite's one writer
            tasks = [asyncio.create_task(intake.accept([_text(i)], BOT)) for i in range(1, 7)]
            await _settle()
            assert not any(task.done() for task in tasks)  # nobody answered before storing
        accepted = await asyncio.gather(*tasks)
        assert [[u.update_id for u in updates] for updates in accepted] == [
            [i] for i in range(1, 7)
        ]
        # The held write, then one commit for all six (not one each).
        assert len(commits) == 2
        assert [await _attempts(database, i) for i in range(1, 7)] == [1] * 6
        assert await intake.begin(4) is True  # fresh: its first attempt counted with it
    finally:
        await database.shutdown()


async def test_an_update_that_cannot_be_stored_fails_alone(tmp_path: Path) -> None:
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'intake.db'}")
    await database.initialize()
    intake = Intake(database)
    bad = {**_text(12), "extra": {1, 2}}  # a set: the payload cannot be written as JSON
    try:
        async with database.writing():
            tasks = [
                asyncio.create_task(intake.accept([payload], BOT))
                for payload in (_text(10), _text(11), bad, _text(13))
            ]
            await _settle()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        assert isinstance(results[2], Exception)
        assert [r[0].update_id for r in results if isinstance(r, list)] == [10, 11, 13]
        assert [await _attempts(database, i) for i in (10, 11, 12, 13)] == [1, 1, None, 1]
    finally:
        await database.shutdown()


async def test_a_caller_given_up_on_does_not_stop_the_others_rows(tmp_path: Path) -> None:
    """A request cancelled while its batch waits for the writer: its own wait ends, every
    row of the batch (its own too) is still stored and the others are answered."""
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'intake.db'}")
    await database.initialize()
    intake = Intake(database)
    try:
        async with database.writing():
            tasks = [asyncio.create_task(intake.accept([_text(i)], BOT)) for i in (20, 21, 22)]
            await _settle()
            tasks[1].cancel()
            await _settle()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        assert isinstance(results[1], asyncio.CancelledError)
        assert [r[0].update_id for r in results if isinstance(r, list)] == [20, 22]
        assert [await _attempts(database, i) for i in (20, 21, 22)] == [1, 1, 1]
        assert intake._storing is not None and intake._storing.done()
    finally:
        await database.shutdown()


@pytest.mark.parametrize("twice", [False, True])
async def test_the_same_update_twice_in_one_batch_is_stored_once(
    tmp_path: Path, twice: bool
) -> None:
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'intake.db'}")
    await database.initialize()
    intake = Intake(database)
    try:
        async with database.writing():
            first = asyncio.create_task(intake.accept([_text(5)], BOT))
            payloads = [_text(6), _text(6)] if twice else [_text(6)]
            again = [asyncio.create_task(intake.accept([p], BOT)) for p in payloads]
            await _settle()
        await asyncio.gather(first, *again)
        assert await _attempts(database, 6) == 1
        assert await intake.begin(6) is True and await intake.begin(6) is False
    finally:
        await database.shutdown()


async def _customers(intake: Intake, customers: int, messages: int) -> None:
    """``customers`` talking at once, each sending its next message once the last was
    stored, begun (the gate) and its turn over (a few loop iterations: PTB's queue, the
    turn, the reply): each has one update in hand at a time, as in the load bench."""

    async def customer(number: int) -> None:
        for step in range(messages):
            update_id = 1 + number * messages + step
            assert [u.update_id for u in await intake.accept([_text(update_id)], BOT)] == [
                update_id
            ]
            assert await intake.begin(update_id) is True
            for _ in range(1 + number % 3):  # customers answered at different moments
                await asyncio.sleep(0)
            intake.turn_ended([update_id])

    await asyncio.gather(*(customer(n) for n in range(customers)))


async def test_a_hundred_customers_at_once_share_commits(tmp_path: Path) -> None:
    """100 customers at once, each sending on when its last update is done: the updates
    of one loop iteration share a write transaction (an update stored by its own request,
    tried in rounds 10 and 11, made it one transaction each)."""
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'intake.db'}")
    await database.initialize()
    commits: list[int] = []
    event.listen(database.engine.sync_engine, "commit", lambda _c: commits.append(1))
    intake = Intake(database)
    try:
        await _customers(intake, customers=100, messages=5)
        assert len(commits) <= 500 // 20  # each commit stored 20 updates or more
        assert [await _attempts(database, i) for i in range(1, 501)] == [1] * 500
    finally:
        await database.shutdown()
