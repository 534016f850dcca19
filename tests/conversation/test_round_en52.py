"""Round en52: English verdicts NLU named a suggestion, thanked "for the idea" (issue 8)."""

from __future__ import annotations

import pytest

from tests.conversation.test_conversation_review30 import _after_yes, _said, _thanked


@pytest.mark.parametrize(
    "text",
    ["your website is bad, and you should feel bad",
     "paying an extra $60 for a bag and still no one at the counter #lame",
     "so I'm penalized for bringing just one small bag?",
     "so a second checked bag costs $90????",
     "three calls and nobody picked up #deltafail",
     "the lady at the desk in Reno was completely unhelpful",
     "your staff has no idea where my stroller is. Unacceptable."],
)  # fmt: skip
def test_a_verdict_with_no_proposal_is_a_complaint(text: str) -> None:
    # "your app is bad, and you should feel bad" (NLU: suggestion) got "Thank you for the idea".
    kind, reply = _after_yes("en", text, "suggestion", -0.4, confidence=0.45)
    assert kind == "complaint", reply
    assert not _thanked("en", reply), reply


@pytest.mark.parametrize(
    "text",
    ["the app is bad at showing gates, please add a terminal map",
     "boarding is a joke, you should board by rows like everyone else",
     "it would be nice to have wifi, the flight was lame without it",
     "why not let us pick seats at booking? the lottery is irritating",
     "I have an idea: let families board first"],
)  # fmt: skip
def test_an_idea_with_a_grumble_stays_an_idea(text: str) -> None:
    kind, _ = _after_yes("en", text, "suggestion", -0.2, confidence=0.6)
    assert kind == "idea"


def test_no_idea_is_no_idea() -> None:
    # "has no idea or interest in finding it? … Unacceptable." (NLU: fallback) was an idea.
    text = "you lost my bag and still have no idea where it is. Not acceptable at all"
    kind, reply = _after_yes("en", text, "question", -0.8, confidence=0.3)
    assert kind == "complaint", reply
    assert not _thanked("en", reply), reply


def test_the_app_judged_gets_the_app_apology() -> None:
    kind, reply = _after_yes("en", "honestly your app is just bad", "suggestion", -0.5, 0.4)
    assert kind == "complaint", reply
    assert _said("en", "apology_app", reply), reply


@pytest.mark.parametrize(
    ("text", "key"),
    [("paying an extra $60 for luggage and only one agent at the counter #lame",
      "apology_billing"),
     ("paid $35 for my bag and it's at the wrong airport. #lame", "apology_baggage")],
)  # fmt: skip
def test_a_bag_paid_for_is_a_money_letdown(text: str, key: str) -> None:
    # "paying an extra $100 bucks RT for luggage … #lame" got "Your luggage should have arrived".
    from dialogues.apologies import apology_key

    assert apology_key("baggage", text, False, "en") == key
