"""Round 31 (convo49): English complaints are not thanked as ideas or as praise (constructed
lines on situations of the tuning messages)."""

from __future__ import annotations

import pytest

from dialogues.turn import Language
from tests.conversation.test_conversation_review30 import _after_yes, _thanked


# ---- 1. NLU's sure "suggestion" with no idea word and a let-down told: a complaint ---------
@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "Two trips in a row with missing luggage. I pay for my bags."),
     ("en", "On hold for hours again? No help from anyone to rebook."),
     ("fa", "پیتزا سرد بود و سس هم نداشت"), ("ar", "المنتج رديء وفيه خدوش")],
)  # fmt: skip
def test_a_letdown_nlu_named_an_idea_is_a_complaint(language: Language, text: str) -> None:
    # "2 trips in a row with missing luggage" (NLU: suggestion 0.6) got "That's a thoughtful
    # suggestion".
    kind, reply = _after_yes(language, text, "suggestion", -0.3)
    assert kind == "complaint", reply
    assert not _thanked(language, reply), reply


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "Maybe announce the delay so we don't sit on the runway"),
     ("en", "Will you please start offering flights here, I drive 3 hours to reach you"),
     ("en", "Ten minutes late but arrived on time. Impressed!"),
     ("fa", "سیر کمتر استفاده کنید"), ("ar", "اعتبر انها مفيدة لبعض الاشخاص ولا تتلف")],
)  # fmt: skip
def test_a_proposal_or_praise_beside_a_letdown_is_still_an_idea(
    language: Language, text: str
) -> None:
    kind, reply = _after_yes(language, text, "suggestion", 0.3)
    assert kind == "idea", reply
