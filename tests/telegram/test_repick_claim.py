"""A re-pick is a claim, and a dead letter reaches a person (bot/telegram/repick.py,
bot/dead_letters.py).

Two Applications on one PostgreSQL (the suite's server) both look for stuck updates every
0.2 s; a stuck update's turn is held open so neither process finishes it. Before the claim,
the second process took it up at its next look too and counted a second attempt; now one
attempt is counted per grace period. And an update put aside after the last attempt
reaches its owner once (a sendMessage to the owner's chat at the fake Bot API) and its
customer once. No timed assertions: every wait polls with a generous deadline.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
from collections import Counter
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update as sql_update

from bot.privacy import text
from bot.service import ConversationService
from bot.staff_words import say
from bot.telegram.repick import Repicker
from storage.database import Database
from storage.models import InboundUpdate
from storage.repositories import InboundUpdateRepository
from tests.fake_bot_api import FakeBotAPI
from tests.postgres import PostgresServer
from tests.telegram.conftest import make_settings, running, settled
from tests.telegram.test_customers import rows
from tests.telegram.test_handoff import wait_until
from tests.telegram.test_repick import QUICK, locked_while

REZA = 1002  # owners.example.yml: on "other", speaks English, the default owner
REZA_READS = "fa"  # his first language: staff texts reach him in it
WORDS = "my order is three days late"
_names = itertools.count()


def held_until(release: asyncio.Event, work: Callable[..., Awaitable[Any]]) -> Any:
    """``work`` for the complaint's turns once ``release`` is set: a turn that stays open."""

    async def wrapped(service: Any, burst: Any, *args: Any, **kwargs: Any) -> Any:
        if any(WORDS in (message.text or "") for message in burst):
            await release.wait()
        return await work(service, burst, *args, **kwargs)

    return wrapped


async def _store_stuck(url: str, payload: dict[str, Any]) -> int:
    """An update left unanswered an hour ago by a turn that gave up (one attempt counted)."""
    database = Database(url)
    await database.initialize()
    try:
        async with database.session() as session, session.begin():
            await InboundUpdateRepository(session).store(payload["update_id"], payload, attempts=1)
            await session.execute(
                sql_update(InboundUpdate)
                .where(InboundUpdate.update_id == payload["update_id"])
                .values(received_at=datetime.now(UTC) - timedelta(hours=1))
            )
    finally:
        await database.shutdown()
    return int(payload["update_id"])


async def _attempts(settings: Any, update: int) -> int:
    stored = {row.update_id: row for row in await rows(settings, InboundUpdate)}
    return stored[update].attempts if update in stored else 0


async def test_two_applications_count_one_attempt_per_grace_period(
    postgres_server: PostgresServer,
    fake: FakeBotAPI,
    tmp_path: Path,
    nlu_model_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = postgres_server.create_database(f"hamdel_claim_{os.getpid()}_{next(_names)}")
    release = asyncio.Event()
    monkeypatch.setattr(
        ConversationService, "handle_burst", held_until(release, ConversationService.handle_burst)
    )
    looks: Counter[int] = Counter()  # per Repicker: how many looks it has made
    tick = Repicker.tick

    async def counted(self: Repicker, now: datetime | None = None) -> int:
        try:
            return await tick(self, now)
        finally:
            looks[id(self)] += 1

    monkeypatch.setattr(Repicker, "tick", counted)
    quick = {**QUICK, "repick_grace_seconds": 600.0}  # the whole test is one grace period
    chat = 7130
    async with AsyncExitStack() as stack:
        for _ in range(2):
            settings = make_settings(tmp_path, fake, nlu_model_dir, database_url=url, **quick)
            await stack.enter_async_context(running(settings, fake))
        fake.push_command(chat, "/start", language_code="en")
        await wait_until(lambda: _answered(fake, chat, 1), timeout=60)
        payload = fake.make_message_update(chat, WORDS, language_code="en")
        update = await _store_stuck(url, payload)
        await wait_until(lambda: _at_least(settings, update, 2), timeout=60)  # one took it
        await wait_until(lambda: _both_looked(looks), timeout=60)
        seen = dict(looks)
        # Every process looks five more times while the turn stays open: before the claim,
        # the other one took it up again (a third attempt) at its next look.
        await wait_until(lambda: _more_looks(looks, seen, 5), timeout=60)
        assert await _attempts(settings, update) == 2
        release.set()
        await wait_until(lambda: _answered(fake, chat, 2), timeout=60)
        await settled(settings, fake, timeout=60)
    assert len(fake.messages_to(chat)) == 2  # answered once
    assert await _attempts(settings, update) == 2


async def test_a_dead_letter_reaches_its_owner_once_and_its_customer_once(
    fake: FakeBotAPI,
    tmp_path: Path,
    nlu_model_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    settings = make_settings(tmp_path, fake, nlu_model_dir, repick_max_attempts=2, **QUICK)
    turn = locked_while(lambda: True, ConversationService.handle_burst)
    monkeypatch.setattr(ConversationService, "handle_burst", turn)
    chat = 7131
    with caplog.at_level(logging.INFO):
        async with running(settings, fake):
            fake.push_command(chat, "/start", language_code="en", first_name="Maryam")
            await wait_until(lambda: _answered(fake, chat, 1), timeout=60)
            fake.push_message(chat, WORDS, language_code="en", first_name="Maryam")
            await wait_until(lambda: _answered(fake, chat, 2), timeout=60)
            await wait_until(lambda: _told(fake), timeout=60)
            await settled(settings, fake, timeout=60)
    assert fake.messages_to(chat)[1] == text("en", "kept_for_later")
    assert len(fake.messages_to(chat)) == 2  # the customer told once
    notices = [m for m in fake.messages_to(REZA) if say(REZA_READS, "dead_letter_head") in m]
    assert len(notices) == 1  # the owner told once
    notice = notices[0]
    assert "Maryam" in notice and str(chat) in notice and WORDS in notice
    assert say(REZA_READS, "dead_letter_no_request") in notice
    assert all(WORDS not in r.getMessage() for r in caplog.records)  # never in a log


async def _answered(fake: FakeBotAPI, chat: int, count: int) -> bool:
    return len(fake.messages_to(chat)) >= count


async def _told(fake: FakeBotAPI) -> bool:
    return any(say(REZA_READS, "dead_letter_head") in m for m in fake.messages_to(REZA))


async def _at_least(settings: Any, update: int, attempts: int) -> bool:
    return await _attempts(settings, update) >= attempts


async def _both_looked(looks: Counter[int]) -> bool:
    return len(looks) == 2


async def _more_looks(looks: Counter[int], seen: dict[int, int], more: int) -> bool:
    return all(looks[key] >= seen[key] + more for key in seen)
