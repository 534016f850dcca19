"""A subjectless clause about how things are going is said "it's …", not "you're …" (en66)."""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect
from dialogues.reflection.en_its_getting import situation


@pytest.mark.parametrize(
    ("message", "said"),
    [
        (
            "@SouthwestAir now it is delayed until 4:10. Getting yelled at by the gate agents "
            "for asking. Getting worse",
            "it's getting worse",
        ),
        (
            "@united I have been traveling since 6am and you guys lost my bag. "
            "Making for a long night.",
            "it's making for a long night",
        ),
        (
            "@AmericanAir cancelled my flight before the storm even hit. "
            "Looking like 2 nights in a hotel on me.",
            "it's looking like 2 nights in a hotel on you",
        ),
    ],
)
def test_situation_is_it(message: str, said: str) -> None:
    reflected = reflect([message], "en")
    assert said in reflected
    assert "you're getting worse" not in reflected


@pytest.mark.parametrize(
    "clause",
    [
        "Getting really tired of these delays",  # the customer's own feeling
        "Getting yelled at by the gate agents",
        "Looking for my bag at the carousel",
        "Looking like a tourist in this airport",
        "Making my connection was impossible",
    ],
)
def test_customers_own_stays(clause: str) -> None:
    assert not situation(clause)
