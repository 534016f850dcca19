"""English reflections, round 46: subjectless clauses that are not the customer's own."""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect


def _said(text: str) -> str:
    return reflect([text], "en")


@pytest.mark.parametrize(
    ("text", "quoted", "never"),
    [
        (
            "@Air My flight was late. Stranded my family in Denver",
            "you said “Stranded my family in Denver”",
            "you're stranded your family",
        ),
        (
            "@Air working for me. Tight cx so they're delaying our flight.",
            "you said “working for me”",
            "you're working for you",
        ),
        ("@Air I was late. Happy #TT to my friends", "“Happy TT to my friends”", "you're happy TT"),
    ],
)
def test_a_subjectless_clause_done_by_others_is_quoted(text: str, quoted: str, never: str) -> None:
    out = _said(text)
    assert quoted in out
    assert never not in out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("@Air My flight was late. Stranded in Denver for 5 hours", "you're stranded in Denver"),
        ("@Air Trying to check in and the site is down", "you're trying to check in"),
        ("@Air Frustrated with the delays today", "you're frustrated with the delays"),
    ],
)
def test_the_customers_own_state_keeps_its_subject(text: str, kept: str) -> None:
    assert kept in _said(text)
