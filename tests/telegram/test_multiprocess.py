"""Three `hamdel run --webhook` processes on one PostgreSQL, one killed mid-load.

Customers' messages are spread over the processes the way a load balancer would, a
customer's consecutive messages landing on different ones. One process is SIGKILLed half
way; Telegram would retry what it could not deliver, so the test posts those again to a
live process, and a replacement process starts (replaying what the dead one had stored).
Then: every message answered, no reply and no reminder sent twice, one handoff each.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from sqlalchemy import select

from bot.loadbench import SECRET, TOKEN, WatchedBotAPI, bot_environment
from bot.staff_words import say
from dialogues.languages import LANGUAGES
from nlu.embedded import EmbeddedParser
from storage.database import Database
from storage.models import Handoff, InboundUpdate, OutboxMessage
from tests.postgres import PostgresServer
from tests.telegram.conftest import free_port

CUSTOMERS = 9
SAYS = (
    "/start",
    "please let me talk to a person, it's urgent",
    "it's about order 5531, the tracking page is blank",
)
HEADERS = {"X-Telegram-Bot-Api-Secret-Token": SECRET}


class Fleet:
    """Bot processes sharing one database, started and killed by the test."""

    def __init__(self, url: str, fake: WatchedBotAPI, model_dir: Path, logs: Path) -> None:
        self.url, self.fake, self.model_dir, self.logs = url, fake, model_dir, logs
        self.processes: dict[int, subprocess.Popen[bytes]] = {}

    def start(self) -> int:
        port = free_port()
        env = bot_environment(self.url, self.fake, port)
        env.update(
            NLU_MODEL_DIR=str(self.model_dir),
            SLA_REMIND_MINUTES="0.02",  # a reminder for every handoff during the test
            SLA_ESCALATE_MINUTES="600",
            SCHEDULER_INTERVAL_SECONDS="0.2",
            OUTBOX_SENDING_GRACE_SECONDS="3",
        )
        log = (self.logs / f"bot-{port}.log").open("wb")
        self.processes[port] = subprocess.Popen(
            [sys.executable, "-m", "bot", "run", "--webhook"],
            env=env,
            cwd=self.logs,
            stdout=log,
            stderr=log,
        )
        return port

    def kill(self, port: int) -> None:
        self.processes.pop(port).send_signal(signal.SIGKILL)

    def live(self) -> list[int]:
        return list(self.processes)

    def stop_all(self) -> None:
        for process in self.processes.values():
            process.send_signal(signal.SIGTERM)
        for process in self.processes.values():
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(30)


@pytest.fixture
async def fleet(
    postgres_server: PostgresServer, nlu_model_dir: Path, tmp_path: Path
) -> AsyncIterator[Fleet]:
    url = postgres_server.create_database(f"hamdel_fleet_{os.getpid()}")
    fake = WatchedBotAPI(TOKEN, asyncio.get_running_loop())
    fake.start_in_thread()
    fleet = Fleet(url, fake, nlu_model_dir, tmp_path)
    try:
        yield fleet
    finally:
        fleet.stop_all()
        fake.stop_thread()


async def healthy(port: int) -> bool:
    with contextlib.suppress(aiohttp.ClientError):
        async with (
            aiohttp.ClientSession() as client,
            client.get(f"http://127.0.0.1:{port}/healthz") as answer,
        ):
            return answer.status == 200
    return False


async def until(condition: Any, what: str, seconds: float = 90) -> None:
    """Wait for a condition (a deadline against hanging, not a speed check)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while not await condition():
        assert loop.time() < deadline, f"never happened: {what}"
        await asyncio.sleep(0.1)


async def deliver(fleet: Fleet, payload: dict[str, Any], first: int) -> None:
    """Post an update like Telegram: to one process, retried on another until one says 200."""
    async with aiohttp.ClientSession() as client:
        for attempt in range(60):
            live = fleet.live()
            port = live[(first + attempt) % len(live)]
            with contextlib.suppress(aiohttp.ClientError):
                async with client.post(
                    f"http://127.0.0.1:{port}/telegram", json=payload, headers=HEADERS
                ) as answer:
                    if answer.status == 200:
                        return
            await asyncio.sleep(0.1)
    raise AssertionError("no process took the update")


