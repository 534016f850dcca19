"""The Rasa-YAML reader: annotations, synonyms, lookups, regexes, the data files themselves."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from nlu import INTENTS, LANGUAGES, TOPICS
from nlu.errors import TrainingDataError
from nlu.training_data import HELDOUT_PATH, load, load_dir, load_file, parse_example


def test_parses_both_annotation_styles() -> None:
    example = parse_example(
        '[سفارشم](topic:delivery) دیر رسید و [پول]{"entity": "topic", "value": "billing"} '
        "کم شد، کد [48213](order_id)",
        "complaint",
    )
    assert example.text == "سفارشم دیر رسید و پول کم شد، کد 48213"
    assert [(e.entity, e.value, e.text) for e in example.entities] == [
        ("topic", "delivery", "سفارشم"),
        ("topic", "billing", "پول"),
        ("order_id", "48213", "48213"),
    ]
    for entity in example.entities:
        assert example.text[entity.start : entity.end] == entity.text


def test_reads_blocks_of_every_kind(tmp_path: Path) -> None:
    path = tmp_path / "nlu_en.yml"
    path.write_text(
        'version: "3.1"\nnlu:\n'
        "- intent: greet\n  examples: |\n    - hi\n    - hello\n"
        "- synonym: delivery\n  examples: |\n    - shipping\n"
        "- lookup: app\n  examples: |\n    - app\n"
        "- regex: order_id\n  examples: |\n    - \\d{5}\n",
        encoding="utf-8",
    )
    data = load_file(path)
    assert [(e.text, e.intent, e.language) for e in data.examples] == [
        ("hi", "greet", "en"),
        ("hello", "greet", "en"),
    ]
    assert data.synonyms == {"shipping": "delivery"}
    assert data.lookups == {"app": ["app"]}
    assert data.regexes == {"order_id": ["\\d{5}"]}


def test_bad_yaml_raises_training_data_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.yml"
    path.write_text("nlu:\n- intent: greet\n  examples: not a list of lines\n", encoding="utf-8")
    with pytest.raises(TrainingDataError):
        load_file(path)


def test_training_data_covers_every_intent_and_language() -> None:
    data = load_dir()
    counts = Counter((e.language, e.intent) for e in data.examples)
    for language in LANGUAGES:
        for intent in INTENTS:
            assert counts[(language, intent)] >= 25, (language, intent)
    topics = {e.entity_value("topic") for e in data.examples} - {None}
    assert topics == set(TOPICS)
    assert set(data.lookups) == set(TOPICS)
    assert "order_id" in data.regexes


def test_heldout_is_separate_and_labelled() -> None:
    heldout = load(HELDOUT_PATH).examples
    training = {e.text for e in load_dir().examples}
    assert not [e.text for e in heldout if e.text in training]
    counts = Counter((e.language, e.intent) for e in heldout)
    assert all(counts[(lang, i)] >= 10 for lang in LANGUAGES for i in INTENTS)
