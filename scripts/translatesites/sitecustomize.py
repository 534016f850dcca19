"""Every ``str.translate`` of the bench's bot, by caller (docs/performance.md, round 33).

Loaded only when this directory is on the bot's PYTHONPATH and HAMDEL_TRANSLATE_OUT is set:

    HAMDEL_TRANSLATE_OUT=/tmp/tr HAMDEL_BENCH_BOT_PATH=$PWD:$PWD/scripts/translatesites \\
        python -m bot.loadbench --customers 1 --backends sqlite --steady ''
    python scripts/translatesites/report.py /tmp/tr.<pid>.json

A profile hook (``c_call`` events, every thread) records, per calling line, the calls, the
characters translated and, for texts that are not all ASCII, how often each character was:
``translate`` looks each of them up in the table one by one (no per-call cache, unlike an
ASCII text's), so each one a plain ``str.maketrans`` table does not map is a ``KeyError``
raised and cleared; a call over 1,000 characters is recorded apart (``:BIG``). From the
process's start: the warm-up is in it. Written every 5,000 calls and at exit. Characters
only, never a text.
"""

from __future__ import annotations

import atexit
import collections
import json
import os
import sys
import threading
from typing import Any

_sites: dict[str, dict[str, Any]] = {}
_calls = [0]


def _record(frame: Any, event: str, arg: Any) -> None:
    if event != "c_call" or getattr(arg, "__name__", None) != "translate":
        return
    text = getattr(arg, "__self__", None)
    if not isinstance(text, str):
        return
    code = frame.f_code
    key = f"{code.co_filename}:{frame.f_lineno}:{code.co_name}" + (
        ":BIG" if len(text) >= 1000 else ""
    )
    site = _sites.setdefault(
        key, {"calls": 0, "ascii_calls": 0, "chars": 0, "non_ascii": collections.Counter()}
    )
    site["calls"] += 1
    site["chars"] += len(text)
    if text.isascii():
        site["ascii_calls"] += 1
    else:
        site["non_ascii"].update(text)
    _calls[0] += 1
    if _calls[0] % 5000 == 0:
        _write()


def _write() -> None:
    with open(
        f"{os.environ['HAMDEL_TRANSLATE_OUT']}.{os.getpid()}.json", "w", encoding="utf-8"
    ) as out:
        json.dump(_sites, out, ensure_ascii=False)


if os.environ.get("HAMDEL_TRANSLATE_OUT"):
    sys.setprofile(_record)
    threading.setprofile(_record)
    atexit.register(_write)
