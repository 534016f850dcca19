"""A turn the database refused for longer than the retries is answered by the running
process once the database is back: no restart, exactly once (bot/telegram/repick.py).

SQLite: the turn meets "database is locked" (past the busy timeout, which the turn's
retries do not cover). PostgreSQL: the server really refuses the bot's role (as in
test_transient_turn.py) until the turn has given up; with two Applications on one server
the message is still answered once. No timed assertions: every wait polls with a generous
deadline.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import OperationalError

from bot.privacy import text
from bot.service import ConversationService
from storage.models import InboundUpdate
from tests.fake_bot_api import FakeBotAPI
from tests.telegram.conftest import make_settings, running, settled
from tests.telegram.test_customers import rows
from tests.telegram.test_handoff import wait_until
from tests.telegram.test_transient_turn import Gate, gated

__all__ = ["gated"]  # the fixture, used by name below
QUICK = {
    "listen_window_seconds": 0.0,
    "repick_every_seconds": 0.2,
    "repick_grace_seconds": 1.0,
}


def _complaint(burst: Any) -> bool:
    return any("late" in (message.text or "") for message in burst)


def locked_while(down: Callable[[], bool], work: Callable[..., Awaitable[Any]]) -> Any:
    """``work`` for the complaint's turns, raising SQLite's "database is locked" while
    ``down()``; each refusal is counted."""

    async def wrapped(service: Any, burst: Any, *args: Any, **kwargs: Any) -> Any:
        if _complaint(burst) and down():
            wrapped.refusals += 1  # type: ignore[attr-defined]
            raise OperationalError("BEGIN", None, sqlite3.OperationalError("database is locked"))
        return await work(service, burst, *args, **kwargs)

    wrapped.refusals = 0  # type: ignore[attr-defined]
    return wrapped


async def test_a_turn_locked_out_is_answered_once_without_a_restart(
    fake: FakeBotAPI, tmp_path: Path, nlu_model_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = make_settings(tmp_path, fake, nlu_model_dir, **QUICK)
    state = {"down": True}
    turn = locked_while(lambda: state["down"], ConversationService.handle_burst)
    monkeypatch.setattr(ConversationService, "handle_burst", turn)
    async with running(settings, fake):
        fake.push_command(7101, "/start", language_code="en")
        await wait_until(lambda: _answered(fake, 7101, 1), timeout=60)
        update = fake.push_message(7101, "my order is three days late", language_code="en")
        await wait_until(lambda: _refused(turn), timeout=60)
        assert not await _processed(settings, update)  # the turn gave up: nothing answered
        state["down"] = False  # the database is back
        await wait_until(lambda: _answered(fake, 7101, 2), timeout=60)
        await wait_until(lambda: _processed(settings, update), timeout=60)
        await settled(settings, fake, timeout=60)
    assert len(fake.messages_to(7101)) == 2  # one reply each: nothing twice


async def test_a_turn_refused_every_time_is_put_aside_and_the_customer_told_once(
    fake: FakeBotAPI,
    tmp_path: Path,
    nlu_model_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    settings = make_settings(tmp_path, fake, nlu_model_dir, repick_max_attempts=2, **QUICK)
    turn = locked_while(lambda: True, ConversationService.handle_burst)
    monkeypatch.setattr(ConversationService, "handle_burst", turn)
    words = "my order is three days late"
    with caplog.at_level(logging.INFO):
        async with running(settings, fake):
            fake.push_command(7102, "/start", language_code="en")
            await wait_until(lambda: _answered(fake, 7102, 1), timeout=60)
            update = fake.push_message(7102, words, language_code="en")
            await wait_until(lambda: _dead(settings, update), timeout=60)
            await wait_until(lambda: _answered(fake, 7102, 2), timeout=60)
            await settled(settings, fake, timeout=60)
    assert fake.messages_to(7102)[1] == text("en", "kept_for_later")
    assert len(fake.messages_to(7102)) == 2  # told once, never again
    assert turn.refusals == 2  # the first turn and one re-pick: the cap
    told = [r for r in caplog.records if "told it is kept" in r.getMessage()]
    assert len(told) == 1 and told[0].levelno == logging.WARNING
    assert all(words not in r.getMessage() for r in caplog.records)  # never the words


def refused_until_opened(gate: Gate, work: Callable[..., Awaitable[Any]]) -> Any:
    """``work``; the complaint's first turn closes the server to the bot, which stays
    closed until the test opens it (every retry of that turn is refused)."""

    async def wrapped(service: Any, burst: Any, *args: Any, **kwargs: Any) -> Any:
        if _complaint(burst) and not gate.refusals:
            await gate.close()
        return await work(service, burst, *args, **kwargs)

    return wrapped


async def _refused_on_postgres(
    gated: tuple[str, Gate],
    fake: FakeBotAPI,
    tmp_path: Path,
    nlu_model_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    processes: int,
) -> None:
    url, gate = gated
    monkeypatch.setattr("storage.transient.BACKOFF", (0.05, 0.05))  # the budget, shorter
    turn = refused_until_opened(gate, ConversationService.handle_burst)
    monkeypatch.setattr(ConversationService, "handle_burst", turn)
    chat = 7110 + processes
    with caplog.at_level(logging.INFO):
        async with AsyncExitStack() as stack:
            for _ in range(processes):
                settings = make_settings(tmp_path, fake, nlu_model_dir, database_url=url, **QUICK)
                await stack.enter_async_context(running(settings, fake))
            fake.push_command(chat, "/start", language_code="en")
            await wait_until(lambda: _answered(fake, chat, 1), timeout=60)
            update = fake.push_message(chat, "my order is three days late", language_code="en")
            await wait_until(lambda: _turn_failed(caplog, chat), timeout=60)
            await gate.open()  # the server is back
            await wait_until(lambda: _answered(fake, chat, 2), timeout=60)
            await wait_until(lambda: _processed(settings, update), timeout=60)
            await settled(settings, fake, timeout=60)
    assert gate.refusals == 1
    assert len(fake.messages_to(chat)) == 2  # one reply each: nothing twice


async def test_a_turn_postgres_refused_past_the_retries_is_answered_without_a_restart(
    gated: tuple[str, Gate],
    fake: FakeBotAPI,
    tmp_path: Path,
    nlu_model_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    await _refused_on_postgres(gated, fake, tmp_path, nlu_model_dir, monkeypatch, caplog, 1)


async def test_two_applications_on_one_postgres_answer_it_once(
    gated: tuple[str, Gate],
    fake: FakeBotAPI,
    tmp_path: Path,
    nlu_model_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    await _refused_on_postgres(gated, fake, tmp_path, nlu_model_dir, monkeypatch, caplog, 2)


async def _answered(fake: FakeBotAPI, chat: int, count: int) -> bool:
    return len(fake.messages_to(chat)) >= count


async def _refused(turn: Any) -> bool:
    return bool(turn.refusals)


async def _turn_failed(caplog: pytest.LogCaptureFixture, chat: int) -> bool:
    return any(f"turn for chat {chat} failed" in r.getMessage() for r in caplog.records)


async def _processed(settings: Any, update: int) -> bool:
    stored = {row.update_id: row for row in await rows(settings, InboundUpdate)}
    return update in stored and stored[update].processed_at is not None


async def _dead(settings: Any, update: int) -> bool:
    stored = {row.update_id: row for row in await rows(settings, InboundUpdate)}
    return update in stored and stored[update].dead_at is not None
