"""Instructions a reply's send spends above the network: ``send_text`` through an
``AiohttpRequest`` whose ``do_request`` builds the form body and answers at once (no socket,
no aiohttp client), one send in ten with buttons. Counted by callgrind (round 26's reason:
load cannot blur a count) as the difference between two runs of ``--few`` and ``--many``
sends, so the start-up cancels out.

    python scripts/sendcount.py                        # this checkout
    python scripts/sendcount.py --root /tmp/before     # another checkout (its bot/ on the path)

Round 30: main's 256,565 a send (with its tenth of buttons), the plain way's 166,539.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TEXT = "سلام، چه چیزی شب‌ها بیدارتان نگه می‌دارد؟"
ANSWER = json.dumps(
    {
        "ok": True,
        "result": {
            "message_id": 7,
            "from": {"id": 1, "is_bot": True, "first_name": "b"},
            "chat": {"id": 5, "type": "private", "first_name": "x"},
            "date": 1700000000,
            "text": TEXT,
        },
    }
).encode()


async def _sends(count: int) -> None:
    """``count`` sends (and a tenth more with buttons) through a request answering at once."""
    from telegram import InlineKeyboardButton, InlineKeyboardMarkup
    from telegram.ext import ExtBot

    from bot.telegram.aiohttp_request import AiohttpRequest, _body
    from bot.telegram.transport import send_text

    class Answering(AiohttpRequest):
        async def do_request(self, url: str, method: str, request_data: Any = None, **_: Any):  # type: ignore[no-untyped-def, override]
            _body(request_data)  # the form's bytes, as the real request builds them
            return 200, ANSWER

    bot = ExtBot("123:ABC", request=Answering(4))
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("بله", callback_data="yes")]])
    for number in range(count):
        await send_text(bot, 5, TEXT)
        if number % 10 == 0:
            await send_text(bot, 5, TEXT, reply_markup=markup)


def _count(root: Path, sends: int) -> int:
    """Instructions of one run of ``sends`` sends under callgrind."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "callgrind.out"
        env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(root)}
        command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"]
        command += [sys.executable, str(Path(__file__).resolve()), "--inner", str(sends)]
        subprocess.run(command, env=env, capture_output=True, check=True)
        totals = re.search(r"^(?:totals|summary): (\d+)", out.read_text(), re.MULTILINE)
        if totals is None:
            raise SystemExit("no totals in callgrind's output")
        return int(totals.group(1))


def main() -> None:
    """Print instructions a send (with its tenth of buttons) for ``--root``."""
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--root", type=Path, default=ROOT)
    cli.add_argument("--few", type=int, default=200)
    cli.add_argument("--many", type=int, default=1200)
    cli.add_argument("--inner", type=int, help=argparse.SUPPRESS)
    args = cli.parse_args()
    if args.inner is not None:
        asyncio.run(_sends(args.inner))
        return
    few, many = _count(args.root, args.few), _count(args.root, args.many)
    print(f"{(many - few) / (args.many - args.few):,.0f} instructions a send")


if __name__ == "__main__":
    main()
