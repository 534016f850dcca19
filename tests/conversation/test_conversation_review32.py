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
     "Thank you for the quick response, faster than sitting on hold",
     "thank you for getting my son home when the other airline cancelled"],
)  # fmt: skip
def test_sincere_thanks_beside_a_letdown_stays_praise(text: str) -> None:
    language: Language = "en"
    kind, reply = _after_yes(language, text, "praise", 0.8)
    assert kind == "praise", reply
