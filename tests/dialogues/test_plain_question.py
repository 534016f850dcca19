"""en56: a tweet that only asks, with nothing gone wrong in it, is routed as a question.

Constructed tweets. NLU's cold tone made them complaints, and "yes" heard an apology.
"""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.plain_question import asks_only
from tests.dialogues.script import Script

APOLOGIES = [
    line
    for key in ("apology", "apology_billing", "apology_baggage", "apology_travel")
    for line in variants("en", key)
]


def _after_yes(message: str) -> str:
    chat = Script("en")
    chat.start()
    chat.says(message, intent="complaint", sentiment="negative", score=-0.5)
    if chat.stage != "confirming":
        chat.says("that's all", intent="deny")
    assert chat.stage == "confirming"
    return chat.says("yes", intent="affirm")


@pytest.mark.parametrize(
    "message",
    [
        "@AmericanAir can I bring my cat in the cabin on a flight to Miami?",
        "@united how much does it cost to check a surfboard?",
        "@JetBlue so it's a $35 fee for a second bag?",
    ],
)
def test_a_plain_question_hears_no_apology(message: str) -> None:
    reply = _after_yes(message)
    assert not any(line in reply for line in APOLOGIES), reply
    assert any(line in reply for line in variants("en", "permission_question")), reply


@pytest.mark.parametrize(
    "message",
    [
        "@united where are my bags?",
        "@USAirways will anyone ever answer the phone?",
        "@united is the website down?",
        "@AmericanAir why was my flight cancelled?",
        "@JetBlue flight 402 delayed. when will we board?",
        "@SouthwestAir are you kidding me?!",
    ],
)
def test_a_letdown_asked_keeps_its_apology(message: str) -> None:
    assert not asks_only([message], "en")


@pytest.mark.parametrize(
    "told",
    [
        "would it kill you to let me put my known traveler number on my reservation?",
        "can you do one thing right and deliver the bags to the airport?",
        "you want me to talk to the wall?",
        "and the 20min line I stood in to drop my bag off?",
        "has it been 4-6hrs yet?",
        "so what's the solution?",
    ],
)
def test_a_sore_or_rhetorical_question_is_no_plain_one(told: str) -> None:
    """en56's gate: these kept their apology (or prompt) in the readers' eyes."""
    assert not asks_only([told], "en")
