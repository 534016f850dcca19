"""en59: the apology after "yes" names news not given (constructed)."""

from __future__ import annotations

import pytest

from dialogues.apologies import apology_key
from dialogues.catalog import variants
from tests.dialogues.script import Script


@pytest.mark.parametrize(
    "told",
    [
        "sat at gate 12 for an hour, no updates from anyone, the board still says on time",
        "nobody told us anything, we just stood around at the desk guessing",
        "total lack of communication all evening, we had to guess what was going on",
        "you switched my seat assignment and never notified me",
    ],
)
def test_news_not_given_is_named(told: str) -> None:
    assert apology_key(None, told, True, "en") == "apology_not_informed"


@pytest.mark.parametrize(
    "told",
    [
        # Rudeness beside it: two let-downs, the apology already chosen stays.
        "no information at the desk and the agent was rude to my mother",
        # A refusal or lying is the point (the gate): news is not what they lacked.
        "the rep wouldn't rebook us. what a waste of time and poor communication",
        "the agent lied and kept raising her voice, with no explanation of what happened",
        # A seat moved with no notice: the seat, not news.
        "moved my seat with no notice, now I'm by the toilets",
        # A question asking for news tells nothing missing.
        "any updates on flight 2210 to Boston?",
    ],
)
def test_no_news_letdown_is_guessed(told: str) -> None:
    assert apology_key(None, told, True, "en") != "apology_not_informed"


def test_news_not_given_is_named_after_yes() -> None:
    chat = Script("en")
    chat.start()
    chat.says("no updates at the gate for two hours, nobody told us anything", intent="complaint")
    reply = chat.says("yes", intent="affirm")
    assert any(line in reply for line in variants("en", "apology_not_informed")), reply


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_the_news_apology_is_said_in_every_language(language: str) -> None:
    assert variants(language, "apology_not_informed")
