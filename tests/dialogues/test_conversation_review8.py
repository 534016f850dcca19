"""Whole conversations, round 8: round 7's leftovers and the middle of a conversation.

Each test is one rule from docs/conversation-review.md ("Round 8"), with constructed lines,
run in fa, ar and en through the pure policy (the understanding NLU would give is stated).
"""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.followup import ask_follow_up, partly
from dialogues.handoff import OwnerView, announce
from dialogues.outcome import FollowUpAnswered, Rated, Reopened
from dialogues.policy import respond
from dialogues.state import ConversationState
from dialogues.turn import Language, Turn, Understanding

LANGUAGES: list[Language] = ["fa", "ar", "en"]
OWNER_NAMES = {"en": "Reza Karimi", "fa": "رضا کریمی", "ar": "رضا كريمي"}


def _said(language: Language, key: str, reply: str) -> bool:
    return any(v.split("{")[0] in reply for v in variants(language, key))


def _asking(language: Language) -> ConversationState:
    state = ConversationState(language=language, seed=3, heard=["x"], topic="delivery")
    view = OwnerView(OWNER_NAMES[language], "Customer care", tuple(OWNER_NAMES.items()))
    _, state = announce(state, view, 120)
    state.stage, state.handed_at = "handed_off", 1000.0
    _, asking = ask_follow_up(state, OWNER_NAMES[language], None)
    return asking


# ---- 1. a rating typed at "did it meet your need?" ------------------------------------------
@pytest.mark.parametrize(("language", "typed"), [("en", "4"), ("fa", "۴"), ("ar", "٤")])
def test_a_rating_typed_at_the_follow_up_is_read_as_the_rating(
    language: Language, typed: str
) -> None:
    outcome = respond(_asking(language), Turn((typed,), language))
    (reply,) = outcome.replies
    assert Rated(4) in outcome.effects
    assert FollowUpAnswered(True, typed) in outcome.effects
    assert _said(language, "rating_thanks", reply.text), reply
    assert outcome.state.stage == "closed"  # never reopened, never asked to rate again


@pytest.mark.parametrize(("language", "typed"), [("en", "1"), ("fa", "۲"), ("ar", "١")])
def test_a_low_rating_typed_at_the_follow_up_reopens(language: Language, typed: str) -> None:
    outcome = respond(_asking(language), Turn((typed,), language))
    (reply,) = outcome.replies
    assert any(isinstance(e, Rated) for e in outcome.effects)
    assert Reopened("") in outcome.effects
    assert _said(language, "followup_reopened", reply.text), reply


# ---- 2. a new problem after a contrast, without "yes" ---------------------------------------
NEW_AFTER_CONTRAST = {
    "fa": "رسید ولی حالا فاکتورم اشتباه اومده",
    "ar": "وصل بس الحين الفاتورة غلط",
    "en": "it came, but now the invoice is wrong",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_new_problem_after_a_contrast_without_yes_is_heard(language: Language) -> None:
    text = NEW_AFTER_CONTRAST[language]
    heard = Understanding(intent="nlu_fallback", sentiment="neutral")
    outcome = respond(_asking(language), Turn((text,), language, understanding=heard))
    said = " ".join(r.text for r in outcome.replies)
    assert _said(language, "followup_new_problem", said), said
    assert FollowUpAnswered(True, text) in outcome.effects
    assert not any(isinstance(e, Reopened) for e in outcome.effects)
    assert outcome.state.stage == "listening"


NOT_MET = {
    "fa": "نه، رسید ولی حالا جعبه‌اش له شده بود",
    "ar": "لا، وصل بس الكرتون مضروب",
    "en": "it came but the box was crushed",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_contrast_without_now_or_after_a_no_still_reopens(language: Language) -> None:
    heard = Understanding(intent="nlu_fallback", sentiment="negative")
    outcome = respond(_asking(language), Turn((NOT_MET[language],), language, understanding=heard))
    assert any(isinstance(e, Reopened) for e in outcome.effects)


# ---- 3. «نه کاملاً», «مش بالكامل», "not fully" are "partly" -----------------------------------
NOT_FULLY = {
    "fa": ["نه کاملاً، هنوز یکی از کالاها نیومده", "نه کاملا"],
    "ar": ["مش بالكامل، لسه ناقص قطعة", "مو كامل", "ليس تماماً"],
    "en": ["not fully, one item is still missing", "not entirely", "not quite"],
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_not_fully_is_partly(language: Language) -> None:
    for text in NOT_FULLY[language]:
        assert partly(text), text
        outcome = respond(_asking(language), Turn((text,), language))
        (reply,) = outcome.replies
        assert _said(language, "followup_partly", reply.text), (text, reply)
        assert outcome.state.stage == "handed_off"


@pytest.mark.parametrize("text", ["no", "نه", "لا", "fully sorted, thanks", "كامل، مشكور"])
def test_a_plain_no_or_a_full_yes_is_not_partly(text: str) -> None:
    assert not partly(text)
