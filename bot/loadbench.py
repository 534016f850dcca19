"""The load benchmark (part of ``make bench``): simulated customers, end to end.

Each scenario starts ``hamdel run --webhook`` as its own process on a fresh database, with
the listening window at 0 and ``OUTBOX_LIMITS=none``, against the fake Bot API (in a thread
of this process). N customers (fa/ar/en, real messages from rows 1-1000) each hold the same
8-message conversation, sending the next message as soon as the reply reaches sendMessage
(or, for a message answered without words, its receipt reaches setMessageReaction).
Figures are measured here, never asserted in tests. Run alone: ``python -m bot.loadbench``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import math
import os
import random
import signal
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import aiohttp
from sqlalchemy import func, select

from bot import benchproc as proc
from bot.loadsteady import WARM_SEED, WARM_UP, last_outbox_id, others, outbox_lag
from bot.loadwatch import WatchedBotAPI
from storage.database import Database
from storage.models import InboundUpdate, OutboxMessage
from tests.fake_bot_api import FakeBotAPI
from tests.postgres import PostgresServer

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "data" / "real-messages"
TOKEN = "123456:BENCH-token-not-real"
SECRET = "bench-secret"
LANGUAGES = ("fa", "ar", "en")
PHRASES = {  # affirm, permission, "that's all"
    "en": ("yes", "yes, go ahead", "that's all"),
    "fa": ("بله", "بله، بپرسید", "همین"),
    "ar": ("نعم", "نعم، تفضل", "بس"),
}
REPLY_TIMEOUT = 30.0  # a turn that gets no reply by then is counted as unanswered
QUIET = 1.0  # no reply yet: from now on, also ask the database whether the turn is over
MIN_MESSAGES = 240  # per scenario, so one customer gives more than a handful of turns
# The driver's own connections (its "is the turn over?" checks, a handful at a time): few,
# so that it measures the bots, not its competition with them for the server's connections.
DRIVER_POOL, DRIVER_OVERFLOW = 2, 3


def real_rows(language: str) -> list[str]:
    """Rows 1-1000 of the real messages (the rest are for evaluation only)."""
    lines = (REAL / f"{language}.tsv").read_text(encoding="utf-8").splitlines()[1:1001]
    return [line.split("\t")[0].strip() for line in lines if line.split("\t")[0].strip()]


def conversation(language: str, rows: list[str], rng: random.Random) -> list[str]:
    """Opening, complaint, detail, affirm, permission, two job answers, "that's all"."""
    affirm, permission, done = PHRASES[language]
    complaint, detail, job_one, job_two = rng.sample(rows, 4)
    return ["/start", complaint, detail, affirm, permission, job_one, job_two, done]


def bot_environment(database_url: str, fake: FakeBotAPI, port: int) -> dict[str, str]:
    """The settings of the process under measurement."""
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "TELEGRAM_WEBHOOK_SECRET": SECRET,
        "HTTP_HOST": "127.0.0.1",
        "HTTP_PORT": str(port),
        "LISTEN_WINDOW_SECONDS": "0",
        "OUTBOX_LIMITS": "none",
        # Another checkout (below) keeps its own model cache: its features may differ.
        "NLU_MODEL_DIR": os.environ.get("HAMDEL_BENCH_MODEL_DIR", str(ROOT / "data" / "nlu-model")),
        "OWNERS_FILE": str(ROOT / "owners.example.yml"),
        "HAMDEL_DEFAULT_LANG": "en",
        "HAMDEL_LOG_LEVEL": os.environ.get("HAMDEL_BENCH_LOG_LEVEL", "WARNING"),
        # Before/after comparisons: the bot under measurement may run another checkout.
        # Without it, this checkout's bot: a relative PYTHONPATH ("." from a worktree) would
        # resolve in the bot's temporary directory and fall back to the venv's editable install.
        "PYTHONPATH": os.environ.get("HAMDEL_BENCH_BOT_PATH") or str(ROOT),
    }


async def _wait_healthy(port: int, process: asyncio.subprocess.Process, fake: FakeBotAPI) -> None:
    deadline = time.monotonic() + 600  # the first start may train the embedded model
    async with aiohttp.ClientSession() as client:
        while time.monotonic() < deadline:
            if process.returncode is not None:
                raise RuntimeError(f"the bot exited with {process.returncode}")
            with contextlib.suppress(aiohttp.ClientError):
                async with client.get(f"http://127.0.0.1:{port}/healthz") as answer:
                    if answer.status == 200 and fake.calls_to("setMyCommands"):
                        return
            await asyncio.sleep(0.1)
    raise RuntimeError("the bot did not start")


async def _settled(database: Database, update_id: int, chat_id: int) -> bool:
    """The turn is over and nothing waits to be sent to the chat."""
    async with database.session() as session:
        query = select(InboundUpdate.processed_at).where(InboundUpdate.update_id == update_id)
        if await session.scalar(query) is None:
            return False
        unsent = select(func.count()).where(
            OutboxMessage.chat_id == chat_id, OutboxMessage.status.in_(("pending", "sending"))
        )
        return not await session.scalar(unsent)


async def _turn_over(
    fake: WatchedBotAPI, database: Database, chat_id: int, seen: int, update_id: int
) -> str:
    """'reply' (words or a receipt), 'silent' (neither: the policy answers every message
    the customer wrote, so this is for turns such as a stale button) or 'lost'."""
    if await fake.reply_after(chat_id, seen, QUIET):
        return "reply"
    deadline = time.monotonic() + REPLY_TIMEOUT
    while time.monotonic() < deadline:
        if await _settled(database, update_id, chat_id):
            return "reply" if await fake.reply_after(chat_id, seen, 0.05) else "silent"
        if await fake.reply_after(chat_id, seen, 0.1):
            return "reply"
    return "lost"


async def _customer(
    client: aiohttp.ClientSession,
    urls: list[str],
    fake: WatchedBotAPI,
    database: Database,
    chat_id: int,
    language: str,
    messages: list[str],
    turns: list[float],
    stamps: list[float],
) -> Counter[str]:
    """One customer's conversation; how its turns ended (when: ``stamps``)."""
    ends: Counter[str] = Counter()
    for step, text in enumerate(messages):
        url = urls[(chat_id + step) % len(urls)]
        payload = fake.make_message_update(chat_id, text, language_code=language)
        seen = fake.replies.get(chat_id, 0)
        receipts = fake.receipts.get(chat_id, 0)
        start = time.perf_counter()
        async with client.post(
            url, json=payload, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
        ) as answer:
            if answer.status != 200:
                raise RuntimeError(f"webhook answered {answer.status}")
        end = await _turn_over(fake, database, chat_id, seen, payload["update_id"])
        if end == "reply" and fake.receipts.get(chat_id, 0) > receipts:
            end = "receipt"  # answered by a nod: the turn still ended when it arrived
        ends[end] += 1
        stamps.append(time.perf_counter())
        if end in ("reply", "receipt"):
            turns.append(time.perf_counter() - start)
    return ends


