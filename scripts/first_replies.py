#!/usr/bin/env python3
"""The first replies to judge for a reflection sample, and the judged file from the verdicts.

  .venv/bin/python scripts/first_replies.py items fa evaluation > /tmp/first_fa.jsonl
      # JSON lines {"row", "message", "reply"}: the sample's messages (tests/data/reflections/
      # fa.json) whose actual first reply is not the forced reflection: hand them to judges
      # with RUBRIC.md's "First replies" section
  .venv/bin/python scripts/first_replies.py assemble fa evaluation /tmp/first_fa.jsonl \\
      /tmp/judge1.jsonl /tmp/judge2.jsonl --judge "two independent helper judges ..."
      # writes tests/data/reflections/first_fa.json; each judge file holds one line
      # {"row", "verdict", "note"} per item

SAMPLE is one of evaluation, held_out, held_out_2, held_out_3, held_out_5 (bot.bench.SAMPLES:
fa.json, heldout2_fa.json, heldout3_en.json, heldout4_en.json, heldout5_fa.json).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.bench import JUDGED, SAMPLES  # noqa: E402
from bot.bench_first import FIRST_SAMPLES, assemble, prompt_items  # noqa: E402
from nlu.embedded import EmbeddedParser  # noqa: E402


def _lines(path: Path) -> list[dict[str, object]]:
    text = path.read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


async def _items(lang: str, sample: str, model_dir: Path) -> int:
    judged = json.loads((JUDGED / SAMPLES[sample].format(lang=lang)).read_text(encoding="utf-8"))
    parser = EmbeddedParser(model_dir, default_language=lang)
    await parser.initialize()
    for item in await prompt_items(parser, judged, lang):  # type: ignore[arg-type]
        print(json.dumps(item, ensure_ascii=False), flush=True)
    return 0


def _assemble(args: argparse.Namespace) -> int:
    name = SAMPLES[args.sample].format(lang=args.lang)
    judged = assemble(
        _lines(args.items),
        [_lines(path) for path in args.verdicts],
        language=args.lang,
        sample=name,
        judge=args.judge,
    )
    out = args.out or JUDGED / FIRST_SAMPLES[args.sample].format(lang=args.lang)
    out.write_text(json.dumps(judged, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{out}: {len(judged['items'])} items", file=sys.stderr)
    return 0


def main() -> int:
    """items | assemble."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    items = commands.add_parser("items", help="the items needing a first-reply verdict")
    assembled = commands.add_parser("assemble", help="the judged file from verdict lines")
    for command in (items, assembled):
        command.add_argument("lang", choices=("fa", "ar", "en"))
        command.add_argument("sample", choices=sorted(SAMPLES))
    items.add_argument("--model-dir", type=Path, default=ROOT / "data" / "nlu-model")
    assembled.add_argument("items", type=Path, help="the items' JSON lines, as judged")
    assembled.add_argument("verdicts", type=Path, nargs="+", help="one file per judge")
    assembled.add_argument("--judge", required=True, help="who judged, and how")
    assembled.add_argument("--out", type=Path, help="default: tests/data/reflections/first_…")
    args = parser.parse_args()
    if args.command == "items":
        return asyncio.run(_items(args.lang, args.sample, args.model_dir))
    return _assemble(args)


if __name__ == "__main__":
    sys.exit(main())
