"""What the load benchmark reads of the processes it runs: memory and CPU time (Linux),
and how it sums them up."""

from __future__ import annotations

import contextlib
import itertools
import math
import os
import socket
import tempfile
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

from tests.postgres import PostgresServer

# Watches the database during the load (bot.loadseries: the server's CPU, wait events);
# what it puts in the dict it yields joins the figures.
Observer = Callable[[str], contextlib.AbstractAsyncContextManager[dict[str, Any]]]


@contextlib.asynccontextmanager
async def unobserved(_url: str) -> AsyncIterator[dict[str, Any]]:
    """No observer: nothing added to the figures."""
    yield {}


def percentiles(values: list[float], scale: float = 1000.0) -> dict[str, float]:
    """p50, p95 and p99 of ``values`` (in ms by default); empty when there are none."""
    if not values:
        return {}
    ordered = sorted(values)

    def at(q: float) -> float:
        return round(ordered[min(len(ordered) - 1, math.ceil(q * len(ordered)) - 1)] * scale, 1)

    return {"p50": at(0.50), "p95": at(0.95), "p99": at(0.99)}


def free_port() -> int:
    """A TCP port nobody listens on now (for a bot's webhook server)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def status_kb(pid: int, field: str) -> int:
    """A memory figure of a process in kB (VmRSS, VmHWM); 0 once it is gone."""
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc)."""
    with contextlib.suppress(OSError, IndexError, ValueError):
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return 0.0


def run_queue_seconds(pid: int) -> float:
    """Seconds a process's threads spent runnable but waiting for a CPU so far (Linux
    schedstat, second field, per thread): time it was ready to work and got no core."""
    total = 0
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError, IndexError, ValueError):
            total += int((task / "schedstat").read_text().split()[1])
    return total / 1e9


def wakeups(pid: int) -> int:
    """How often a process's threads went to sleep and were woken so far (voluntary
    context switches, Linux): an event loop waiting for a reply or for work does one."""
    total = 0
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError, IndexError, ValueError):
            for line in (task / "status").read_text().splitlines():
                if line.startswith("voluntary_ctxt_switches:"):
                    total += int(line.split()[1])
    return total


def cpu_figures(
    cpu_each: list[float],
    messages: int,
    elapsed: float,
    load: float,
    waited_each: list[float] | None = None,
) -> dict[str, Any]:
    """The bots' CPU time per message (what a shared machine's load changes least), per
    process, and the cores they kept busy: well below one each, they waited (on the
    database, on each other or on a machine busy with other work), not on their own CPU.
    ``waited_each``: seconds each was runnable with no free core (``bot_cores_waiting``:
    how many cores more they would have kept busy); the rest of the time they were idle."""
    waited = sum(waited_each or [])
    return {
        "bot_cpu_ms_per_msg": round(1000 * sum(cpu_each) / max(1, messages), 2),
        "bot_cpu_ms_per_msg_each": [round(1000 * c / max(1, messages), 2) for c in cpu_each],
        "bot_cores_busy": round(sum(cpu_each) / elapsed, 2),
        "bot_cores_waiting": round(waited / elapsed, 2),
        "bot_wait_ms_per_msg": round(1000 * waited / max(1, messages), 2),
        "load_average_before": round(load, 2),
    }


def tree_cpu_seconds(pid: int) -> float:
    """CPU time of a server and its children: live ones, and (through the parent's
    cutime/cstime) those it has waited for. PostgreSQL: the postmaster and its backends."""
    total = 0.0
    tick = os.sysconf("SC_CLK_TCK")
    with contextlib.suppress(OSError, IndexError, ValueError):
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += sum(int(fields[i]) for i in (11, 12, 13, 14)) / tick
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError, IndexError, ValueError):
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == pid:  # the parent's pid
                total += (int(fields[11]) + int(fields[12])) / tick
    return total


def median_spread(values: list[float]) -> dict[str, Any]:
    """The median of repeated runs with the lowest and highest (a figure and its noise)."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    median = ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
    return {
        "median": round(median, 2),
        "min": round(ordered[0], 2),
        "max": round(ordered[-1], 2),
        "runs": [round(v, 2) for v in values],
    }


@contextlib.contextmanager
def databases(postgres: bool) -> Iterator[Callable[[str], str]]:
    """A fresh database URL on demand: ``new("sqlite")`` or ``new("postgres")``."""
    server = PostgresServer.start() if postgres else None
    names = itertools.count(1)
    scratch = Path(tempfile.mkdtemp(prefix="hamdel-bench-db-"))

    def new(backend: str) -> str:
        number = next(names)
        if backend == "postgres" and server is not None:
            return str(server.create_database(f"bench{number}"))
        return f"sqlite+aiosqlite:///{scratch / f'bench{number}.db'}"

    try:
        yield new
    finally:
        if server is not None:
            server.stop()
