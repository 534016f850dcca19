"""A short text's parse remembered (``EmbeddedParser.parse_sync``'s memo) is the parse worked
out again: every field, for the load bench's short answers and rows 1-300 of fa, ar and en;
the memo stays bounded, keeps long texts out, and is keyed by language and threshold."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from nlu import embedded as embedded_module
from nlu.embedded import PARSE_MEMO, PARSE_MEMO_CHARS, EmbeddedParser
from nlu.result import ParseResult

REAL = Path(__file__).resolve().parents[3] / "shared" / "data" / "real-messages"
SHORT_ANSWERS = {
    "en": ("yes", "yes, go ahead", "that's all", "no", "thanks"),
    "fa": ("بله", "بله، بپرسید", "همین", "نه", "ممنون"),
    "ar": ("نعم", "نعم، تفضل", "بس", "لا", "شكرا"),
}


def _rows(language: str) -> list[str]:
    lines = (REAL / f"{language}.tsv").read_text(encoding="utf-8").splitlines()[1:301]
    return [line.split("\t")[0] for line in lines]


def _fields(parsed: ParseResult) -> tuple[object, ...]:
    return tuple((name, type(value), value) for name, value in vars(parsed).items())


@pytest.fixture
def parser(embedded: EmbeddedParser) -> Iterator[EmbeddedParser]:
    """The session's parser with an empty memo (restored after)."""
    model = embedded._model
    assert model is not None
    saved = dict(model.parses)
    model.parses.clear()
    yield embedded
    model.parses.clear()
    model.parses.update(saved)


def test_a_remembered_parse_is_the_parse_worked_out_again(parser: EmbeddedParser) -> None:
    model = parser._model
    assert model is not None
    checked = 0
    for language in ("fa", "ar", "en"):
        for text in (*SHORT_ANSWERS[language], *_rows(language)):
            first = parser.parse_sync(text, language)
            again = parser.parse_sync(text, language)
            fresh = parser._parse(model, text, language)
            assert _fields(first) == _fields(fresh) == _fields(again), text
            if len(text) <= PARSE_MEMO_CHARS:
                assert again is first  # remembered
                checked += 1
            else:
                assert (text, language, parser.threshold) not in model.parses
    assert checked > 100


def test_the_memo_is_keyed_by_language_and_threshold(parser: EmbeddedParser) -> None:
    english = parser.parse_sync("bus", "en")
    arabic = parser.parse_sync("bus", "ar")
    assert english.language == "en" and arabic.language == "ar"
    before = parser.threshold
    try:
        parser.threshold = 1.01  # nothing is that sure: every parse falls back
        strict = parser.parse_sync("yes", "en")
        assert strict.intent == "nlu_fallback"
    finally:
        parser.threshold = before
    assert parser.parse_sync("yes", "en").intent == "affirm"


def test_the_memo_is_bounded_oldest_out_first(
    parser: EmbeddedParser, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = parser._model
    assert model is not None
    monkeypatch.setattr(embedded_module, "PARSE_MEMO", 3)
    for word in ("one", "two", "three", "four"):
        parser.parse_sync(word, "en")
    assert [key[0] for key in model.parses] == ["two", "three", "four"]
    assert PARSE_MEMO >= 256  # the real bound holds a day's common short answers
