"""Whole conversations, round 7: the ends of a conversation and what the owner reads.

Each test is one rule from docs/conversation-review.md ("Round 7"), with constructed lines,
run in fa, ar and en through the pure policy (the understanding NLU would give is stated).
"""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.events import StaffTurn
from dialogues.followup import ask_follow_up
from dialogues.handoff import OwnerView, announce
from dialogues.outcome import Reopened
from dialogues.policy import new_state, respond
from dialogues.replies import only_a_reply
from dialogues.state import ConversationState
from dialogues.turn import Language, Turn, Understanding

LANGUAGES: list[Language] = ["fa", "ar", "en"]
OWNER_NAMES = {"en": "Reza Karimi", "fa": "رضا کریمی", "ar": "رضا كريمي"}
DAY = 24 * 3600.0


def _said(language: Language, key: str, reply: str) -> bool:
    return any(v.split("{")[0] in reply for v in variants(language, key))


# ---- 1. «باشه», «حسناً», "ok" to an open job question is no "go ahead" -------------------------
ACKS = {"fa": "باشه", "ar": "حسناً", "en": "ok"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_ok_to_an_open_job_question_lets_it_go(language: Language) -> None:
    state = ConversationState(
        language=language,
        seed=3,
        stage="jtbd",
        heard=["the parcel never came"],
        kind="complaint",
        next_action="handoff",
        jtbd_asked=["progress"],
    )
    ok = Turn((ACKS[language],), language, understanding=Understanding(intent="affirm"))
    outcome = respond(state, ok)
    text = " ".join(r.text for r in outcome.replies)
    assert not _said(language, "what_else", text), text
    assert outcome.state.jtbd_answers.get("progress") == ""  # never quoted back as the answer
    assert outcome.state.stage != "jtbd" or outcome.state.jtbd_asked != ["progress"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_yes_to_an_open_job_question_still_asks_for_the_answer(language: Language) -> None:
    yes = {"fa": "آره", "ar": "نعم", "en": "yes"}[language]
    state = ConversationState(
        language=language, seed=3, stage="jtbd", heard=["x"], jtbd_asked=["progress"]
    )
    outcome = respond(state, Turn((yes,), language, understanding=Understanding(intent="affirm")))
    assert _said(language, "what_else", " ".join(r.text for r in outcome.replies))


# ---- 2. a day past "within 2 hours", "still nothing" owns the missed time -------------------
STILL = {"fa": "هنوز خبری نشد", "ar": "لسه ما حد رد علي", "en": "still nothing from anyone"}


def _handed_off(language: Language, at: float) -> ConversationState:
    state = ConversationState(language=language, seed=3, heard=["x"])
    view = OwnerView(OWNER_NAMES[language], "Customer care", tuple(OWNER_NAMES.items()))
    _, state = announce(state, view, 120)
    state.stage, state.handed_at = "handed_off", at
    return state


@pytest.mark.parametrize("language", LANGUAGES)
def test_still_waiting_past_the_promise_owns_it_once(language: Language) -> None:
    state = _handed_off(language, 1000.0)
    outcome = respond(state, Turn((STILL[language],), language, sent_at=1000.0 + DAY))
    (reply,) = outcome.replies
    assert _said(language, "relay_overdue", reply.text), reply
    assert OWNER_NAMES[language] in reply.text
    assert {"fa": "دو ساعت", "ar": "ساعتين", "en": "2 hours"}[language] in reply.text
    again = respond(outcome.state, Turn((STILL[language],), language, sent_at=1000.0 + DAY + 60))
    assert not _said(language, "relay_overdue", again.replies[0].text)  # owned once, not twice
    assert _said(language, "relay_still_waiting", again.replies[0].text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_still_waiting_within_the_promise_or_after_a_reply_is_no_broken_promise(
    language: Language,
) -> None:
    state = _handed_off(language, 1000.0)
    soon = respond(state, Turn((STILL[language],), language, sent_at=1000.0 + 3600))
    assert _said(language, "relay_still_waiting", soon.replies[0].text)
    staff = StaffTurn("replied", 1, language, "reza", "reza", "reza", text="on its way")
    replied = respond(state, staff).state
    later = respond(replied, Turn((STILL[language],), language, sent_at=1000.0 + DAY))
    assert not _said(language, "relay_overdue", later.replies[0].text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_reassigned_request_is_not_measured_against_the_first_promise(
    language: Language,
) -> None:
    state = _handed_off(language, 1000.0)
    view = OwnerView("Sara Ahmadi", "Billing", ())
    _, moved = announce(state, view, 120, change="reassigned")
    later = respond(moved, Turn((STILL[language],), language, sent_at=1000.0 + DAY))
    assert not _said(language, "relay_overdue", later.replies[0].text)


# ---- 3. the card's last messages: answers to our prompts are not what the customer told -----
@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("yes", True),
        ("sure", True),
        ("no that's it", True),
        ("ok thanks", True),
        ("بپرسید", True),
        ("آره دقیقا", True),
        ("نه همین", True),
        ("تفضل", True),
        ("حسناً", True),
        ("لا", True),
        ("شكراً", True),
        ("no, it came on monday", False),
        ("نه، سه بار", False),
        ("استرجاع المبلغ قبل نهاية الشهر", False),
        ("", False),
    ],
)
def test_what_only_answers_a_prompt(text: str, reply: bool) -> None:
    assert only_a_reply(text) is reply


# ---- 4. thanks to a woman owner's reply is thanks, not an answer to pass on -----------------
@pytest.mark.parametrize(
    ("language", "thanks"),
    [
        ("ar", "مشكورة"),
        ("ar", "مشكورين"),
        ("ar", "تسلمي"),
        ("ar", "مشكورة والله"),
        ("ar", "يعطيك العافية"),
        ("ar", "جزاك الله خير"),
        ("fa", "دستتون درد نکنه"),
        ("fa", "دستت درد نکنه"),
        # stop 25, the README chat: «لا شكرا» was passed on as «وصل هذا إلى … مع بقية التفاصيل».
        ("ar", "لا شكرا"),
        ("ar", "لا شكراً"),
        ("en", "no thanks"),
        ("fa", "نه ممنون"),
    ],
)
def test_thanks_to_her_reply_is_welcomed_not_passed_on(language: Language, thanks: str) -> None:
    state = _handed_off(language, 1000.0)
    staff = StaffTurn("replied", 1, language, "sara", "sara", "sara", text="on its way")
    replied = respond(state, staff).state
    (reply,) = respond(replied, Turn((thanks,), language)).replies
    assert _said(language, "welcome_thanks", reply.text), reply
    assert not _said(language, "relay_after_reply", reply.text), reply


# ---- 5. a return that points at yesterday's talk is met with what they told then -----------
RETURNS = {
    "fa": ("سفارشم سه روزه نرسیده و کسی جواب نمیده", "سلام، دیروز درباره‌ی سفارش گفتم، هنوز نرسیده"),
    "ar": ("الطلب ما وصل من ثلاث أيام وما أحد يرد", "مرحبا، أمس كلمتكم عن التوصيل وللحين ما وصل"),
    "en": (
        "my order is three days late and nobody answers",
        "hi, I told you yesterday, still no order",
    ),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_return_that_names_yesterday_hears_what_they_told_then(language: Language) -> None:
    told, back = RETURNS[language]
    previous = ConversationState(language=language, seed=1, heard=[told], stage="closed")
    reply = " ".join(
        r.text for r in respond(new_state(language, 3, previous), Turn((back,), language)).replies
    )
    assert _said(language, "recall_last", reply), reply
    assert told in reply


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_return_that_does_not_point_back_is_not_told_the_old_story(language: Language) -> None:
    told, _ = RETURNS[language]
    other = {
        "fa": "سلام، اپلیکیشن باز نمیشه",
        "ar": "مرحبا، التطبيق ما يفتح",
        "en": "hi, the app won't open",
    }
    previous = ConversationState(language=language, seed=1, heard=[told], stage="closed")
    outcome = respond(new_state(language, 3, previous), Turn((other[language],), language))
    assert told not in " ".join(r.text for r in outcome.replies)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_reopened_conversation_recalls_the_telling_it_closed(language: Language) -> None:
    told, back = RETURNS[language]
    state = ConversationState(
        language=language, seed=1, heard=[told], stage="closed", last_seen=1000.0
    )
    outcome = respond(state, Turn((back,), language, sent_at=1000.0 + DAY))
    assert told in " ".join(r.text for r in outcome.replies)


# ---- 6. "partly" to "did it meet your need?": the part that worked is heard, the rest reopened
PARTLY = {
    "en": "partly, it came but the box was crushed",
    "fa": "تا حدی، رسید ولی جعبه له شده بود",
    "ar": "جزئياً، وصل بس الكرتون مكسور",
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("sentiment", ["positive", "negative"])
def test_partly_reopens_and_says_the_part_that_worked_was_heard(
    language: Language, sentiment: str
) -> None:
    state = _handed_off(language, 1000.0)
    _, asking = ask_follow_up(state, OWNER_NAMES[language], None)
    heard = Understanding(intent="nlu_fallback", sentiment=sentiment)
    outcome = respond(asking, Turn((PARTLY[language],), language, understanding=heard))
    (reply,) = outcome.replies
    assert _said(language, "followup_partly", reply.text), reply
    assert Reopened(PARTLY[language]) in outcome.effects  # never rated as met
    assert outcome.state.stage == "handed_off"


@pytest.mark.parametrize(("language", "text"), [("en", "no"), ("fa", "نه"), ("ar", "لا")])
def test_a_plain_no_to_the_follow_up_is_reopened_as_before(language: Language, text: str) -> None:
    _, asking = ask_follow_up(_handed_off(language, 1000.0), OWNER_NAMES[language], None)
    (reply,) = respond(asking, Turn((text,), language)).replies
    assert _said(language, "followup_reopened", reply.text), reply


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_follow_up_names_the_request_by_its_topic(language: Language) -> None:
    state = _handed_off(language, 1000.0)
    state.topic = "delivery"
    # The topic is named when the customer's words name it (round 15: a pizza is no "product").
    state.heard = [
        {"fa": "پیک هنوز نرسیده", "ar": "الطلب ما وصل", "en": "never delivered"}[language]
    ]
    reply, _ = ask_follow_up(state, OWNER_NAMES[language], None)
    assert variants(language, "request_about_delivery")[0] in reply.text
    state.topic = None
    reply, _ = ask_follow_up(state, OWNER_NAMES[language], None)
    assert variants(language, "request_about_other")[0] in reply.text
