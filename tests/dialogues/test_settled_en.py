"""en58: a message that only says it is done or fine now is thanked, with no questions.

Constructed tweets. "okay I just sent it" heard "Could I ask two brief questions first …?"
after yes, and "all set now, thx" could hear an apology.
"""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.settled_en import light_thanks, settled
from tests.dialogues.script import Script

ASKED = [
    line
    for key in ("permission", "permission_question", "apology", "apology_travel")
    for line in variants("en", key)
]


def _after_yes(message: str, intent: str, sentiment: str, score: float) -> str:
    chat = Script("en")
    chat.start()
    chat.says(message, intent=intent, sentiment=sentiment, score=score)
    if chat.stage != "confirming":
        chat.says("that's all", intent="deny")
    assert chat.stage == "confirming"
    return chat.says("yes", intent="affirm")


@pytest.mark.parametrize(
    ("message", "intent", "kind"),
    [
        ("@JetBlue ok I just sent it over", "complaint", "done"),
        ("@united just added it now. Thx", "complaint", "done"),
        ("@SouthwestAir I just sent you a DM", "question", "done"),
        ("@AmericanAir we're all set now - thanks", "complaint", "fine"),
        ("@united everything is fine now. Thank you!", "question", "fine"),
    ],
)
def test_done_or_fine_is_thanked_without_questions(message: str, intent: str, kind: str) -> None:
    sentiment, score = ("negative", -0.4) if intent == "complaint" else ("neutral", 0.0)
    reply = _after_yes(message, intent, sentiment, score)
    assert not any(line in reply for line in ASKED), reply
    assert any(line in reply for line in variants("en", f"thanks_settled_{kind}")), reply
    assert '"' not in reply, reply  # nothing of theirs quoted back as praise


@pytest.mark.parametrize(
    "told",
    [
        "@united just sent it, still no reply",
        "@JetBlue all set but my bag never showed up",
        "@AmericanAir I just sent a photo of the damaged stroller",
        "@united done waiting on hold, 3 hours",
        "@SouthwestAir sent it twice, why is nobody answering?",
        "@united all good except the wifi",
    ],
)
def test_more_than_done_is_left_to_the_dialogue(told: str) -> None:
    assert settled([told], "en") is None


def test_only_english() -> None:
    assert settled(["sent"], "fa") is None


@pytest.mark.parametrize(
    "message",
    [
        "@JetBlue sunset over the wing tonight #views http://t.co/a1b2c3",
        "@SouthwestAir launches new routes from Ohio http://t.co/d4e5f6",
    ],
)
def test_a_link_shared_without_trouble_gets_a_light_thanks(message: str) -> None:
    reply = _after_yes(message, "complaint", "negative", -0.4)
    assert not any(line in reply for line in ASKED), reply
    assert any(line in reply for line in variants("en", "thanks_shared")), reply


def test_a_link_with_a_letdown_keeps_its_apology() -> None:
    reply = _after_yes("@united so unhelpful... http://t.co/x9y8", "complaint", "negative", -0.6)
    assert not any(line in reply for line in variants("en", "thanks_shared")), reply


def test_a_complaint_told_in_hashtags_beside_a_link_is_not_thanked() -> None:
    """en58's own reading: "#nofun #nocustomerservice #onhold <link>" is a let-down."""
    told = "well this is #nofun #nocustomerservice #onhold http://t.co/abc"
    assert light_thanks([told], "en", "complaint") is None


@pytest.mark.parametrize(
    "message",
    [
        "@united just DMed you my booking code",
        "@SouthwestAir I’m resending the record locator in a DM",
        "@JetBlue sent you a DM with my name and flight number",
        "@AmericanAir I am following you now",
        "@united DM sent.",
    ],
)
def test_a_dm_sent_is_done(message: str) -> None:
    assert settled([message], "en") == "done"  # en60: not "I'm sorry; you deserved better"


@pytest.mark.parametrize(
    "message",
    [
        "@united DMed you twice, still no reply",
        "@SouthwestAir sent you a DM but nobody answered",
        "@AmericanAir I DMed you my complaint about the delay",
    ],
)
def test_a_dm_sent_with_a_letdown_is_not_done(message: str) -> None:
    assert settled([message], "en") is None
