"""`make bench`: print the figures the issues name, measured, not asserted.

- NLU on the held-out file: intent accuracy, macro-F1 per language, topic accuracy and
  parse latency p50/p99, for the embedded parser and (when it answers) the Rasa server.
- Sentiment agreement with real customers' own labels, per language.
- Reflections on the held-out real-message sample, as judged by careful native-level
  reading (``tests/data/reflections/``): acceptable / minor / wrong / changed since judged;
  the first replies beside them (:mod:`bot.bench_first`) and the reply after "yes"
  (:mod:`bot.bench_after_yes`), judged the same way.
- Load, end to end (:mod:`bot.loadbench`): msgs/s, p50/p95/p99 per turn, outbox lag and
  peak RSS at 1, 10 and 100 customers (and 3 processes on one PostgreSQL); then growth
  (:mod:`bot.growthbench`): turn time with 10k and 1M stored messages. Printed last as
  one JSON line.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path
from typing import Any

import aiohttp

from bot.growthbench import growth_figures
from bot.loadbench import load_figures
from dialogues.turn import LANGUAGES, Language
from nlu.evaluate import run_eval, sentiment_agreement

ROOT = Path(__file__).resolve().parent.parent
HELD_OUT = ROOT / "nlu" / "tests" / "heldout.yml"
REAL = ROOT.parent / "shared" / "data" / "real-messages"


def _summary(report: dict[str, Any]) -> dict[str, Any]:
    keep = ("overall", "languages", "topic_accuracy", "latency_ms")
    return {k: v for k, v in report.items() if k in keep}


async def nlu_figures(model_dir: Path, rasa_url: str) -> dict[str, Any]:
    """Held-out evaluation for each backend that is reachable."""
    figures: dict[str, Any] = {
        "local": _summary(await run_eval("local", HELD_OUT, rasa_url, model_dir))
    }
    # RasaParser falls back to the embedded parser when the server is away, so ask first:
    # a fallback figure reported as Rasa's would be a lie.
    try:
        async with (
            aiohttp.ClientSession() as client,
            client.get(f"{rasa_url}/status", timeout=aiohttp.ClientTimeout(total=3)) as answer,
        ):
            reachable = answer.status == 200
    except (aiohttp.ClientError, TimeoutError):
        reachable = False
    if reachable:
        figures["rasa"] = _summary(await run_eval("rasa", HELD_OUT, rasa_url, model_dir))
    else:
        figures["rasa"] = f"not measured: no Rasa server at {rasa_url} (make rasa-up)"
    return figures


async def sentiment_figures(model_dir: Path) -> dict[str, Any]:
    """Agreement of the embedded parser's sentiment with the datasets' labels."""
    from nlu.embedded import EmbeddedParser

    parser = EmbeddedParser(model_dir)
    await parser.initialize()
    return {
        lang: await sentiment_agreement(parser, REAL / f"{lang}.tsv", lang)
        for lang in ("fa", "ar", "en")
        if (REAL / f"{lang}.tsv").exists()
    }


JUDGED = ROOT / "tests" / "data" / "reflections"


# Judged samples per language, by what they measure: the shared corpus's evaluation rows, and
# held-out messages from outside it (tests/data/reflections/RUBRIC.md says where each is from).
SAMPLES = {
    "evaluation": "{lang}.json",
    "held_out": "heldout2_{lang}.json",
    "held_out_2": "heldout3_{lang}.json",  # en only: a second twcs source (stop 19)
    "held_out_3": "heldout4_{lang}.json",  # en only: tweets to non-tech service accounts (stop 21)
    "held_out_5": "heldout5_{lang}.json",  # fa, ar, en: fresh sources split at stop 24
}


async def reflection_figures(model_dir: Path) -> dict[str, Any]:
    """Acceptable reflections on the judged samples, by the judged files' verdicts.

    Each judged item holds the reply that was read and its verdict (``verdict2`` too where
    a second judge read the same items independently). The current code's reply is
    computed again; where it is unchanged the verdicts stand, where it changed it is
    counted as unjudged (judge it again: see tests/data/reflections/RUBRIC.md).
    """
    from nlu.embedded import EmbeddedParser

    figures: dict[str, Any] = {}
    for lang in LANGUAGES:
        parser = EmbeddedParser(model_dir, default_language=lang)
        await parser.initialize()
        for sample, name in SAMPLES.items():
            path = JUDGED / name.format(lang=lang)
            if path.exists():
                judged = json.loads(path.read_text(encoding="utf-8"))
                key = lang if sample == "evaluation" else f"{lang}_{sample}"
                figures[key] = await _sample_figures(parser, judged, lang)
    return figures


async def _sample_figures(parser: Any, judged: dict[str, Any], lang: Language) -> dict[str, Any]:
    """One judged sample's counts per judge, the current code's replies compared."""
    from bot.reflecting import first_answer

    same = []
    for item in judged["items"]:
        reply = await first_answer(parser, item["message"], lang, always=True)
        same.append(" ".join(reply.split()) == " ".join(item["reply"].split()))
    figures: dict[str, Any] = {
        judge: _judged_counts(judged["items"], same, key)
        for judge, key in (("judge_1", "verdict"), ("judge_2", "verdict2"))
        if all(key in item for item in judged["items"])
    }
    if "counts_first_reading" in judged:  # before fixes that read the judges' notes
        figures["first_reading"] = [judged["counts_first_reading"], judged["counts2_first_reading"]]
    return figures


def _judged_counts(items: list[dict[str, Any]], same: list[bool], key: str) -> dict[str, Any]:
    """acceptable / minor / wrong / unjudged by one judge's verdicts, and the rate."""
    counts = {"acceptable": 0, "minor": 0, "wrong": 0, "unjudged": 0}
    for item, unchanged in zip(items, same, strict=True):
        counts[item[key] if unchanged else "unjudged"] += 1
    return {
        **counts,
        "sample": len(items),
        "acceptable_rate": round(counts["acceptable"] / len(items), 3),
    }


async def main() -> None:
    """Print every figure as one JSON document."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model-dir", type=Path, default=ROOT / "data" / "nlu-model")
    parser.add_argument("--rasa-url", default="http://localhost:5005")
    parser.add_argument("--customers", default="1,10,100", help="load: customers at once")
    parser.add_argument("--backends", default="sqlite,postgres", help="load: databases")
    parser.add_argument("--processes", type=int, default=3, help="load: bots on PostgreSQL")
    parser.add_argument("--growth", default="10000,1000000", help="growth: stored messages")
    args = parser.parse_args()
    from bot.bench_after_yes import after_yes_figures  # both import this module's samples
    from bot.bench_first import first_reply_figures

    figures = {
        "nlu_heldout": await nlu_figures(args.model_dir, args.rasa_url),
        "sentiment_agreement": await sentiment_figures(args.model_dir),
        "reflections_judged_acceptable": await reflection_figures(args.model_dir),
        # Beside it: what the customer actually reads first (a prompt as often as not).
        "first_replies_judged_acceptable": await first_reply_figures(args.model_dir),
        # Then what they read once they say "yes, that's it": the apology or the thanks.
        "after_yes_judged_acceptable": await after_yes_figures(args.model_dir),
    }
    print(json.dumps(figures, ensure_ascii=False, indent=2), flush=True)
    counts = [int(n) for n in args.customers.split(",")]
    load = await load_figures(counts, args.backends.split(","), args.processes)
    growth = await growth_figures([int(n) for n in args.growth.split(",")])
    # The last line: one JSON object.
    print(json.dumps({"load": load, "growth": growth}, ensure_ascii=False))


if __name__ == "__main__":
    asyncio.run(main())
