"""Two `hamdel run --webhook` processes on one PostgreSQL keep Telegram's limits together.

The outbox holds replies for many chats before the processes start; both send from it.
Each process alone keeps the limits, so without sharing them the two would together send
twice as fast. The limits are counted where they are kept: each process logs (at DEBUG) the
database clock at which the shared pace admitted a send, and the test counts admissions per
window from those logs. Arrival times at the fake Bot API are not used: on a loaded machine
sends admitted evenly can arrive bunched, which says nothing about the limits.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import re
import subprocess
import sys
from collections import defaultdict
from datetime import datetime
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
        HAMDEL_LOG_LEVEL="DEBUG",  # the pace's admissions (no message text is in them)
    )
    log = (logs / f"bot-{port}.log").open("wb")
    command = [sys.executable, "-m", "bot", "run", "--webhook"]
    return subprocess.Popen(command, env=env, cwd=logs, stdout=log, stderr=log)


_ADMITTED = re.compile(r"send pace: admitted chats \[([\d, ]+)\] at (\S+)")


def admissions(logs: Path) -> list[tuple[float, int]]:
    """(database time in seconds, chat) of every send the shared pace admitted, in time order."""
    found: list[tuple[float, int]] = []
    for log in logs.glob("bot-*.log"):
        for match in _ADMITTED.finditer(log.read_text(encoding="utf-8", errors="replace")):
            at = datetime.fromisoformat(match.group(2)).timestamp()
            found += [(at, int(chat)) for chat in match.group(1).split(",")]
    return sorted(found)


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
    # Apart, the two would admit 2 × PER_SECOND a second; together they keep one limit. The
    # even schedule lets a late pass run TOLERANCE (0.1 s) ahead: at most one more in a second.
    admitted = admissions(tmp_path)
    assert len(admitted) == CHATS * EACH, admitted  # every send went through the shared pace
    times = [at for at, _ in admitted]
    assert busiest_second(times) <= PER_SECOND + 1, [round(t - times[0], 3) for t in times]
    per_chat_admitted: dict[int, list[float]] = defaultdict(list)
    for at, chat in admitted:
        per_chat_admitted[chat].append(at)
    for chat, row in per_chat_admitted.items():  # a chat's sends a full interval apart
        gaps = [later - earlier for earlier, later in itertools.pairwise(row)]
        assert min(gaps) >= INTERVAL - 1e-6, (chat, gaps)
    per_chat: dict[int, list[str]] = defaultdict(list)
    for _, chat, text in sent:
        per_chat[chat].append(text)
    for chat, texts in per_chat.items():  # and in order
        assert texts == [f"reply {n} to {chat - 770_000}" for n in range(EACH)]
