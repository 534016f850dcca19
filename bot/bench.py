"""`make bench`: print the figures the issues name, measured, not asserted.

- NLU on the held-out file: intent accuracy, macro-F1 per language, topic accuracy and
  parse latency p50/p99, for the embedded parser and (when it answers) the Rasa server.
- Sentiment agreement with real customers' own labels, per language.
- Reflections on real messages: share holding a content word of the message.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
from pathlib import Path
from typing import Any

import aiohttp

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


def reflection_figures(sample: int = 200) -> dict[str, float]:
    """Share of reflections of real messages that keep a content word of the message."""
    from dialogues.reflection import content_words, reflect

    rates: dict[str, float] = {}
    for lang in ("fa", "ar", "en"):
        path = REAL / f"{lang}.tsv"
        if not path.exists():
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))[1 : sample + 1]
        kept = total = 0
        for text, *_ in rows:
            words = content_words(text, lang)
            if not words:
                continue
            total += 1
            reflection = reflect([text], lang)
            kept += any(w in reflection for w in words)
        rates[lang] = round(kept / max(total, 1), 4)
    return rates


async def main() -> None:
    """Print every figure as one JSON document."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model-dir", type=Path, default=ROOT / "data" / "nlu-model")
    parser.add_argument("--rasa-url", default="http://localhost:5005")
    args = parser.parse_args()
    figures = {
        "nlu_heldout": await nlu_figures(args.model_dir, args.rasa_url),
        "sentiment_agreement": await sentiment_figures(args.model_dir),
        "reflection_content_word_rate": reflection_figures(),
    }
    print(json.dumps(figures, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    asyncio.run(main())
