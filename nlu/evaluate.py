"""Evaluate a parser on Rasa-format YAML, and train the embedded / Rasa models (CLI helpers)."""

from __future__ import annotations

import logging
import subprocess
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from nlu import LANGUAGES
from nlu.errors import ModelNotTrainedError
from nlu.language import detect_language
from nlu.parser import Parser
from nlu.training_data import Example, load

log = logging.getLogger(__name__)

NLU_DIR = Path(__file__).resolve().parent
REPO_DIR = NLU_DIR.parent
RASA_MODEL = NLU_DIR / "models" / "hamdel-nlu.tar.gz"


def macro_f1(gold: list[str], predicted: list[str]) -> float:
    """Unweighted mean F1 over the gold labels (a label never gold scores nothing)."""
    labels = sorted(set(gold))
    if not labels:
        return 0.0
    scores = []
    for label in labels:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == label)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if p == label != g)
        fn = sum(1 for g, p in zip(gold, predicted, strict=True) if g == label != p)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def _percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile (no numpy needed for a few hundred numbers)."""
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[index]


def _summary(gold: list[str], predicted: list[str]) -> dict[str, Any]:
    correct = sum(g == p for g, p in zip(gold, predicted, strict=True))
    return {
        "examples": len(gold),
        "intent_accuracy": round(correct / len(gold), 4) if gold else 0.0,
        "macro_f1": round(macro_f1(gold, predicted), 4),
    }


async def evaluate(parser: Parser, data_path: Path, *, warmup: int = 20) -> dict[str, Any]:
    """Parse every example of ``data_path`` and report accuracy, F1, topics and latency."""
    examples: list[Example] = load(Path(data_path)).examples
    for example in examples[:warmup]:  # first calls pay for lazy imports and caches
        await parser.parse(example.text, example.language)
    by_language: dict[str, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    gold_all: list[str] = []
    predicted_all: list[str] = []
    latencies: list[float] = []
    topic_total = topic_correct = 0
    mistakes: Counter[tuple[str, str]] = Counter()
    for example in examples:
        language = example.language or detect_language(example.text)
        started = time.perf_counter()
        result = await parser.parse(example.text, example.language)
        latencies.append((time.perf_counter() - started) * 1000)
        gold_all.append(example.intent)
        predicted_all.append(result.intent)
        by_language[language][0].append(example.intent)
        by_language[language][1].append(result.intent)
        if result.intent != example.intent:
            mistakes[(example.intent, result.intent)] += 1
        if example.intent in ("complaint", "praise", "suggestion", "question"):
            topic_total += 1
            topic_correct += result.topic == example.entity_value("topic")
    report: dict[str, Any] = {"backend": parser.name, "data": str(data_path)}
    report["overall"] = _summary(gold_all, predicted_all)
    report["languages"] = {
        lang: _summary(*by_language[lang]) for lang in LANGUAGES if lang in by_language
    }
    report["topic_accuracy"] = round(topic_correct / topic_total, 4) if topic_total else None
    report["confusions"] = [
        {"gold": g, "predicted": p, "count": n} for (g, p), n in mistakes.most_common(10)
    ]
    report["latency_ms"] = {
        "p50": round(_percentile(latencies, 0.50), 3) if latencies else None,
        "p99": round(_percentile(latencies, 0.99), 3) if latencies else None,
    }
    return report


async def run_eval(backend: str, data_path: Path, rasa_url: str, model_dir: Path) -> dict[str, Any]:
    """Build the backend, evaluate it on ``data_path``, shut it down (for `hamdel nlu eval`)."""
    from nlu.factory import build_parser

    parser = build_parser(backend, rasa_url=rasa_url, rasa_timeout=5.0, model_dir=model_dir)
    await parser.initialize()
    try:
        return await evaluate(parser, data_path)
    finally:
        await parser.shutdown()


def train_embedded(model_dir: Path) -> Path:
    """Train (or confirm the cache of) the embedded model; returns the model directory."""
    from nlu.embedded import EmbeddedParser

    parser = EmbeddedParser(Path(model_dir))
    parser.load_or_train()
    return Path(model_dir)


def train(model_dir: Path, rasa: bool) -> None:
    """The embedded model, and with ``rasa`` the Rasa one too (for `hamdel nlu train`)."""
    train_embedded(model_dir)
    if rasa:
        train_rasa()


def train_rasa(rasa_venv: Path = REPO_DIR / ".rasa-venv") -> Path:
    """Run `rasa train nlu` as the Makefile does; raises ModelNotTrainedError on failure."""
    rasa = rasa_venv / "bin" / "rasa"
    if not rasa.exists():
        raise ModelNotTrainedError(f"{rasa} not found: run `make rasa-venv` first")
    command = [
        str(rasa), "train", "nlu",
        "--config", str(NLU_DIR / "config.yml"),
        "--nlu", str(NLU_DIR / "data"),
        "--domain", str(NLU_DIR / "domain.yml"),
        "--out", str(RASA_MODEL.parent),
        "--fixed-model-name", RASA_MODEL.name.removesuffix(".tar.gz"),
    ]  # fmt: skip
    completed = subprocess.run(command, cwd=REPO_DIR, check=False)
    if completed.returncode != 0 or not RASA_MODEL.exists():
        raise ModelNotTrainedError(f"rasa train failed with exit code {completed.returncode}")
    log.info("Rasa model written to %s", RASA_MODEL)
    return RASA_MODEL


def real_messages(path: Path, language: str) -> list[tuple[str, str]]:
    """(text, "positive"|"negative") rows of a real-messages TSV; neutral rows are skipped.

    fa: HAPPY/SAD; ar: 1/-1 (0 skipped); en: positive / negative|reason (neutral and the
    customer-care rows labelled org:... have no sentiment and are skipped).
    """
    import csv

    rows: list[tuple[str, str]] = []
    with Path(path).open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader, None)  # header
        for record in reader:
            if len(record) < 2:
                continue
            text, label = record[0], record[1]
            gold = _GOLD_SENTIMENT[language](label)
            if gold is not None:
                rows.append((text, gold))
    return rows


def _en_gold(label: str) -> str | None:
    if label == "positive":
        return "positive"
    return "negative" if label.startswith("negative") else None


_GOLD_SENTIMENT: dict[str, Callable[[str], str | None]] = {
    "fa": {"HAPPY": "positive", "SAD": "negative"}.get,
    "ar": {"1": "positive", "-1": "negative"}.get,
    "en": _en_gold,
}


async def sentiment_agreement(parser: Parser, path: Path, language: str) -> dict[str, Any]:
    """Share of labelled real messages whose parsed sentiment equals the label (neutral = miss)."""
    rows = real_messages(path, language)
    agree = neutral = 0
    for text, gold in rows:
        result = await parser.parse(text)
        agree += result.sentiment == gold
        neutral += result.sentiment == "neutral"
    return {
        "language": language,
        "messages": len(rows),
        "agreement": round(agree / len(rows), 4) if rows else None,
        "neutral": neutral,
    }
