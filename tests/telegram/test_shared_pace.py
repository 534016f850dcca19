"""Two `hamdel run --webhook` processes on one PostgreSQL keep Telegram's limits together.

The outbox holds replies for many chats before the processes start; both send from it.
Each process alone keeps the limits, so without sharing them the two would together send
twice as fast. The fake Bot API logs when each call arrived; the test counts sends per
window from that log (with slack for the network: no timing is asserted).
"""

from __future__ import annotations

import asyncio
import itertools
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from bot.loadbench import TOKEN, WatchedBotAPI, bot_environment
from nlu.embedded import EmbeddedParser
from storage.database import Database
from storage.repositories import OutboxRepository
from tests.postgres import PostgresServer
from tests.telegram.conftest import free_port
from tests.telegram.test_multiprocess import healthy, until

PER_SECOND = 6  # lowered from Telegram's 30 so the test is short
INTERVAL = 1.0  # seconds between two messages to one chat
CHATS, EACH = 8, 3


def arrivals(fake: WatchedBotAPI) -> list[tuple[float, int, str]]:
    """(arrival time, chat, text) of every successful send, in arrival order."""
    return sorted(
        (at, int(params["chat_id"]), str(params["text"]))
        for method, params, at in fake.calls
        if method == "sendMessage" and params.get("_ok")
    )


def start_bot(
    url: str, fake: WatchedBotAPI, port: int, model_dir: Path, logs: Path
) -> subprocess.Popen[bytes]:
    """One bot process keeping Telegram's limits (lowered), as a deployment would."""
    env = bot_environment(url, fake, port)
    env.update(
        NLU_MODEL_DIR=str(model_dir),
        OUTBOX_LIMITS="telegram",
        OUTBOX_PER_SECOND=str(PER_SECOND),
        OUTBOX_PRIVATE_INTERVAL_SECONDS=str(INTERVAL),
    )
    log = (logs / f"bot-{port}.log").open("wb")
    command = [sys.executable, "-m", "bot", "run", "--webhook"]
    return subprocess.Popen(command, env=env, cwd=logs, stdout=log, stderr=log)


def busiest_second(times: list[float]) -> int:
    """The most sends that arrived within any one second."""
    return max(sum(1 for t in times if start <= t < start + 1.0) for start in times)


async def test_two_processes_share_telegram_limits(
    postgres_server: PostgresServer, nlu_model_dir: Path, tmp_path: Path
) -> None:
    url = postgres_server.create_database(f"hamdel_pace_{os.getpid()}")
    database = Database(url)
    await database.initialize()
    async with database.writing() as session:
        outbox = OutboxRepository(session)
        for number in range(EACH):  # row by row in chat order, as turns would write them
            for chat in range(CHATS):
                await outbox.enqueue(770_000 + chat, f"reply {number} to {chat}")
    await database.shutdown()
    await EmbeddedParser(nlu_model_dir).initialize()  # trained once here, loaded by each bot
    fake = WatchedBotAPI(TOKEN, asyncio.get_running_loop())
    fake.start_in_thread()
    bots: list[subprocess.Popen[bytes]] = []
    try:
        for _ in range(2):
            port = free_port()
            bots.append(start_bot(url, fake, port, nlu_model_dir, tmp_path))
            await until(lambda port=port: healthy(port), f"bot on {port} started")

        async def all_sent() -> bool:
            return len(arrivals(fake)) >= CHATS * EACH

        await until(all_sent, "every row delivered")
    finally:
        for bot in bots:
            bot.terminate()
        for bot in bots:
            bot.wait(30)
        fake.stop_thread()
    sent = arrivals(fake)
    assert sorted(text for _, _, text in sent) == sorted(
        f"reply {n} to {c}" for n in range(EACH) for c in range(CHATS)
    )  # each exactly once
    # Apart, the two would send 2 × PER_SECOND a second; together they keep one limit
    # (slack for arrival jitter: half of it).
    times = [at for at, _, _ in sent]
    assert busiest_second(times) <= PER_SECOND * 1.5, [round(t - times[0], 3) for t in times]
    per_chat: dict[int, list[tuple[float, str]]] = defaultdict(list)
    for at, chat, text in sent:
        per_chat[chat].append((at, text))
    for chat, row in per_chat.items():
        assert [text for _, text in row] == [f"reply {n} to {chat - 770_000}" for n in range(EACH)]
        gaps = [later - earlier for (earlier, _), (later, _) in itertools.pairwise(row)]
        assert min(gaps) >= INTERVAL / 2, (chat, gaps)  # half: slack for arrival jitter