async def _warm(
    database_url: str, fake: WatchedBotAPI, urls: list[str], customers: int, rows: Any, n: int
) -> int:
    """``n`` messages of other conversations, untimed; the last outbox row's id after them."""
    unseen = others(rows, customers, MIN_MESSAGES)
    await _talk(database_url, fake, urls, customers, unseen, [], proc.unobserved, n)
    return await last_outbox_id(database_url)


async def _start_bot(
    database_url: str, fake: WatchedBotAPI
) -> tuple[int, asyncio.subprocess.Process]:
    port = proc.free_port()
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        "--webhook",
        env=bot_environment(database_url, fake, port),
        cwd=tempfile.mkdtemp(prefix="hamdel-bench-"),  # no stray .env
    )
    return port, process


async def _ready(
    bots: list[tuple[int, asyncio.subprocess.Process]], fake: FakeBotAPI, customers: int
) -> list[int]:
    """Wait until every bot answers /healthz; their process ids."""
    for port, process in bots:
        await _wait_healthy(port, process, fake)
    pids = [process.pid for _, process in bots]
    print(f"bench: {customers} customer(s), bot pid(s) {pids}", file=sys.stderr)
    return pids


async def _stop(bots: list[tuple[int, asyncio.subprocess.Process]], fake: FakeBotAPI) -> None:
    """Stop the bots (as a supervisor would) and the fake Bot API."""
    for _, process in bots:
        process.send_signal(signal.SIGTERM)
    for _, process in bots:
        await asyncio.wait_for(process.wait(), 60)
    fake.stop_thread()


