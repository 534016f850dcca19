"""The regex call sites a turn spends most on: turncount's replay with each pattern call timed.

Callgrind counts instructions per C function (``sre_*``), not per Python line; this names the
line. A profile hook times every call of a compiled pattern's method (``sub``, ``search``,
``findall``, …) from the line that made it (``re.sub`` and friends credited to their caller)
over turncount's counted conversations, the collector off (its passes would land on whichever
call allocated last). Wall time, so only the ranking is meant (a site's time includes the
Python callbacks its ``sub`` calls); counts of calls are exact.

    PYTHONHASHSEED=0 PYTHONPATH=. python scripts/regexsites.py --conversations 90
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import os
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from types import FrameType
from typing import Any

HERE = Path(__file__).resolve().parent


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--conversations", type=int, default=90)
    cli.add_argument("--model-dir", type=Path, default=HERE.parent / "data" / "nlu-model")
    cli.add_argument("--top", type=int, default=40)
    args = cli.parse_args()
    spec = importlib.util.spec_from_file_location("turncount", HERE / "turncount.py")
    assert spec is not None and spec.loader is not None
    turncount = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(turncount)

    costs: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    open_calls: list[tuple[Any, str, int]] = []
    counting = [False]
    prefix = os.getcwd() + "/"

    def hook(frame: FrameType, event: str, arg: Any) -> None:
        if not counting[0]:
            return
        if event == "c_call" and isinstance(getattr(arg, "__self__", None), re.Pattern):
            caller: FrameType | None = frame
            while caller is not None and caller.f_code.co_filename == re.__file__:
                caller = caller.f_back
            where = caller or frame
            site = f"{where.f_code.co_filename.replace(prefix, '')}:{where.f_lineno}:{arg.__name__}"
            open_calls.append((arg, site, time.perf_counter_ns()))
        elif event in ("c_return", "c_exception") and open_calls and open_calls[-1][0] is arg:
            _, site, started = open_calls.pop()
            costs[site][0] += time.perf_counter_ns() - started
            costs[site][1] += 1

    class Requests:  # turncount's client requests: here the start of the counted part
        def tc_start(self) -> None:
            counting[0] = True

        def tc_toggle(self) -> None:
            pass

    turncount._helper = Requests
    gc.disable()
    sys.setprofile(hook)
    turns = turncount.replay(args.model_dir, "turn", 15, args.conversations)
    sys.setprofile(None)
    total = sum(ns for ns, _ in costs.values())
    print(f"{turns} turns, regex calls {total / turns / 1000:.1f} µs a turn")
    for site, (ns, calls) in sorted(costs.items(), key=lambda kv: -kv[1][0])[: args.top]:
        print(f"{ns / turns / 1000:8.1f} µs {calls / turns:6.2f} calls a turn  {site}")


if __name__ == "__main__":
    main()
