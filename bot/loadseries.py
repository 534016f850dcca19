"""PostgreSQL with 1, 2, 3 … bot processes: figures steady enough to compare.

One run of :func:`bot.loadbench.scenario` lasts seconds on a shared 2-core machine, so a
single figure per process count says little. Here each count runs ``repeat`` times, the
counts interleaved (rotated each round: 1,2,3 / 2,3,1 / 3,1,2 …) so that the machine's
changing load falls on every count alike, each run long enough to be steady
(``messages``). Per count: the median msgs/s with its lowest and highest, the bots' CPU ms
per message (each process), the driver's and PostgreSQL's, and what the server's client
backends were doing (``pg_stat_activity`` sampled during the load: lock waits, transactions
held open by a bot, idle connections). Run: ``python -m bot.loadseries``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

import bot.loadbench as lb
from bot.benchproc import Observer, median_spread, tree_cpu_seconds
from tests.postgres import PostgresServer

SAMPLE_EVERY = 0.02  # seconds between two looks at pg_stat_activity
_ACTIVITY = text(
    "SELECT state, coalesce(wait_event_type, 'CPU'), coalesce(wait_event, '') "
    "FROM pg_stat_activity WHERE datname = current_database() "
    "AND backend_type = 'client backend' AND pid <> pg_backend_pid()"
)
# Counters so far (flushed by backends about once a second: near, not exact, at the end).
# Connections opened (PostgreSQL 14+: a pool too small opens one per checkout),
# transactions, rows read by scans and written.
_COUNTERS = ("connections_opened", "commits", "rows_scanned", "rows_written")
_TOTALS = text(
    "SELECT sessions, xact_commit, tup_returned, tup_inserted + tup_updated + tup_deleted "
    "FROM pg_stat_database WHERE datname = current_database()"
)


def postmaster_pid(server: PostgresServer) -> int:
    """The server's main process (first line of its postmaster.pid)."""
    return int(Path(server.data, "postmaster.pid").read_text().split()[0])


def observer(pid: int) -> Observer:
    """Watches the server during a run: its CPU time and its backends' wait events."""

    @contextlib.asynccontextmanager
    async def observe(url: str) -> AsyncIterator[dict[str, Any]]:
        figures: dict[str, Any] = {}
        seen: Counter[str] = Counter()
        stop = asyncio.Event()
        sampler = asyncio.create_task(_sample(url, seen, stop))
        before = tree_cpu_seconds(pid)
        try:
            yield figures
        finally:
            figures["postgres_cpu_s"] = round(tree_cpu_seconds(pid) - before, 2)
            stop.set()
            samples, counts = await sampler
            figures.update(zip(_COUNTERS, counts, strict=True))
            figures["backends"] = {
                key: round(count / max(1, samples), 2) for key, count in seen.most_common(8)
            }

    return observe


async def _sample(url: str, seen: Counter[str], stop: asyncio.Event) -> tuple[int, list[int]]:
    """Counts 'state: wait type/event' over the client backends; how many samples, and
    how far the database's counters (``_COUNTERS``) moved meanwhile."""
    engine = create_async_engine(url)
    samples = 0
    try:
        async with engine.connect() as connection:
            first = (await connection.execute(_TOTALS)).one()
            while not stop.is_set():
                rows = (await connection.execute(_ACTIVITY)).all()
                await connection.commit()  # a fresh snapshot of the activity next time
                samples += 1
                seen.update(f"{state}: {kind}/{event}" for state, kind, event in rows)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), SAMPLE_EVERY)
            await connection.commit()  # the statistics are a snapshot per transaction
            last = (await connection.execute(_TOTALS)).one()
    finally:
        await engine.dispose()
    moved = [int(b) - int(a) for a, b in zip(first, last, strict=True)]
    moved[1] -= samples  # the sampler's own commits (one a sample): not the bots'
    return samples, moved


