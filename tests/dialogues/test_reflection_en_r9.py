"""English reflections, round 9: constructed cases for the judged faults of seed 20261132."""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect
from dialogues.reflection.en_seams import misspelt


def _said(text: str) -> str:
    return reflect([text], "en")


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "@Game my screen flickers wether I play or not",
            "“my screen flickers wether I play or not”",
        ),
        ("@Mail i need help. it was hack last week", "“it was hack last week”"),
        (
            "@Shop the app says I'm suppose to get a code today",
            "“the app says I'm suppose to get a code today”",
        ),
        (
            "@Shop I was home and there not a single knock on my door",
            "there not a single knock on my door”",
        ),
        (
            "@Game I keep losing dollers every day since the update",
            "“I keep losing dollers every day since the update”",
        ),
    ],
)
def test_a_clause_with_a_slip_is_quoted_never_said_in_our_voice(text: str, quoted: str) -> None:
    out = _said(text)
    assert quoted in out
    assert "you said" in out


@pytest.mark.parametrize(
    "clause",
    [
        "I bought a volatol for 3 million",  # a name written small: no word is one letter off
        "my printhead is missing",  # two words run into one
        "the grader's notes are gone",  # a possessive
        "make it work please",  # "it work" after "make" is no broken verb
        "my laptop is broken and I can't fix it",
    ],
)
def test_names_compounds_and_good_grammar_are_no_slip(clause: str) -> None:
    assert not misspelt(clause)


def test_a_slip_quote_in_a_long_telling_is_kept_whole() -> None:
    text = (
        "@Game I have just purchased the megaladon shark card for my account, and I did not "
        "receive the additional money that was promised when purchased before April 2nd"
    )
    out = _said(text)
    assert "“I have just purchased the megaladon shark card" in out
    assert "“…" not in out
