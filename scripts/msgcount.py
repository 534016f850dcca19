"""``python scripts/msgcount.py OUT [--customers 1]``: instructions the bot spends on a whole
customer message — the webhook's intake, the turn, the send, the settle — counted by
callgrind (round 32).

The load bench's plain run (SQLite + embedded NLU, webhook, the fake Bot API, the window at
0, ``--steady ''``), with the bot process itself under ``valgrind --tool=callgrind`` and
instrumentation switched on (``callgrind_control -i on``) once the bench finds it healthy
and dumped before it is stopped: start-up, migrations and the warm-up (Persian's too, as the
bench's bot warms it natively: ``UNDER_CALLGRIND``) are left out, so what
is counted is the 240 messages and whatever ran on the loop meanwhile (the scheduler's
ticks, the outbox's passes). Hash seeds are fixed (``PYTHONHASHSEED=0``). With one customer
the messages arrive one at a time, so the batching that timing decides elsewhere (the
intake's group commits, a pass's claims) varies little; the figure is still a whole process
under a clock, so count the same code twice to see its spread.

Prints instructions a message and writes callgrind's output to OUT (for
``callgrind_annotate --inclusive=yes OUT``: where, by function). ``HAMDEL_BENCH_BOT_PATH``
counts another checkout; ``HAMDEL_BENCH_MODEL_DIR`` gives its model. A run takes a few
minutes (callgrind slows the bot ~50x; the bench's reply timeouts leave room for that at
one customer).
"""

from __future__ import annotations

import asyncio
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# Under valgrind the process's RSS is ~70 MB more than its own (196 MB after the imports,
# against 124 natively), so the warm-up's room test (``NLU_WARM_UP_PERSIAN_BELOW_MB``)
# left Persian to the first Persian message: hazm's Normalizer and the Persian lists were
# loaded inside the count (~593 k of its ~695 k ``translate`` KeyErrors; round 33). The
# bench's bot, natively, warms Persian; so does the counted one.
UNDER_CALLGRIND = {"NLU_WARM_UP_PERSIAN": "true"}
_original: dict[str, Any] = {}
_out: list[str] = []


async def _start_bot(database_url: str, fake: Any) -> tuple[int, asyncio.subprocess.Process]:
    import bot.benchproc as proc
    import bot.loadbench as loadbench

    port = proc.free_port()
    environment = loadbench.bot_environment(database_url, fake, port)
    environment["PYTHONHASHSEED"] = "0"
    environment.update(UNDER_CALLGRIND)
    process = await asyncio.create_subprocess_exec(
        "valgrind",
        "--tool=callgrind",
        "--instr-atstart=no",
        f"--callgrind-out-file={_out[0]}",
        sys.executable,
        "-m",
        "bot",
        "run",
        "--webhook",
        env=environment,
        cwd=tempfile.mkdtemp(prefix="hamdel-msgcount-"),
        stderr=subprocess.DEVNULL,
    )
    return port, process


async def _control(*arguments: object) -> None:
    """``callgrind_control`` with ``arguments`` (the pid last)."""
    command = ["callgrind_control", *map(str, arguments)]
    await asyncio.to_thread(subprocess.run, command, check=True, capture_output=True)


async def _ready(*args: Any) -> Any:
    pids = await _original["ready"](*args)
    for pid in pids:
        await _control("-i", "on", pid)
    return pids


async def _stop(bots: list[tuple[int, asyncio.subprocess.Process]], fake: Any) -> None:
    for _, process in bots:
        await _control("-d", process.pid)
        await _control("-i", "off", process.pid)
    await _original["stop"](bots, fake)


def main() -> None:
    sys.path.insert(0, str(ROOT))  # the bench imports tests/ (the fake Bot API)
    import bot.loadbench as loadbench

    out = Path(sys.argv[1]).resolve()
    _out.append(str(out))
    customers = sys.argv[sys.argv.index("--customers") + 1] if "--customers" in sys.argv else "1"
    _original.update(ready=loadbench._ready, stop=loadbench._stop)
    loadbench._start_bot = _start_bot
    loadbench._ready, loadbench._stop = _ready, _stop  # type: ignore[assignment]
    figures = asyncio.run(loadbench.load_figures([int(customers)], ["sqlite"], [1], steady=()))
    run = figures["sqlite+embedded"][customers]
    messages = run["messages"]
    # callgrind_control -d writes OUT.1 (the dump asked for); the exit writes OUT itself.
    dumps = sorted(out.parent.glob(out.name + ".*")) or [out]
    text = dumps[0].read_text()
    totals = re.search(r"^(?:totals|summary): (\d+)", text, re.MULTILINE)
    if totals is None:
        raise SystemExit("no totals in callgrind's output")
    instructions = int(totals.group(1))
    print(json.dumps({"messages": messages, "lost": run["lost"], "dump": str(dumps[0])}))
    print(f"{instructions / messages:,.0f} instructions a message ({instructions:,} in all)")


if __name__ == "__main__":
    main()
