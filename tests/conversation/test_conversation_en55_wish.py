"""Round en55: English jabs and pleas NLU names a suggestion, thanked "for the idea" (constructed
lines in the style of the held-out airline tweets)."""

from __future__ import annotations

import pytest

from tests.conversation.test_conversation_review30 import _after_yes, _thanked


@pytest.mark.parametrize(
    "text",
    ["would be great to get some help too, been trying to rebook all night",
     "a hotel room would be perfect after charging me $900 for this trip",
     "it would be nice to actually get off the plane. Still sitting on the runway",
     "Better work on answering your phones :)"],
)  # fmt: skip
def test_a_wish_beside_a_letdown_is_a_complaint(text: str) -> None:
    # "would be great to get some help too, been trying all night" (NLU: suggestion) got
    # "That's a thoughtful suggestion: …".
    kind, reply = _after_yes("en", text, "suggestion", 0.4, confidence=0.8)
    assert kind == "complaint", reply
    assert not _thanked("en", reply), reply


@pytest.mark.parametrize(
    "text",
    ["Would be helpful if the app showed new boarding times for delayed flights",
     "It would be nice to have more vegetarian snacks on board",
     "would be great if you could still use the companion pass on partner flights"],
)  # fmt: skip
def test_a_wish_alone_stays_an_idea(text: str) -> None:
    kind, reply = _after_yes("en", text, "suggestion", 0.5, confidence=0.8)
    assert kind == "idea", reply
