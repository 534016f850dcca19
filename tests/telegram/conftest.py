"""End-to-end fixtures: the real PTB Application, over HTTP, against the fake Bot API."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import pytest
from sqlalchemy import func, select

from bot.settings import Settings
from bot.telegram.runner import run_telegram
from storage.database import Database
from storage.models import InboundUpdate, OutboxMessage
from tests.fake_bot_api import FakeBotAPI

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "123456:TEST-token-not-real"
OWNER_REZA = 1002  # owners.example.yml: Reza Karimi, customer care, fa/ar/en
OWNER_SARA = 1001  # Sara Ahmadi, billing, fa/en


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI(token=TOKEN) as api:
        yield api


def make_settings(
    tmp_path: Path, fake: FakeBotAPI, nlu_model_dir: Path, **overrides: object
) -> Settings:
    values: dict[str, object] = {
        "database_url": f"sqlite+aiosqlite:///{tmp_path / 'hamdel.db'}",
        "nlu_model_dir": nlu_model_dir,
        "owners_file": ROOT / "owners.example.yml",
        "telegram_bot_token": TOKEN,
        "telegram_api_base_url": fake.base_url,
        "listen_window_seconds": 0.4,
        "listen_window_max_seconds": 3.0,
        "http_host": "127.0.0.1",
        "http_port": free_port(),
        "scheduler_interval_seconds": 0.2,
        "default_lang": "en",
        # Each start would gc.freeze() this test process's heap; test_warm_start.py turns
        # it on to check that the runner warms up.
        "nlu_warm_up": False,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg, arg-type]


@dataclass
class RunningBot:
    """A bot running in this event loop until ``stop()``."""

    settings: Settings
    task: asyncio.Task[int]
    stop_event: asyncio.Event

    async def stop(self) -> int:
        self.stop_event.set()
        return await asyncio.wait_for(self.task, 30)


async def _healthy(settings: Settings) -> bool:
    """The bot's own web server answers (it starts after the Bot API handshake)."""
    url = f"http://127.0.0.1:{settings.http_port}/healthz"
    try:
        async with aiohttp.ClientSession() as client, client.get(url) as response:
            return response.status == 200
    except aiohttp.ClientError:
        return False


@contextlib.asynccontextmanager
async def running(
    settings: Settings, fake: FakeBotAPI, *, webhook: bool = False
) -> AsyncIterator[RunningBot]:
    stop = asyncio.Event()
    task = asyncio.create_task(run_telegram(settings, webhook=webhook, stop=stop))
    bot = RunningBot(settings, task, stop)
    deadline = asyncio.get_running_loop().time() + 60
    wanted = "setMyCommands" if webhook else "getUpdates"
    while not fake.calls_to(wanted) or not await _healthy(settings):
        if task.done():
            task.result()
        assert asyncio.get_running_loop().time() < deadline, "bot did not start"
        await asyncio.sleep(0.05)
    try:
        yield bot
    finally:
        if not task.done():
            await bot.stop()


async def settled(settings: Settings, fake: FakeBotAPI, timeout: float = 20) -> None:
    """Wait until the bot has read, handled and answered everything pushed so far.

    Read: no update left unconfirmed at the fake; handled: every stored update processed
    (or put aside); answered: no outbox row waiting or in flight. Nothing more is sent
    unprompted after that, so "nothing else was sent" is asserted without a guessed sleep.
    """
    database = Database(settings.database_url)
    await database.initialize()
    waiting = (InboundUpdate.processed_at.is_(None)) & (InboundUpdate.dead_at.is_(None))
    unsent = OutboxMessage.status.in_(("pending", "sending"))
    deadline = asyncio.get_running_loop().time() + timeout
    try:
        while True:
            async with database.session() as session:
                open_updates = await session.scalar(select(func.count()).where(waiting))
                open_rows = await session.scalar(select(func.count()).where(unsent))
            if fake.unconfirmed() == 0 and open_updates == 0 and open_rows == 0:
                return
            left = (fake.unconfirmed(), open_updates, open_rows)
            assert asyncio.get_running_loop().time() < deadline, f"never settled: {left}"
            await asyncio.sleep(0.05)
    finally:
        await database.shutdown()


@pytest.fixture
def settings(tmp_path: Path, fake: FakeBotAPI, nlu_model_dir: Path) -> Settings:
    return make_settings(tmp_path, fake, nlu_model_dir)
