"""What the lead found playing the README chat at stop 28 (fa/ar/en)."""

from __future__ import annotations

import pytest

from dialogues.amend import amend
from dialogues.catalog import variants
from dialogues.policy import respond
from dialogues.state import ConversationState
from dialogues.statements import motivation
from dialogues.turn import Language, Turn, Understanding
from dialogues.waiting import thanks_for_it
from tests.conversation.test_conversation_when import HANDED_AT, _handed_off, _say
from tests.dialogues.script import Script

# "No, not X, Y" where Y says X's clause anew, its head word again: Y takes the clause.
HEAD_SAID_AGAIN = [
    (
        "ar",
        "طلبت جوال من عندكم ووصلني بعد اسبوعين والشاشة فيها خدش",
        "لا، مو خدش، الشاشة مكسورة",
        "طلبت جوال من عندكم ووصلني بعد اسبوعين والشاشة مكسورة",
    ),
    (
        "en",
        "I got the phone after two weeks and the screen has a scratch",
        "no, not a scratch, the screen is cracked",
        "I got the phone after two weeks and the screen is cracked",
    ),
    (
        "fa",
        "سفارشم دیر رسید و پیتزا کمی سرد بود",
        "نه، کمی سرد نه، پیتزا یخ کرده بود",
        "سفارشم دیر رسید و پیتزا یخ کرده بود",
    ),
]


@pytest.mark.parametrize(("language", "told", "correction", "amended"), HEAD_SAID_AGAIN)
def test_a_correction_that_names_the_head_again_takes_its_clause(
    language: Language, told: str, correction: str, amended: str
) -> None:
    # «…والشاشة فيها خدش» then «لا، مو خدش، الشاشة مكسورة» was said back as «…والشاشة فيها
    # الشاشة مكسورة»: Y put in place of X alone.
    assert amend([told], correction, language) == [amended]


@pytest.mark.parametrize(
    ("told", "correction", "amended"),
    [
        (
            "my flight was delayed 4 hours and nobody told us",
            "no, not delayed, cancelled",
            "my flight was cancelled and nobody told us",
        ),
        (
            "my flight was delayed for 4 hours",
            "no, not delayed, it was cancelled",
            "my flight was cancelled",
        ),
        (
            "my flight was delayed 4 hours",
            "no, it was 5 hours not 4",
            "my flight was delayed 5 hours",
        ),
        (
            "my flight was delayed 4 hours",
            "no, not delayed, diverted 2 hours away",
            "my flight was diverted 2 hours away 4 hours",
        ),
    ],
)
def test_a_count_that_was_the_negated_detail_goes_with_it(
    told: str, correction: str, amended: str
) -> None:
    # "no, not delayed, cancelled" was said back as "your flight was cancelled 4 hours": the
    # delay's length left behind. A Y that brings its own count keeps the telling's as it was.
    assert amend([told], correction, "en") == [amended]


def test_the_arabic_correction_is_said_back_whole_in_the_conversation() -> None:
    chat = Script("ar")
    chat.start()
    chat.says(
        "طلبت جوال من عندكم ووصلني بعد اسبوعين والشاشة فيها خدش",
        intent="complaint",
        topic="product",
        sentiment="negative",
    )
    reply = chat.says("لا، مو خدش، الشاشة مكسورة", intent="deny")
    assert "الشاشة مكسورة" in reply, reply
    assert "فيها الشاشة" not in reply and "خدش" not in reply, reply


THANKS_FOR = {
    "fa": "باشه مرسی از پیگیریتون",
    "ar": "شكراً على المتابعة",
    "en": "thanks for the quick reply!",
}


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_thanks_for_the_owner_s_reply_is_welcomed_not_passed_on(language: Language) -> None:
    # «باشه مرسی از پیگیریتون» after the owner's answer got «این را هم به رضا کریمی رساندم»:
    # thanks that name what for are thanks, answered "you're welcome".
    state = _handed_off(language, promise=120)
    state.owner_replied = True
    reply = _say(state, THANKS_FOR[language], language, after_minutes=30)
    assert reply in set(variants(language, "welcome_thanks")), reply


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fa", "مرسی از پیگیری ولی هنوز نرسیده"),
        ("en", "thanks for the reply but when will it come"),
        ("en", "thanks for nothing"),
        ("ar", "شكرا على الرد بس متى يوصل"),
    ],
)
def test_thanks_with_more_said_is_no_bare_thanks(language: Language, text: str) -> None:
    assert not thanks_for_it(text)


TOLD_AFTER = {
    "fa": "سفارشم دو ساعته نرسیده و پیک جواب نمیده",
    "ar": "طلبي ما وصل من ساعتين والمندوب ما يرد",
    "en": "my order is two hours late and the driver won't pick up",
}


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_the_story_told_after_asking_for_a_person_is_thanked_not_added(language: Language) -> None:
    # Handed over at «لطفا منو به یه آدم وصل کنید»; what happened, told next, got «رضا کریمی
    # این را هم کنار بقیه می‌بیند» ("beside the rest"), when nothing had been told before it.
    state = _handed_off(language, promise=120)
    state.relay_acked, state.wants_person = False, True
    reply = _complains(state, TOLD_AFTER[language], language)
    assert reply in {
        v.format(name=state.owner_names[language])
        for v in variants(language, "relay_first_telling")
    }, reply
    again = _complains(state, TOLD_AFTER[language] + " 2", language)
    assert again == "", again  # once: after it the receipt says it


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_after_a_telling_the_first_addition_is_added_to_the_rest(language: Language) -> None:
    state = _handed_off(language, promise=120)
    state.relay_acked, state.wants_person, state.reflection = False, True, "told"
    reply = _complains(state, TOLD_AFTER[language], language)
    assert reply in {
        v.format(name=state.owner_names[language]) for v in variants(language, "relay_ack")
    }, reply


def _complains(state: ConversationState, text: str, language: Language) -> str:
    """What the bot answers a complaint told while the owner has the case."""
    understood = Understanding(intent="complaint", confidence=0.9, sentiment="negative")
    turn = Turn(messages=(text,), language=language, understanding=understood, sent_at=HANDED_AT)
    outcome = respond(state, turn)
    state.__dict__.update(outcome.state.__dict__)
    return " ".join(r.text for r in outcome.replies)


def test_an_order_number_after_asking_for_a_person_is_no_story() -> None:
    state = _handed_off("en", promise=120)
    state.relay_acked, state.wants_person = False, True
    reply = _say(state, "my order number is 5531", "en", after_minutes=1)
    assert reply in {v.format(name="Sara Ahmadi") for v in variants("en", "relay_ack")}, reply


@pytest.mark.parametrize("want", ["ابي احد يركبها لي", "أبغى أحد يرد علي"])
def test_someone_asked_for_is_no_verb_after_an(want: str) -> None:
    # «ابي احد يركبها لي» was put on the owner's card as «أريد أن احد يركبها لي»: «أحد»
    # ("someone") read as a verb. The want is quoted: «ما أريده هو: «احد يركبها لي»».
    said = motivation(want, "ar")
    assert said.quoted and not said.text.startswith("أن "), said
