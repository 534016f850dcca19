"""Intake alone: an update from arrival to processed, on a real SQLite database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from telegram.ext import ExtBot

from bot.telegram.intake import MAX_ATTEMPTS, Intake
from storage.database import Database
from storage.repositories import InboundUpdateRepository

BOT: ExtBot[None] = ExtBot("123:not-a-real-token")  # only reads updates; never connects


def _text(update_id: int, text: str = "hello") -> dict[str, Any]:
    chat = {"id": 801, "type": "private", "first_name": "Maya"}
    message = {"message_id": update_id, "date": 0, "chat": chat, "text": text, "from": chat}
    return {"update_id": update_id, "message": {**message, "from": {**chat, "is_bot": False}}}


async def _stored(database: Database, update_id: int) -> Any:
    async with database.session() as session:
        return await InboundUpdateRepository(session).get(update_id)


async def test_an_update_is_stored_once_handled_once_then_done(tmp_path: Path) -> None:
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'intake.db'}")
    await database.initialize()
    intake = Intake(database)
    try:
        [update] = await intake.accept([_text(10)], BOT)
        assert update.update_id == 10 and update.effective_message is not None
        await intake.accept([_text(10)], BOT)  # Telegram sent it twice: still one row
        assert await intake.begin(10) is True
        assert await intake.begin(10) is False  # in hand
        assert (await _stored(database, 10)).attempts == 1  # a turn started: one attempt
        await intake.mark_processed([10])
        assert 10 not in intake.in_flight
        assert (await _stored(database, 10)).processed_at is not None
        assert await intake.begin(10) is False  # answered
        assert await intake.replayable(BOT) == []
    finally:
        await database.shutdown()


async def test_a_failing_update_is_replayed_then_put_aside(tmp_path: Path) -> None:
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'intake.db'}")
    await database.initialize()
    intake = Intake(database)
    try:
        await intake.accept([_text(20), {"update_id": 21, "message": "not a message"}], BOT)
        assert (await _stored(database, 21)).dead_at is not None  # unreadable: never replayed
        for attempt in range(1, MAX_ATTEMPTS + 1):
            assert [u.update_id for u in await intake.replayable(BOT)] == [20]
            assert await intake.begin(20) is True
            await intake.failed(20, RuntimeError("boom"))
            row = await _stored(database, 20)
            assert row.attempts == attempt and row.processed_at is None
        assert row.dead_at is not None and "failed 3 times" in (row.dead_reason or "")
        assert await intake.replayable(BOT) == []
        assert await intake.begin(20) is False
    finally:
        await database.shutdown()


async def test_an_update_handed_to_a_turn_is_left_for_the_turn_to_mark(tmp_path: Path) -> None:
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'intake.db'}")
    await database.initialize()
    intake = Intake(database)
    try:
        await intake.accept([_text(20), _text(21)], BOT)
        assert await intake.begin(20) and await intake.begin(21)
        intake.hand_to_turn(20)  # its burst waits in the listening window
        await intake.finish(20)  # the handlers are done with it: the turn is not
        await intake.finish(21)  # needed no turn: processed now
        assert (await _stored(database, 20)).processed_at is None
        assert (await _stored(database, 21)).processed_at is not None
        assert await intake.begin(20) is False  # still in hand until its turn ends
        intake.turn_ended([20])  # the turn failed: left for replay, no longer in hand
        assert 20 not in intake.in_flight
        await intake.accept([_text(22)], BOT)
        assert await intake.begin(22)
        intake.hand_to_turn(22)
        await intake.failed(22, RuntimeError("a handler failed"))  # the error handler ran
        assert await intake.begin(22)  # replayed: in hand again, and no longer handed …
        await intake.finish(22)  # … so this time the handlers' end marks it processed
        assert (await _stored(database, 22)).processed_at is not None
    finally:
        await database.shutdown()
