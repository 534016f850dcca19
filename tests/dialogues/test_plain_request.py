"""en60: a plain request ("can you help me …?", "please DM me") is routed as a question.

Constructed tweets. "help", "please", "still", "lie" are let-down words elsewhere ("still no
answer", "please help!"), so these requests heard "I'm truly sorry …" after yes.
"""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.plain_question import asks_only
from tests.dialogues.test_plain_question import APOLOGIES, _after_yes  # one way to say yes


@pytest.mark.parametrize(
    "message",
    [
        "@united can you help me add my MileagePlus number to my booking?",
        "@JetBlue could you please move me to the 6pm flight?",
        "@SouthwestAir is the companion pass promo still on?",
        "@AmericanAir any lie flat seats from JFK to LAX next Friday?",
        "@united hi I just booked a trip, how do I pick a seat?",
        "@united follow me back so I can DM you",
        "@SouthwestAir I need help with a ticket. DM me",
        "@JetBlue can you DM me please?",
    ],
)
def test_a_plain_request_hears_no_apology(message: str) -> None:
    reply = _after_yes(message)
    assert not any(line in reply for line in APOLOGIES), reply
    assert any(line in reply for line in variants("en", "permission_question")), reply


@pytest.mark.parametrize(
    "message",
    [
        "@united can you help me? my bag never showed up",
        "@USAirways please answer the phone?",
        "@AmericanAir anyone there? did you read my DM?",
        "@united 2 hours to be answered on a call?",
        "@JetBlue how can you not have a gate agent for two hours?",
        "@SouthwestAir can't DM you, you're not following me",
        "@united follow me back so I can DM you, still no answer on the phone",
        "@AmericanAir is my flight still delayed?",
    ],
)
def test_a_letdown_with_a_request_keeps_its_apology(message: str) -> None:
    assert not asks_only([message], "en")


@pytest.mark.parametrize(
    "message", ["@airline can you help me out?", "Hi, could you please help us?"]
)
def test_help_asked_for_with_nothing_told_is_no_question(message: str) -> None:
    """en60's gate: "can you help me out?" alone was said back word for word; a prompt fits."""
    assert not asks_only([message], "en")
