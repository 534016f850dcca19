"""``python scripts/cpusplit/bench.py OUT --customers 10 --backends sqlite``: the load bench
with the bot sampled by py-spy (``PYSPY``, default ``py-spy`` on PATH) from "ready" to the
bench's stop, all threads, idle samples left out, folded stacks to OUT.<pid>.txt; with
``CPUSPLIT_PERF=1`` also ``perf record`` of the same process to OUT.<pid>.perf (what of its
CPU is the kernel's and SQLite's C code: py-spy cannot tell a native call's work from a
wait for a core).

``python scripts/cpusplit/split.py OUT.<pid>.txt`` then splits the samples by stage.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent.parent
_spies: list[subprocess.Popen[bytes]] = []
_original: dict[str, Any] = {}


def _spy(pid: int) -> None:
    """py-spy (and perf) on ``pid`` until the bench stops."""
    out = f"{os.environ['CPUSPLIT_OUT']}.{pid}"
    command = [os.environ.get("PYSPY", "py-spy"), "record", "--pid", str(pid), "--rate"]
    command += [os.environ.get("CPUSPLIT_RATE", "500"), "--format", "raw", "-o", f"{out}.txt"]
    _spies.append(subprocess.Popen([*command, "--nonblocking"], stdout=subprocess.DEVNULL))
    if os.environ.get("CPUSPLIT_PERF"):
        perf = ["perf", "record", "-q", "-F", "999", "-p", str(pid), "-o", f"{out}.perf"]
        _spies.append(subprocess.Popen(perf, stdout=subprocess.DEVNULL))


async def ready(*args: Any) -> Any:
    pids = await _original["ready"](*args)
    for pid in pids:
        _spy(pid)
    await asyncio.sleep(0.5)  # attached before the first message
    return pids


async def stop(*args: Any) -> Any:
    for spy in _spies:
        spy.send_signal(signal.SIGINT)
    for spy in _spies:
        spy.wait(30)
    return await _original["stop"](*args)


def main() -> None:
    sys.path.insert(0, str(ROOT))  # the bench imports tests/ (the fake Bot API)
    import bot.loadbench as loadbench

    _original.update(ready=loadbench._ready, stop=loadbench._stop)
    os.environ["CPUSPLIT_OUT"] = sys.argv[1]
    loadbench._ready, loadbench._stop = ready, stop  # type: ignore[assignment]
    sys.argv = ["loadbench", *sys.argv[2:]]
    loadbench.main()


if __name__ == "__main__":
    main()
