"""A turn or a settle that PostgreSQL refused ("too many connections", a connection the
server dropped) is done again in the process, not left for the next start.

With 3 processes sharing one server, every pool open at once can fill it: the turn that
met the full server failed, its stored message waited for a restart, and its customer
heard nothing. Here the server really refuses: the bot signs in as a role whose connection
limit is set to 0 and whose connections are ended, at the moment the turn (or the marks)
begins; it is let in again once that attempt has failed.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from bot.outbox import OutboxSender
from bot.service import ConversationService
from bot.telegram.intake import Intake
from storage.models import InboundUpdate, OutboxMessage
from storage.transient import is_transient
from tests.fake_bot_api import FakeBotAPI
from tests.postgres import PostgresServer
from tests.telegram.conftest import make_settings, running
from tests.telegram.test_customers import rows
from tests.telegram.test_handoff import wait_until

_names = itertools.count(1)


class Gate:
    """Lets the bot's role in, or refuses it (and ends the connections it holds)."""

    def __init__(self, server: PostgresServer, role: str) -> None:
        self.dsn = f"postgresql://postgres@127.0.0.1:{server.port}/postgres"
        self.role = role
        self.refusals = 0

    async def _run(self, *statements: str) -> None:
        connection = await asyncpg.connect(self.dsn)
        try:
            for statement in statements:
                await connection.execute(statement)
        finally:
            await connection.close()

    async def close(self) -> None:
        self.refusals += 1
        await self._run(
            f"ALTER ROLE {self.role} CONNECTION LIMIT 0",
            f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{self.role}'",
        )

    async def open(self) -> None:
        await self._run(f"ALTER ROLE {self.role} CONNECTION LIMIT -1")


@pytest.fixture
async def gated(postgres_server: PostgresServer) -> AsyncIterator[tuple[str, Gate]]:
    """A fresh database owned by a role of its own (a superuser is never refused)."""
    number = next(_names)
    role = f"hamdel_gate_{os.getpid()}_{number}"
    name = f"hamdel_gate_{os.getpid()}_{number}"
    gate = Gate(postgres_server, role)
    await gate._run(f"CREATE ROLE {role} LOGIN", f"CREATE DATABASE {name} OWNER {role}")
    yield f"postgresql+asyncpg://{role}@127.0.0.1:{postgres_server.port}/{name}", gate
    await gate.open()


def refused_once(gate: Gate, work: Callable[..., Awaitable[Any]], wanted: Any) -> Any:
    """``work``, its first call for which ``wanted(*args)`` holds made while the server
    refuses the bot; let in again after that attempt."""

    async def wrapped(*args: Any, **kwargs: Any) -> Any:
        if gate.refusals or not wanted(*args):
            return await work(*args, **kwargs)
        await gate.close()
        try:
            return await work(*args, **kwargs)
        finally:
            await gate.open()

    return wrapped


async def test_a_turn_the_server_refused_is_answered_without_a_restart(
    gated: tuple[str, Gate],
    fake: FakeBotAPI,
    tmp_path: Path,
    nlu_model_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, gate = gated
    settings = make_settings(
        tmp_path, fake, nlu_model_dir, database_url=url, listen_window_seconds=0.0
    )

    def the_complaint(_service: Any, burst: Any, *_: Any) -> bool:
        return any("late" in (message.text or "") for message in burst)

    turn = ConversationService.handle_burst
    monkeypatch.setattr(
        ConversationService, "handle_burst", refused_once(gate, turn, the_complaint)
    )
    async with running(settings, fake):
        fake.push_command(7001, "/start", language_code="en")
        await wait_until(lambda: _answered(fake, 7001, 1), timeout=60)
        update = fake.push_message(7001, "my order is three days late", language_code="en")
        await wait_until(lambda: _answered(fake, 7001, 2), timeout=60)
        await wait_until(lambda: _processed(settings, update), timeout=30)
    assert gate.refusals == 1
    assert len(fake.messages_to(7001)) == 2  # one reply each: nothing twice


async def test_marks_the_server_refused_are_made_again(
    gated: tuple[str, Gate],
    fake: FakeBotAPI,
    tmp_path: Path,
    nlu_model_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, gate = gated
    settings = make_settings(
        tmp_path, fake, nlu_model_dir, database_url=url, listen_window_seconds=0.0
    )
    mark = OutboxSender._mark
    monkeypatch.setattr(OutboxSender, "_mark", refused_once(gate, mark, lambda *_: True))
    async with running(settings, fake):
        fake.push_command(7002, "/start", language_code="en")
        await wait_until(lambda: _answered(fake, 7002, 1), timeout=60)
        # Left 'sending', the first reply held this one back until it turned uncertain.
        fake.push_message(7002, "my order is three days late", language_code="en")
        await wait_until(lambda: _answered(fake, 7002, 2), timeout=60)
        await wait_until(lambda: _all_sent(settings), timeout=30)
    assert gate.refusals == 1
    assert len(fake.messages_to(7002)) == 2


async def test_a_burst_whose_wait_the_server_refused_is_still_answered(
    gated: tuple[str, Gate],
    fake: FakeBotAPI,
    tmp_path: Path,
    nlu_model_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, gate = gated
    settings = make_settings(
        tmp_path, fake, nlu_model_dir, database_url=url, listen_window_seconds=0.4
    )
    # The attempt taken back while a burst waits: refused, its burst's task ended with the
    # error and the chat's later messages joined a burst nothing would ever answer.
    waiting = Intake.waiting
    monkeypatch.setattr(Intake, "waiting", refused_once(gate, waiting, lambda *_: True))
    async with running(settings, fake):
        update = fake.push_message(7003, "my order is three days late", language_code="en")
        await wait_until(lambda: _answered(fake, 7003, 1), timeout=60)
        await wait_until(lambda: _processed(settings, update), timeout=30)
        fake.push_message(7003, "and nobody answers the phone", language_code="en")
        await wait_until(lambda: _answered(fake, 7003, 2), timeout=60)
    assert gate.refusals == 1


def test_what_is_transient() -> None:
    refused = asyncpg.exceptions.TooManyConnectionsError("sorry, too many clients already")
    wrapped = DBAPIError("connect", None, Exception("adapted"))
    wrapped.orig.__cause__ = refused  # type: ignore[union-attr]
    assert is_transient(wrapped)
    assert is_transient(PoolTimeout("QueuePool limit reached"))
    assert is_transient(asyncpg.exceptions.DeadlockDetectedError("deadlock detected"))
    assert not is_transient(asyncpg.exceptions.UniqueViolationError("duplicate key"))
    assert not is_transient(ValueError("a bug"))


async def _answered(fake: FakeBotAPI, chat: int, count: int) -> bool:
    return len(fake.messages_to(chat)) >= count


async def _processed(settings: Any, update: int) -> bool:
    stored = {row.update_id: row for row in await rows(settings, InboundUpdate)}
    return update in stored and stored[update].processed_at is not None


async def _all_sent(settings: Any) -> bool:
    return all(row.status == "sent" for row in await rows(settings, OutboxMessage))
