"""Convo54: the README chat played whole; a let-down added, and the owner's job statement."""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.jtbd import build_job
from dialogues.state import ConversationState
from dialogues.turn import Language
from dialogues.voice import Voice
from tests.dialogues.script import Script


@pytest.mark.parametrize(
    ("language", "told", "more", "yes", "too"),
    [
        ("en", "my parcel came four days late", "no, not just that — also the bill was wrong",
         "yes", "apology_too_billing"),
        ("fa", "سفارشم چهار روز دیر رسید", "نه، فقط این نیست، پول رو هم دوبار از کارتم کم کردن",
         "آره", "apology_too_delivery"),
        ("ar", "الطلب وصل متأخر أربعة أيام", "لا، مو بس كذا، كمان خصموا المبلغ مرتين",
         "ايوه", "apology_too_delivery"),
    ],
)  # fmt: skip
def test_a_let_down_added_is_apologised_for_too(
    language: Language, told: str, more: str, yes: str, too: str
) -> None:
    # "not just that — also the bill was wrong" was said back, yet the apology named only the
    # delivery. NLU may name either topic; whichever the apology leaves out gets its own line.
    chat = Script(language)
    chat.start()
    chat.says(told, intent="complaint", topic="delivery", sentiment="negative")
    chat.says(more, intent="complaint", topic="billing", sentiment="negative")
    reply = chat.says(yes, intent="affirm")
    assert any(line in reply for line in variants(language, too)), reply
    chat.assert_well_spoken()


def test_one_let_down_told_twice_gets_one_apology() -> None:
    # A bag lost on a flight is one let-down: "your luggage …, too" after the trip's apology
    # would apologise for it twice.
    chat = Script("en")
    chat.start()
    chat.says("I lost my bag on the flight to Denver", intent="complaint", sentiment="negative")
    chat.says("no, it's not just the bag, nobody at the desk would even talk to me")
    reply = chat.says("yes", intent="affirm")
    assert "too." not in reply and "either" not in reply, reply


@pytest.mark.parametrize(
    ("language", "first", "added", "kept"),
    [
        ("en", "I lost my bag on the flight to Denver",
         "no, it's not just the bag, nobody at the desk would even talk to me",
         "nobody at the desk"),
        ("fa", "چمدونم تو پرواز تهران گم شد", "نه، فقط چمدون نیست، هیچکس تو فرودگاه جوابمو نداد",
         "هیچکس تو فرودگاه"),
        ("ar", "شنطتي ضاعت في رحلة دبي", "لا، مش بس الشنطة، الموظف ما رضي يكلمني أبدا",
         "الموظف ما رضي"),
    ],
)  # fmt: skip
def test_not_just_a_named_part_is_more_not_a_correction(
    language: Language, first: str, added: str, kept: str
) -> None:
    # "So it's not just the bag, nobody at the desk …" said the customer's answer to us back.
    chat = Script(language)
    chat.start()
    chat.says(first, intent="complaint", topic="baggage", sentiment="negative")
    reply = chat.says(added)
    assert kept in reply and "not just" not in reply, reply
    assert "چمدون نیست" not in reply and "مش بس" not in reply, reply


def _statement(language: Language, heard: list[str], goal: str) -> str:
    state = ConversationState(
        language=language, heard=heard, jtbd_asked=["goal"], jtbd_answers={"goal": goal}
    )
    return build_job(state, Voice(state)).statement or ""


@pytest.mark.parametrize(
    ("language", "told", "goal", "head", "kept"),
    [
        ("en", "no, it's not just the bag, nobody at the desk would even talk to me",
         "I want my bag back", "not just", "When nobody at the desk would even talk to me"),
        ("en", "not just my order, they also charged me twice", "a refund", "not just",
         "charged me twice"),
        ("en", "thanks for nothing, my refund still hasn't come after a month", "my money back",
         "thanks for nothing", "When my refund still hasn't come after a month"),
        ("fa", "نه، فقط چمدون نیست، هیچکس تو فرودگاه جوابمو نداد", "می‌خوام چمدونم برگرده",
         "چمدون نیست", "هیچکس تو فرودگاه"),
        ("ar", "لا، مش بس الشنطة، الموظف ما رضي يكلمني أبدا", "أبي شنطتي ترجع", "مش بس",
         "الموظف ما رضي"),
    ],
)  # fmt: skip
def test_the_job_statement_has_no_correction_head_and_no_sarcasm(
    language: Language, told: str, goal: str, head: str, kept: str
) -> None:
    # "When it's not just the bag, nobody …", "Faced with “thanks for nothing, …”": the head
    # answered us and the sarcasm said how they felt; neither is the situation.
    said = _statement(language, [told], goal)
    assert head not in said and kept in said and "Faced with" not in said, said


def test_sarcasm_alone_is_quoted_without_its_thanks() -> None:
    said = _statement(
        "en", ["@airline thanks for the 2hr delay and then no ground crew"], "a refund"
    )
    assert said.startswith("Faced with “the 2hr delay and then no ground crew”"), said