async def series(
    customers: int, counts: list[int], repeat: int, before: str | None = None
) -> dict[str, Any]:
    """Every process count ``repeat`` times, interleaved; medians with their spread.

    ``before``: another checkout; each run is then followed by the same run of that
    checkout's bot (``HAMDEL_BENCH_BOT_PATH``), so that a pair sees the same machine."""
    rows = {language: lb.real_rows(language) for language in lb.LANGUAGES}
    server = PostgresServer.start()
    versions = {"after": None, "before": before} if before else {"this": None}
    runs: dict[str, list[dict[str, Any]]] = {}
    try:
        observe = observer(postmaster_pid(server))
        for round_number in range(repeat):
            shift = round_number % len(counts)
            for count in counts[shift:] + counts[:shift]:
                for version, path in versions.items():
                    _bot_path(path)
                    url = server.create_database(f"s{round_number}x{count}{version}")
                    figures = await lb.scenario(url, customers, rows, count, observe)
                    runs.setdefault(f"{version}, {count}", []).append(figures)
                    line = {"run": {"version": version, **figures}}
                    print(json.dumps(line, ensure_ascii=False), flush=True)
    finally:
        _bot_path(None)
        server.stop()
    return {name: summary(done) for name, done in sorted(runs.items())}


def _bot_path(path: str | None) -> None:
    """Which checkout the next bots run (read by :func:`bot.loadbench.bot_environment`)."""
    if path is None:
        os.environ.pop("HAMDEL_BENCH_BOT_PATH", None)
    else:
        os.environ["HAMDEL_BENCH_BOT_PATH"] = path


def summary(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """One process count over its runs: medians and spreads of what matters."""
    messages = [run["messages"] for run in runs]
    return {
        "messages_per_run": messages,
        "lost": sum(run["lost"] for run in runs),
        "msgs_per_s": median_spread([run["msgs_per_s"] for run in runs]),
        "msgs_per_s_steady": median_spread([run["msgs_per_s_steady"] for run in runs]),
        "p50_ms": median_spread([run["turn_ms"].get("p50", 0.0) for run in runs]),
        "bot_cpu_ms_per_msg": median_spread([run["bot_cpu_ms_per_msg"] for run in runs]),
        "bot_cores_busy": median_spread([run["bot_cores_busy"] for run in runs]),
        "bot_cores_waiting": median_spread([run.get("bot_cores_waiting", 0.0) for run in runs]),
        "bot_wait_ms_per_msg": median_spread([run.get("bot_wait_ms_per_msg", 0.0) for run in runs]),
        "bot_wakeups_per_msg": median_spread([run.get("bot_wakeups_per_msg", 0.0) for run in runs]),
        "driver_cpu_ms_per_msg": median_spread([run["driver_cpu_ms_per_msg"] for run in runs]),
        "postgres_cpu_ms_per_msg": median_spread(
            [1000 * run["postgres_cpu_s"] / max(1, run["messages"]) for run in runs]
        ),
        "connections_opened": [run["connections_opened"] for run in runs],
        **{
            f"{name}_per_msg": median_spread([run[name] / max(1, run["messages"]) for run in runs])
            for name in _COUNTERS[1:]
        },
        "load_average_before": median_spread([run["load_average_before"] for run in runs]),
    }


def main() -> None:
    """Print each run as it ends, then the summary as one JSON line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=30)
    parser.add_argument("--processes", default="1,2,3")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--messages", type=int, default=960, help="per run, at least")
    parser.add_argument("--before", help="another checkout, run after each run of this one")
    parser.add_argument(
        "--quiet",
        type=float,
        default=5.0,
        help="seconds without a reply before the driver asks the database whether the turn "
        "was silent (it then asks every 0.1 s: at 1 s, turns slowed by a busy machine had the "
        "driver polling the database as often as the bots wrote to it)",
    )
    args = parser.parse_args()
    lb.MIN_MESSAGES, lb.QUIET = args.messages, args.quiet
    counts = [int(n) for n in args.processes.split(",")]
    figures = asyncio.run(series(args.customers, counts, args.repeat, args.before))
    print(json.dumps({"postgresql_series": figures}, ensure_ascii=False))


if __name__ == "__main__":
    main()
