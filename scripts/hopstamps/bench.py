"""``python scripts/hopstamps/bench.py OUT --customers 10 --backends sqlite``: the load bench
with each message stamped hop by hop inside the bot (``sitecustomize.py`` here).

The bot's PYTHONPATH gets this directory (then HAMDEL_BENCH_BOT_PATH's checkout, if any);
the bot is signalled when the bench finds it ready and before it stops it.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
_pids: list[int] = []
_original: dict[str, Any] = {}


async def ready(*args: Any) -> Any:
    pids = await _original["ready"](*args)
    _pids[:] = pids
    for pid in pids:
        os.kill(pid, signal.SIGUSR1)
    return pids


async def stop(*args: Any) -> Any:
    for pid in _pids:
        os.kill(pid, signal.SIGUSR2)
    await asyncio.sleep(1.0)  # the summary is written by a signal handler
    return await _original["stop"](*args)


def main() -> None:
    sys.path.insert(0, str(ROOT))  # the bench imports tests/ (the fake Bot API)
    import bot.loadbench as loadbench

    _original.update(ready=loadbench._ready, stop=loadbench._stop)
    os.environ["HAMDEL_HOPSTAMPS_OUT"] = sys.argv[1]
    checkout = os.environ.get("HAMDEL_BENCH_BOT_PATH", str(ROOT))
    os.environ["HAMDEL_BENCH_BOT_PATH"] = f"{HERE}{os.pathsep}{checkout}"
    loadbench._ready, loadbench._stop = ready, stop  # type: ignore[assignment]
    sys.argv = ["loadbench", *sys.argv[2:]]
    loadbench.main()


if __name__ == "__main__":
    main()
