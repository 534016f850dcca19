"""A customer who asks, after the handoff, when the answer will come is answered in words."""

from __future__ import annotations

import pytest

from dialogues.policy import respond
from dialogues.state import ConversationState
from dialogues.turn import Language, Turn, Understanding
from dialogues.waiting import asks_when

ASKED = {
    "en": "when will someone answer me?",
    "fa": "کی جواب میدید؟",
    "ar": "متى بيردون علي؟",
}
HANDED_AT = 1_700_000_000.0


def _handed_off(language: Language, promise: int | None) -> ConversationState:
    return ConversationState(
        stage="handed_off",
        language=language,
        owner_name="Sara Ahmadi",
        owner_names={"fa": "سارا احمدی", "ar": "سارة أحمدي", "en": "Sara Ahmadi"},
        handed_at=HANDED_AT,
        promise_minutes=promise,
        relay_acked=True,
    )


def _say(state: ConversationState, text: str, language: Language, after_minutes: int) -> str:
    turn = Turn(
        messages=(text,),
        language=language,
        understanding=Understanding(intent="question", confidence=0.8),
        sent_at=HANDED_AT + after_minutes * 60,
    )
    outcome = respond(state, turn)
    state.__dict__.update(outcome.state.__dict__)
    return " ".join(r.text for r in outcome.replies)


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_asked_when_within_the_promise_names_the_owner_and_what_is_left(language: Language) -> None:
    # «کی جواب میدید؟» after the handoff got only the ✍ receipt (convo37's chats).
    state = _handed_off(language, promise=120)
    reply = _say(state, ASKED[language], language, after_minutes=30)
    left = {"en": "2 hours", "fa": "دو ساعت", "ar": "ساعتين"}[language]
    assert state.owner_names[language] in reply and left in reply, reply


def test_what_is_left_under_an_hour_is_said_in_minutes() -> None:
    state = _handed_off("en", promise=120)
    reply = _say(state, "how long will it take?", "en", after_minutes=85)
    assert "within 40 minutes" in reply, reply


def test_without_a_promised_time_none_is_made_up() -> None:
    state = _handed_off("en", promise=None)  # the owner is away: "back tomorrow at 09:00"
    reply = _say(state, ASKED["en"], "en", after_minutes=30)
    assert "Sara Ahmadi" in reply and "within" not in reply, reply


def test_asked_when_past_the_promise_is_owned_as_late() -> None:
    state = _handed_off("en", promise=120)
    reply = _say(state, ASKED["en"], "en", after_minutes=180)
    assert "we didn't keep that" in reply, reply


def test_asked_again_gets_words_not_a_bare_receipt() -> None:
    state = _handed_off("en", promise=120)
    _say(state, ASKED["en"], "en", after_minutes=30)
    again = _say(state, "when will you reply??", "en", after_minutes=40)
    assert "Sara Ahmadi" in again, again


@pytest.mark.parametrize(
    "text",
    ["the courier said he'd call when he arrives", "my order came at 9", "کی گفته بود؟", "متى وصل"],
)
def test_other_messages_do_not_ask_when(text: str) -> None:
    assert not asks_when(text)