async def customer(fleet: Fleet, number: int, sent: list[int], halfway: asyncio.Event) -> None:
    chat = 880_000 + number
    for index, text in enumerate(SAYS):
        payload = fleet.fake.make_message_update(chat, text, language_code="en")
        sent.append(payload["update_id"])
        seen = fleet.fake.replies.get(chat, 0)
        await deliver(fleet, payload, number + index)
        # A reply may be one the killed process had claimed (at most once: never resent).
        await fleet.fake.reply_after(chat, seen, 8)
        if index == 1:
            halfway.set()


async def read(url: str) -> tuple[list[Any], list[Any], list[Any]]:
    database = Database(url)
    await database.initialize()
    try:
        async with database.session() as session:
            updates = (await session.execute(select(InboundUpdate))).scalars().all()
            rows = (await session.execute(select(OutboxMessage))).scalars().all()
            handoffs = (await session.execute(select(Handoff))).scalars().all()
    finally:
        await database.shutdown()
    return list(updates), list(rows), list(handoffs)


async def test_three_processes_one_killed_nothing_lost_nothing_twice(
    fleet: Fleet, nlu_model_dir: Path
) -> None:
    await EmbeddedParser(nlu_model_dir).initialize()  # trained once here, loaded by each bot
    ports = [fleet.start() for _ in range(3)]
    for port in ports:
        await until(lambda port=port: healthy(port), f"bot on {port} started")
    sent: list[int] = []
    halfway = asyncio.Event()
    load = asyncio.gather(*(customer(fleet, n, sent, halfway) for n in range(CUSTOMERS)))
    await halfway.wait()
    fleet.kill(ports[0])
    replacement = fleet.start()  # replays what the killed process had stored, unanswered
    await until(lambda: healthy(replacement), "replacement started")
    await load

    async def settled() -> bool:
        updates, rows, handoffs = await read(fleet.url)
        answered = {u.update_id for u in updates if u.processed_at is not None}
        reminded = all(h.remind_at is None for h in handoffs)
        unsent = [r for r in rows if r.status in ("pending", "sending")]
        return set(sent) <= answered and reminded and not unsent

    await until(settled, "every update answered, every reminder taken, the outbox empty")
    updates, rows, handoffs = await read(fleet.url)
    delivered = [p for m, p, _ in fleet.fake.calls if m == "sendMessage" and p.get("_ok")]

    # Nothing lost: every customer message was answered, each conversation handed off once.
    assert set(sent) <= {u.update_id for u in updates if u.processed_at is not None}
    assert Counter(h.customer_id for h in handoffs) == Counter({h.customer_id: 1 for h in handoffs})
    assert len(handoffs) == CUSTOMERS
    # Nothing sent twice: per chat, what arrived is what the outbox sent (uncertain rows,
    # claimed by the killed process, arrived at most once).
    for chat in {int(r.chat_id) for r in rows if r.chat_id >= 880_000}:
        arrived = Counter(str(p["text"]) for p in delivered if str(p["chat_id"]) == str(chat))
        mine = [r for r in rows if r.chat_id == chat]
        surely = Counter(r.text for r in mine if r.status == "sent")
        maybe = Counter(r.text for r in mine if r.status in ("sent", "uncertain"))
        assert surely <= arrived <= maybe, chat
    # Every reminder fired once: one row per handoff, and it arrived at most once.
    staff_text = "\n".join(str(p["text"]) for p in delivered)
    for handoff in handoffs:
        # In the owner's own language (staff texts come from the catalogs).
        said = {say(language, "reminder", id=handoff.id) for language in LANGUAGES}
        reminders = [r for r in rows if r.text in said]
        assert len(reminders) == 1, handoff.id
        line = reminders[0].text or ""
        assert staff_text.count(line) == (1 if reminders[0].status == "sent" else 0) or (
            reminders[0].status == "uncertain" and staff_text.count(line) <= 1
        )
