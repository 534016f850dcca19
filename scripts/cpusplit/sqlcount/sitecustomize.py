"""The bot's SQLite statements counted by kind (``INSERT messages``, ``COMMIT``, …): put this
directory first on the bot's path (``HAMDEL_BENCH_BOT_PATH=<here>:<checkout>``) with
``SQLCOUNT_OUT=OUT``; the counts go to OUT.<pid>.json when the bot exits. SIGUSR1 starts
the count again (``scripts/cpusplit/count_sql.py`` sends it once the bot is ready: the
start-up's migrations and seeding left out). No statement's parameters (no message text) are
recorded, only its verb and table.
"""

from __future__ import annotations

import asyncio
import atexit
import json
import os
import re
import signal
import sqlite3
from collections import Counter
from typing import Any

_counts: Counter[str] = Counter()
_connect = sqlite3.connect
_TABLE = re.compile(r"(?:INTO|UPDATE|FROM)\s+(\w+)", re.IGNORECASE)


def _kind(sql: str) -> str:
    words = sql.split()
    verb = words[0].upper() if words else ""
    if verb in ("INSERT", "UPDATE", "DELETE", "SELECT"):
        table = _TABLE.search(sql)
        return f"{verb} {table.group(1) if table else ''}"
    return " ".join(words[:2]).upper()


def _task() -> str:
    """The asyncio task a write transaction begins in, numbers dropped ("Task-<n>")."""
    try:
        task = asyncio.current_task()
    except RuntimeError:  # no loop in this thread
        return "no task"
    return "no task" if task is None else re.sub(r"-?\d+", "", task.get_name()) or "task"


def _traced(sql: str) -> None:
    kind = _kind(sql)
    _counts[kind] += 1
    if kind == "BEGIN IMMEDIATE":  # which task's: the intake's, a turn's, a settle's
        _counts[f"{kind} in {_task()}"] += 1


def _counted(*args: Any, **kwargs: Any) -> sqlite3.Connection:
    connection: sqlite3.Connection = _connect(*args, **kwargs)
    connection.set_trace_callback(_traced)
    return connection


def _dump() -> None:
    with open(f"{os.environ['SQLCOUNT_OUT']}.{os.getpid()}.json", "w") as file:
        json.dump(dict(_counts.most_common()), file, indent=1)


def _restart(*_: Any) -> None:
    _counts.clear()


if os.environ.get("SQLCOUNT_OUT"):
    sqlite3.connect = _counted  # type: ignore[assignment]
    atexit.register(_dump)
    signal.signal(signal.SIGUSR1, _restart)
