"""Integration with a real Rasa 3.6 server (started from .rasa-venv with the trained model)."""

from __future__ import annotations

import logging
import random

import pytest

from nlu import LANGUAGES
from nlu.embedded import EmbeddedParser
from nlu.evaluate import evaluate
from nlu.rasa import RasaParser
from nlu.training_data import HELDOUT_PATH, load

from .conftest import RasaServer

pytestmark = pytest.mark.rasa


async def test_health_check_and_parse(rasa_server: RasaServer, embedded: EmbeddedParser) -> None:
    parser = RasaParser(rasa_server.url, timeout=5.0, fallback=embedded)
    await parser.initialize()
    try:
        assert not parser.in_outage
        result = await parser.parse("سفارش ۷۷۳۴۱۲ دیر رسید و پیک جواب نمیده")
        assert result.intent == "complaint"
        assert result.topic == "delivery"
        assert result.order_id == "773412"
        assert result.language == "fa"
        assert result.sentiment == "negative"
        assert result.intent_ranking and result.intent_ranking[0][0] == "complaint"
    finally:
        await parser.shutdown()


async def test_backends_agree_on_heldout_sample(
    rasa_server: RasaServer, embedded: EmbeddedParser
) -> None:
    examples = load(HELDOUT_PATH).examples
    sample = random.Random(3).sample(examples, 90)
    parser = RasaParser(rasa_server.url, timeout=5.0, fallback=embedded)
    await parser.initialize()
    try:
        same = 0
        for example in sample:
            rasa = await parser.parse(example.text, example.language)
            local = embedded.parse_sync(example.text, example.language)
            same += rasa.intent == local.intent
    finally:
        await parser.shutdown()
    print(f"backends agree on {same}/{len(sample)}")
    assert same / len(sample) >= 0.90


async def test_heldout_macro_f1_per_language(
    rasa_server: RasaServer, embedded: EmbeddedParser
) -> None:
    parser = RasaParser(rasa_server.url, timeout=5.0, fallback=embedded)
    await parser.initialize()
    try:
        report = await evaluate(parser, HELDOUT_PATH)
    finally:
        await parser.shutdown()
    assert not parser.in_outage  # every answer came from Rasa, not the fallback
    print("rasa held-out:", report["languages"], "latency", report["latency_ms"])
    for language in LANGUAGES:
        assert report["languages"][language]["macro_f1"] >= 0.90, (language, report)


async def test_falls_back_when_server_stops(
    disposable_rasa_server: RasaServer,
    embedded: EmbeddedParser,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="nlu.rasa")
    parser = RasaParser(disposable_rasa_server.url, timeout=2.0, fallback=embedded)
    await parser.initialize()
    try:
        before = await parser.parse("ابي اكلم موظف")
        assert before.intent == "request_human" and not parser.in_outage

        disposable_rasa_server.stop()
        results = [await parser.parse(text) for text in ("سلام", "my order is late", "شكرا")]
        assert [r.intent for r in results] == ["greet", "complaint", "praise"]
        assert parser.in_outage
        warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
        assert len(warnings) == 1, [r.getMessage() for r in warnings]
    finally:
        await parser.shutdown()


async def test_unreachable_server_at_start_is_not_fatal(
    embedded: EmbeddedParser, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="nlu.rasa")
    parser = RasaParser("http://127.0.0.1:9", timeout=0.5, fallback=embedded)
    await parser.initialize()
    try:
        assert (await parser.parse("hello")).intent == "greet"
        assert (await parser.parse("hi there")).intent == "greet"
        assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 1
    finally:
        await parser.shutdown()
