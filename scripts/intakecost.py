"""``python scripts/intakecost.py [--updates 2000] [--rounds 7] [--count]``: CPU a webhook
update costs between its JSON and the listening window, PTB's way against the lean one
(round 29).

In-process, no network and no database: the real handlers (``_add_handlers``) on a PTB
Application, an Intake whose updates are all fresh (as after the webhook's store), and a
window that only counts. Each round times both ways over the same updates (the bench's
conversations, fa/ar/en), the order alternating; medians and the rounds' spread, µs an
update (``time.process_time``: other processes' load slows both alike, not one).
``--count``: instructions an update instead, each way in its own run under valgrind's
callgrind (as ``scripts/turncount.py``, whose client requests it borrows), which load
on the machine does not change.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from telegram import User  # noqa: E402
from telegram.ext import ApplicationBuilder  # noqa: E402

from bot.loadbench import LANGUAGES, conversation, real_rows  # noqa: E402
from bot.telegram.application import _add_handlers  # noqa: E402
from bot.telegram.context import CONTEXT_TYPES  # noqa: E402
from bot.telegram.intake import Intake  # noqa: E402
from bot.telegram.lean import LeanReader  # noqa: E402
from bot.telegram.reading import parse  # noqa: E402
from tests.fake_bot_api.updates import UpdateFactory  # noqa: E402


class _Window:
    def __init__(self) -> None:
        self.added = 0

    def add(self, _message: Any) -> bool:
        self.added += 1
        return True


async def _fail(_update: object, context: Any) -> None:
    raise SystemExit(f"an update failed: {context.error!r}")


def _payloads(n: int) -> list[dict[str, Any]]:
    rows = {language: real_rows(language) for language in LANGUAGES}
    rng, factory = random.Random(29), UpdateFactory()
    out: list[dict[str, Any]] = []
    chat = 5_000_000
    while len(out) < n:
        language = LANGUAGES[chat % 3]
        for text in conversation(language, rows[language], rng):
            out.append(factory.make_message_update(chat, text, language_code=language))
        chat += 1
    return out[:n]


async def _run(app: Any, intake: Intake, payloads: list[dict[str, Any]], lean: bool) -> float:
    reader = LeanReader(frozenset(), None)
    start = time.process_time()
    for payload in payloads:
        update: Any = reader.read(payload) if lean else None
        if update is None:
            update, _ = parse(payload, app.bot)
        intake._fresh.add(payload["update_id"])  # as the webhook's store leaves it
        await app.process_update(update)
        intake.in_flight.discard(payload["update_id"])  # as the turn's end would
    return 1e6 * (time.process_time() - start) / len(payloads)


def _counted(way: str, updates: int) -> float:
    """Instructions an update, ``way`` alone under callgrind."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "callgrind.out"
        command = [
            "valgrind",
            "--tool=callgrind",
            "--instr-atstart=no",
            "--collect-atstart=no",
            f"--callgrind-out-file={out}",
            sys.executable,
            str(Path(__file__).resolve()),
            "--inner",
            way,
            "--updates",
            str(updates),
        ]
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        subprocess.run(command, env=env, capture_output=True, check=True)
        totals = re.search(r"^(?:totals|summary): (\d+)", out.read_text(), re.MULTILINE)
        assert totals is not None, "no totals in callgrind's output"
        return int(totals.group(1)) / updates


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--updates", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--count", action="store_true", help="instructions, under callgrind")
    parser.add_argument("--inner", choices=("ptb", "lean"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.count:
        for round_ in range(args.rounds):
            ways = ("ptb", "lean") if round_ % 2 == 0 else ("lean", "ptb")
            print(" ".join(f"{w} {_counted(w, args.updates):,.0f}" for w in ways), flush=True)
        return
    app = ApplicationBuilder().token("123:abc").context_types(CONTEXT_TYPES).build()
    intake, window = Intake(None), _Window()  # type: ignore[arg-type]
    owners = SimpleNamespace(staff_chat_id=None, owners={})
    data = app.bot_data
    data.intake, data.window = intake, window  # type: ignore[assignment]
    data.services = SimpleNamespace(owners=owners, desk=None, conversations=None)  # type: ignore[assignment]
    data.addresses = SimpleNamespace(owner_of=lambda _id: None)  # type: ignore[assignment]
    _add_handlers(app, data.services)  # type: ignore[arg-type]
    app.error_handlers.clear()
    app._initialized = True  # no getMe: nothing here talks to a server
    app.bot._initialized = True
    app.bot._bot_user = User(1, "Hamdel", is_bot=True, username="hamdel_bot")
    app.add_error_handler(_fail)  # a run that errs measures nothing
    payloads = _payloads(args.updates)
    if args.inner:  # under callgrind: warm, then count this way's run only
        sys.path.insert(0, str(ROOT / "scripts"))
        from turncount import _helper

        helper = _helper()
        await _run(app, intake, payloads[:200], args.inner == "lean")
        helper.tc_start()
        helper.tc_toggle()
        await _run(app, intake, payloads, args.inner == "lean")
        helper.tc_toggle()
        return
    await _run(app, intake, payloads[:200], False)  # warm both ways
    await _run(app, intake, payloads[:200], True)
    ptb: list[float] = []
    lean: list[float] = []
    for round_ in range(args.rounds):
        for way in (False, True) if round_ % 2 == 0 else (True, False):
            (lean if way else ptb).append(await _run(app, intake, payloads, way))
    for name, values in (("PTB", ptb), ("lean", lean)):
        median = statistics.median(values)
        spread = 100 * (max(values) - min(values)) / median
        low, high = min(values), max(values)
        print(f"{name:5} {median:7.1f} µs an update ({low:.1f}–{high:.1f}, spread {spread:.0f} %)")
    print(f"window got {window.added} messages ({args.rounds * 2 * args.updates + 400} sent)")


if __name__ == "__main__":
    asyncio.run(main())
