"""en62: rudeness said as "attitude" is named after "yes" (constructed)."""

from __future__ import annotations

import pytest

from dialogues.apologies import apology_key


@pytest.mark.parametrize(
    "told",
    [
        "she fixed it eventually but not without an attitude and a nasty comment",
        "it's not the wait, it's the attitude!",
        "dealt with the gate agent in Denver. His attitude was unbelievable.",
        "the agents at the desk had a horrible attitude from start to finish",
    ],
)
def test_attitude_is_rudeness(told: str) -> None:
    assert apology_key(None, told, True, "en") == "apology_rude"


@pytest.mark.parametrize(
    "told",
    [
        # A company's stance, no one spoke to them.
        "there is a disconnect between your ads and employee attitude on the ground",
    ],
)
def test_attitude_without_anyone_rude_is_not_guessed(told: str) -> None:
    assert apology_key(None, told, True, "en") != "apology_rude"
