"""Round 39: the module-level ``re.match``/``re.sub`` calls of the hot reflection and statement
sites compiled once; ``statements`` keeps its case-blind patterns in a bounded cache keyed by
the pattern alone (a module constant), so nothing of a customer's text is kept; ``\1`` given
as a callable (``re`` parses a template on every ``sub`` call, match or not)."""

from __future__ import annotations

import re

import pytest

from dialogues import statements, telling
from dialogues.reflection import noise
from dialogues.text import fold, words
from tests.dialogues.tuning_rows import tuning_rows

_PATTERNS = [
    statements._EN_WANT,
    statements._FA_SO,
    statements._AR_THAT,
    *statements._REASON.values(),
    *statements._DEADLINE.values(),
]


def test_a_pattern_is_compiled_once_case_blind() -> None:
    first = statements._case_blind(statements._EN_WANT)
    assert statements._case_blind(statements._EN_WANT) is first
    assert first.flags & re.IGNORECASE
    assert first.pattern == statements._EN_WANT


def test_the_compiled_patterns_are_bounded() -> None:
    for number in range(200):  # patterns built per call would otherwise grow it without end
        assert statements._case_blind(f"^word{number}\\b").match(f"WORD{number} x")
    assert statements._case_blind.cache_info().currsize <= 64
    assert statements._case_blind(statements._EN_WANT).pattern == statements._EN_WANT


@pytest.mark.parametrize("language", ["fa", "ar", "en"])
def test_the_same_matches_as_re_match_with_the_flag(language: str) -> None:
    texts = [*tuning_rows(language, 120), "By Friday", "BECAUSE my rent is due", "So that I can"]
    for text in texts:
        for pattern in _PATTERNS:
            old = re.match(pattern, text, flags=re.IGNORECASE)
            new = statements._case_blind(pattern).match(text)
            assert (old and old.span()) == (new and new.span())
            assert statements._strip(pattern, text)[1] == bool(old)


@pytest.mark.parametrize("language", ["fa", "ar", "en"])
def test_deadline_and_reason_answer_a_text_the_same_twice(language: str) -> None:
    for text in tuning_rows(language, 60):
        assert statements.deadline(text, language) == statements.deadline(text, language)
        assert statements.reason(text, language) == statements.reason(text, language)


@pytest.mark.parametrize("language", ["fa", "ar", "en"])
def test_a_callable_group_replaces_as_the_template_did(language: str) -> None:
    crafted = ["رووووعه!!!", "cooool?!?!..", "جدااااا،،، خیلییی", "wait...!!! why??"]
    for text in [*tuning_rows(language, 150), *crafted]:
        assert noise._REPEATED_PUNCT.sub(lambda m: m[1], text) == noise._REPEATED_PUNCT.sub(
            r"\1", text
        )
        for word in words(text):
            plain = telling._STRETCHED.sub(r"\1", fold(word)).replace("’", "'").replace("‘", "'")
            assert telling._token(word) == plain
