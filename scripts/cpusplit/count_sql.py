"""``python scripts/cpusplit/count_sql.py [--customers 10]``: SQL statements and write
transactions a customer message, by verb and table, in the load bench's plain run (SQLite +
embedded, one process, no warm-up). The bot runs with ``sqlcount/`` first on its path (a
``sqlite3`` trace callback: verb and table only, never a parameter); the count starts when
the bot is ready (start-up's migrations left out) and ends at its exit. Statements are
deterministic for the same code and run: load on the machine does not blur them (the
transactions a little: the intake groups what arrives together). ``HAMDEL_BENCH_BOT_PATH``
(another checkout) is kept behind ``sqlcount/``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent.parent
HERE = Path(__file__).resolve().parent / "sqlcount"
_original: dict[str, Any] = {}


async def _ready(*args: Any) -> Any:
    pids = await _original["ready"](*args)
    for pid in pids:
        os.kill(pid, signal.SIGUSR1)  # counted from here on
    return pids


def table(counts: Counter[str], messages: int) -> str:
    """The counts a message, by kind, largest first; transactions and the total last."""
    lines = [f"{messages} customer messages; a message:"]
    statements = {k: n for k, n in counts.items() if k.split()[0] not in ("BEGIN", "COMMIT")}
    begun = {k[len("BEGIN IMMEDIATE in ") :]: n for k, n in counts.items() if " in " in k}
    for kind, n in sorted(statements.items(), key=lambda item: (-item[1], item[0])):
        lines.append(f"  {kind:<28} {n / messages:6.2f}")
    lines.append(f"  {'write transactions':<28} {counts['BEGIN IMMEDIATE'] / messages:6.2f}")
    for task, n in sorted(begun.items(), key=lambda item: -item[1]):
        lines.append(f"    {'in ' + task:<26} {n / messages:6.2f}")
    lines.append(f"  {'other BEGIN':<28} {counts['BEGIN'] / messages:6.2f}")
    every = sum(n for k, n in counts.items() if " in " not in k)
    lines.append(f"  {'all statements (+BEGIN/COMMIT)':<28}{every / messages:6.2f}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=10)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))  # the bench imports tests/ (the fake Bot API)
    import bot.loadbench as loadbench

    out = Path(tempfile.mkdtemp(prefix="sqlcount-")) / "count"
    os.environ["SQLCOUNT_OUT"] = str(out)
    behind = os.environ.get("HAMDEL_BENCH_BOT_PATH", str(ROOT))
    os.environ["HAMDEL_BENCH_BOT_PATH"] = f"{HERE}:{behind}"
    _original["ready"] = loadbench._ready
    loadbench._ready = _ready  # type: ignore[assignment]
    figures = asyncio.run(loadbench.load_figures([args.customers], ["sqlite"], 1, (), 0))
    run = figures["sqlite+embedded"][str(args.customers)]
    counts: Counter[str] = Counter()
    for dump in out.parent.glob("count.*.json"):
        counts.update(json.loads(dump.read_text()))
    print(table(counts, run["messages"]))
    print(json.dumps({"messages": run["messages"], "lost": run["lost"], "counts": counts}))


if __name__ == "__main__":
    main()
