"""Round 32 (convo50): English sarcastic thanks are complaints, never thanked back
(constructed lines on situations of the tuning messages)."""

from __future__ import annotations

import pytest

from dialogues.turn import Language
from tests.conversation.test_conversation_review30 import _after_yes, _thanked


# ---- 1. Thanks for a let-down, or a #sarcasm tag: a complaint -----------------------------
@pytest.mark.parametrize(
    "text",
    ["Thanks so much for ruining my holiday. Really.",
     "thanks for nothing, three calls and no answer", "Thank you for the worst flight ever",
     "great job losing my suitcase again", "Loved the four hours at the gate. #sarcasm",
     "thanks for keeping me on hold all morning"],
)  # fmt: skip
def test_thanks_for_a_letdown_is_a_complaint(text: str) -> None:
    # "Thanks so much for ruining my vacation" (NLU: praise) got "That means a lot: …".
    kind, reply = _after_yes("en", text, "praise", 0.4)
    assert kind == "complaint", reply
    assert not _thanked("en", reply), reply


@pytest.mark.parametrize(
    "text",
    ["thanks for your help! I left a message for lost and found.",
     "thank you for fixing my 5 hour delay", "Thanks for the vouchers after the long delay!",
     "Thanks for making good on my friend's Cancelled Flightled flight.",
     "Thank you for the quick response, faster than sitting on hold",
     "thank you for getting my son home when the other airline cancelled"],
)  # fmt: skip
def test_sincere_thanks_beside_a_letdown_stays_praise(text: str) -> None:
    language: Language = "en"
    kind, reply = _after_yes(language, text, "praise", 0.8)
    assert kind == "praise", reply


# ---- 3. A question or request about the customer's own case: asked, not an idea ------------
@pytest.mark.parametrize(
    "text",
    ["Flying home to Boston tomorrow. Should I rebook?",
     "Could you please follow me so I can DM you?", "can you check my flight status please",
     "Can you add my known traveler number to my booking?"],
)  # fmt: skip
def test_a_question_about_their_own_case_is_no_idea(text: str) -> None:
    # "Should I reserve a hotel room?" (NLU: suggestion) got "Thank you for the idea: …".
    kind, reply = _after_yes("en", text, "suggestion", 0.1)
    assert kind == "question", reply
    assert not _thanked("en", reply), reply


@pytest.mark.parametrize(
    "text",
    ["Will you please start offering flights from Tulsa?",
     "Can you bring back the nonstop to Denver?", "Any plans to support Apple Pay on board?"],
)  # fmt: skip
def test_an_idea_asked_as_a_question_stays_an_idea(text: str) -> None:
    kind, reply = _after_yes("en", text, "suggestion", 0.3)
    assert kind == "idea", reply