async def _talk(
    database_url: str,
    fake: WatchedBotAPI,
    urls: list[str],
    customers: int,
    rows: dict[str, list[str]],
    turns: list[float],
    observe: proc.Observer,
    warm_up: int = 0,
) -> tuple[Counter[str], float, float, dict[str, Any]]:
    """Every customer's conversations; how the turns ended, the seconds it took, the
    driver's CPU seconds meanwhile (its loop and the fake API) and what ``observe`` saw,
    with ``msgs_per_s_steady``: turns ended while every customer was still talking (the
    last customers alone, one slow turn from the end, measure that turn, not the bots).
    ``warm_up``: that many messages of other conversations (other chats, other draws)."""
    stamps: list[float] = []
    finished: list[float] = []
    rounds = max(1, math.ceil((warm_up or MIN_MESSAGES) / (8 * customers)))
    rng = random.Random(WARM_SEED + customers if warm_up else customers)
    chats = itertools.count(9_000_000 if warm_up else 5_000_000)
    database = Database(database_url, pool_size=DRIVER_POOL, max_overflow=DRIVER_OVERFLOW)
    await database.initialize()
    try:
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as client:

            async def one(index: int) -> Counter[str]:
                ends: Counter[str] = Counter()
                for _ in range(rounds):
                    language = LANGUAGES[index % 3]
                    script = conversation(language, rows[language], rng)
                    chat = next(chats)
                    ends += await _customer(
                        client, urls, fake, database, chat, language, script, turns, stamps
                    )
                finished.append(time.perf_counter())
                return ends

            async with observe(database_url) as observed:
                start, driver_before = time.perf_counter(), time.process_time()
                everyone = await asyncio.gather(*(one(i) for i in range(customers)))
                elapsed = time.perf_counter() - start
                driver_cpu = time.process_time() - driver_before
    finally:
        await database.shutdown()
    first = min(finished)
    steady = sum(1 for at in stamps if at <= first) / max(1e-9, first - start)
    observed["msgs_per_s_steady"] = round(steady, 1)
    return sum(everyone, Counter()), elapsed, driver_cpu, observed


async def scenario(
    database_url: str,
    customers: int,
    rows: dict[str, list[str]],
    processes: int = 1,
    observe: proc.Observer = proc.unobserved,
    warm_up: int = 0,
) -> dict[str, Any]:
    """Fresh database, ``processes`` bots behind it, ``customers`` talking at once.

    With several processes a customer's consecutive messages go to different ones, as a
    load balancer would send them. ``warm_up``: the steady state, after that many messages
    of other conversations (not timed, not counted; RSS "idle" is then after them).
    """
    fake = WatchedBotAPI(TOKEN, asyncio.get_running_loop())
    fake.start_in_thread()
    bots = [await _start_bot(database_url, fake) for _ in range(processes)]
    urls = [f"http://127.0.0.1:{port}/telegram" for port, _ in bots]
    after = 0
    try:
        pids = await _ready(bots, fake, customers)
        if warm_up:
            after = await _warm(database_url, fake, urls, customers, rows, warm_up)
        idle_kb = max(proc.status_kb(pid, "VmRSS") for pid in pids)
        cpu_before = [proc.cpu_seconds(pid) for pid in pids]
        waited_before = [proc.run_queue_seconds(pid) for pid in pids]
        woken_before = sum(proc.wakeups(pid) for pid in pids)
        load_before = os.getloadavg()[0]  # other work on the machine slows every figure
        turns: list[float] = []
        ends, elapsed, driver_cpu, observed = await _talk(
            database_url, fake, urls, customers, rows, turns, observe
        )
        peak_kb = max(proc.status_kb(pid, "VmHWM") for pid in pids)
        cpu_each = [proc.cpu_seconds(pid) - was for pid, was in zip(pids, cpu_before, strict=True)]
        waited = [proc.run_queue_seconds(p) - w for p, w in zip(pids, waited_before, strict=True)]
        woken = sum(proc.wakeups(pid) for pid in pids) - woken_before
    finally:
        await _stop(bots, fake)
    messages = sum(ends.values())
    return {
        "customers": customers,
        "processes": processes,
        "messages": messages,
        "receipt_turns": ends["receipt"],  # answered by a reaction; in turn_ms
        "silent_turns": ends["silent"],  # neither words nor a receipt; not in turn_ms
        "lost": ends["lost"],
        "msgs_per_s": round(messages / elapsed, 1),
        "turn_ms": proc.percentiles(turns),
        "outbox_lag_ms": await outbox_lag(database_url, after),
        "rss_mb": {"idle": round(idle_kb / 1024), "peak": round(peak_kb / 1024)},  # per process
        **proc.cpu_figures(cpu_each, messages, elapsed, load_before, waited),
        "driver_cpu_ms_per_msg": round(1000 * driver_cpu / max(1, messages), 2),
        "bot_wakeups_per_msg": round(woken / max(1, messages), 2),
        **observed,
        **({"warm_up_messages": warm_up} if warm_up else {}),
    }


