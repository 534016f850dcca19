"""The embedded parser: labels, topics, order ids, caching, held-out F1 and latency."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from nlu import FALLBACK_INTENT, LANGUAGES
from nlu.embedded import EmbeddedParser
from nlu.evaluate import evaluate
from nlu.parser import Parser
from nlu.training_data import HELDOUT_PATH


@pytest.mark.parametrize(
    ("text", "intent", "topic"),
    [
        ("نه، منظورم این نبود", "deny", None),
        ("سفارشم دیر رسید", "complaint", "delivery"),
        ("سلام وقتتون بخیر", "greet", None),
        ("میخوام با اپراتور صحبت کنم", "request_human", "service"),
        ("الطلب تأخر والمندوب ما يرد", "complaint", "delivery"),
        ("ابي اكلم موظف", "request_human", "service"),
        ("لا مش ده اللي قصدته", "deny", None),
        ("the app keeps crashing when i pay", "complaint", "app"),
        ("you should add cash on delivery", "suggestion", "billing"),
        ("that's all, bye", "done", None),
    ],
)
async def test_labels(embedded: EmbeddedParser, text: str, intent: str, topic: str | None) -> None:
    result = await embedded.parse(text)
    assert (result.intent, result.topic) == (intent, topic)
    assert result.intent_ranking[0] == (intent, result.confidence)


def test_order_id_in_persian_digits(embedded: EmbeddedParser) -> None:
    result = embedded.parse_sync("سفارش شماره ۷۷۳۴۱۲ کجاست؟")
    assert result.order_id == "773412"
    assert result.language == "fa"
    assert embedded.parse_sync("الطلب رقم ٤٤٨٢١٩ ما وصل").order_id == "448219"
    assert embedded.parse_sync("I paid 120 dollars").order_id is None  # too short


def test_result_fields(embedded: EmbeddedParser) -> None:
    result = embedded.parse_sync("the food was cold and disgusting 😡")
    assert isinstance(embedded, Parser)
    assert result.language == "en"
    assert result.intent == "complaint"
    assert result.sentiment == "negative" and -1 <= result.sentiment_score < 0
    assert abs(sum(p for _, p in result.intent_ranking) - 1) < 1e-6


def test_empty_or_gibberish_text_falls_back(embedded: EmbeddedParser) -> None:
    assert embedded.parse_sync("").intent == FALLBACK_INTENT
    assert embedded.parse_sync("   ").intent == FALLBACK_INTENT


def test_language_argument_overrides_detection(embedded: EmbeddedParser) -> None:
    assert embedded.parse_sync("باب", language="ar").language == "ar"


def test_model_is_cached_and_reloaded(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    first = EmbeddedParser(tmp_path)
    first.load_or_train()
    cached = list(tmp_path.glob("embedded-*.npz"))
    assert len(cached) == 1
    caplog.set_level(logging.INFO, logger="nlu.embedded")
    second = EmbeddedParser(tmp_path)
    second.load_or_train()
    assert any("loaded from" in r.getMessage() for r in caplog.records)
    text = "پیک خیلی بی ادب بود"
    assert first.parse_sync(text) == second.parse_sync(text)


async def test_heldout_macro_f1_per_language(embedded: EmbeddedParser) -> None:
    report = await evaluate(embedded, HELDOUT_PATH)
    print("embedded held-out:", report["languages"], "topic", report["topic_accuracy"])
    for language in LANGUAGES:
        assert report["languages"][language]["macro_f1"] >= 0.90, (language, report)
    assert report["topic_accuracy"] >= 0.80


# Parse latency is measured by `make bench` (bot/bench.py), never asserted: a timed test
# passes alone and fails on a loaded machine.
