"""Polling intake: unreadable updates cannot stall it, each update is stored once, and a
failed handler leaves its update to be replayed."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from pathlib import Path

import pytest

from bot.app import Services
from bot.settings import Settings
from bot.telegram import handlers
from bot.telegram.application import build_application
from tests.fake_bot_api import FakeBotAPI
from tests.telegram.conftest import running
from tests.telegram.intake_helpers import eventually, metric, stored_updates, unreadable_updates

SECRET_WORDS = "my-secret-violin-story"  # customer-written: must never reach logs above DEBUG


async def test_an_unreadable_update_does_not_stall_polling(
    fake: FakeBotAPI, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    bad = unreadable_updates(9_000)
    bad[0]["message"]["text"] = SECRET_WORDS
    async with running(settings, fake):
        fake.push_update(bad[0])  # alone in its batch: the Updater is given nothing

        async def put_aside() -> bool:
            row = (await stored_updates(settings)).get(9_000)
            return row is not None and row.dead_at is not None

        await eventually(put_aside)
        for update in bad[1:]:
            fake.push_update(update)
        good = fake.push_command(700, "/start", language_code="en", first_name="Lale")
        said = await fake.wait_for_messages(700, 1, timeout=20)
        assert "keeps you up at night" in said[0]

        async def confirmed() -> bool:
            return fake.confirmed_offset > good

        await eventually(confirmed)  # Telegram may forget all of them now
    stored = await stored_updates(settings)
    assert all(stored[u["update_id"]].dead_at is not None for u in bad)
    loud = [r for r in caplog.records if r.levelno >= logging.INFO]
    assert not [r for r in loud if r.levelno >= logging.CRITICAL]
    assert not [r for r in loud if SECRET_WORDS in r.getMessage() + (r.exc_text or "")]


async def test_polling_stores_each_update_once(fake: FakeBotAPI, settings: Settings) -> None:
    async with running(settings, fake):
        received = await metric(settings, "hamdel_updates_received_total")
        duplicates = await metric(settings, "hamdel_updates_duplicate_total")
        for chat in (710, 711, 712):
            fake.push_command(chat, "/start", language_code="en")
        for chat in (710, 711, 712):
            await fake.wait_for_messages(chat, 1, timeout=20)
        assert await metric(settings, "hamdel_updates_received_total") == received + 3
        assert await metric(settings, "hamdel_updates_duplicate_total") == duplicates
    assert len(await stored_updates(settings)) == 3


def _write(db: Path, sql: str) -> None:
    """One write beside the running bot: off its event loop, taking the write lock first.

    On the loop itself a wait for the bot's lock would block the very loop that must
    commit to release it; BEGIN IMMEDIATE waits (busy timeout) instead of failing.
    """
    connection = sqlite3.connect(db, timeout=30, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(sql)
        connection.execute("COMMIT")
    finally:
        connection.close()


async def test_a_failed_handler_leaves_its_update_for_the_next_start(
    fake: FakeBotAPI, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    db = Path(settings.database_url.removeprefix("sqlite+aiosqlite:///"))
    async with running(settings, fake):
        refuse = (  # the disk refuses to store messages
            "CREATE TRIGGER refuse BEFORE INSERT ON messages "
            "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"
        )
        await asyncio.to_thread(_write, db, refuse)
        failing = fake.push_message(720, SECRET_WORDS, language_code="en")
        # Updates are handled in order: once the group's is done, the first one is too.
        later = fake.push_message(-100720, "hello", chat_type="group", language_code="en")

        async def later_done() -> bool:
            row = (await stored_updates(settings)).get(later)
            return row is not None and row.processed_at is not None

        async def failure_logged() -> bool:
            # New messages are stored by their turn, after the listening window: wait for it.
            return any("kept for replay" in r.getMessage() for r in caplog.records)

        await eventually(later_done)
        await eventually(failure_logged)
        row = (await stored_updates(settings))[failing]
        assert row.processed_at is None and row.dead_at is None and row.attempts == 1
        await asyncio.to_thread(_write, db, "DROP TRIGGER refuse")
    assert fake.messages_to(720) == []
    loud = [r for r in caplog.records if r.levelno >= logging.INFO]
    assert any("failed, kept for replay" in r.getMessage() for r in loud)
    assert not [r for r in loud if SECRET_WORDS in r.getMessage() + (r.exc_text or "")]
    async with running(settings, fake):  # replayed, answered once
        said = await fake.wait_for_messages(720, 1, timeout=20)
        assert said
    assert (await stored_updates(settings))[failing].processed_at is not None


def test_exactly_one_error_handler(settings: Settings) -> None:
    application = build_application(settings, Services(settings))
    assert list(application.error_handlers) == [handlers.on_error]