async def load_figures(
    customer_counts: list[int],
    backends: list[str],
    processes: int | list[int] = 3,
    steady: tuple[int, ...] = (10,),
    warm_up: int = WARM_UP,
) -> dict[str, Any]:
    """Every scenario: each backend at each number of customers, and PostgreSQL with
    ``processes`` bots sharing it (from 10 customers up; a list: each count in turn, run
    right after the one-process figure so that the machine's load is alike). SQLite at
    each count in ``steady`` also once more after ``warm_up`` messages, as ``"steady"``
    beside the cold figures (the timed run the same as theirs)."""
    several = [processes] if isinstance(processes, int) else processes
    rows = {language: real_rows(language) for language in LANGUAGES}
    figures: dict[str, Any] = {}
    postgres = "postgres" in backends and PostgresServer.available()
    with proc.databases(postgres) as new:
        for n in customer_counts:
            if "sqlite" in backends:
                sqlite = figures.setdefault("sqlite+embedded", {})
                sqlite[str(n)] = await scenario(new("sqlite"), n, rows)
                if n in steady and warm_up:
                    warm = await scenario(new("sqlite"), n, rows, warm_up=warm_up)
                    sqlite[str(n)]["steady"] = warm
            if postgres:
                single = figures.setdefault("postgresql+embedded", {})
                single[str(n)] = await scenario(new("postgres"), n, rows)
            for count in several if postgres and n >= 10 else []:
                if count > 1:
                    name = f"postgresql+embedded, {count} processes"
                    figures.setdefault(name, {})[str(n)] = await scenario(
                        new("postgres"), n, rows, count
                    )
    if "postgres" in backends and not postgres:
        figures["postgresql+embedded"] = "not measured: PostgreSQL server binaries not installed"
    return figures


def main() -> None:
    """Print the load figures as one JSON line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", default="1,10,100")
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument(
        "--processes", default="3", help="PostgreSQL: bots at once (a list, e.g. 2,3: each)"
    )
    parser.add_argument(
        "--steady", default="10", help="SQLite: customer counts also run warm ('' for none)"
    )
    parser.add_argument(
        "--warm", type=int, default=WARM_UP, help="messages of other conversations first"
    )
    args = parser.parse_args()
    counts = [int(n) for n in args.customers.split(",")]
    processes = [int(n) for n in args.processes.split(",")]
    steady = tuple(int(n) for n in args.steady.split(",") if n)
    backends = args.backends.split(",")
    figures = asyncio.run(load_figures(counts, backends, processes, steady, args.warm))
    print(json.dumps({"load": figures}, ensure_ascii=False))


if __name__ == "__main__":
    main()
