"""Whole conversations, round 2: the questions we asked leave for, and additions to a telling.

Each test is one rule from docs/conversation-review.md, with constructed lines, run in fa, ar
and en through the pure policy (the understanding NLU would give is stated per turn).
"""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.turn import Language
from tests.dialogues.script import Script

LANGUAGES: list[Language] = ["fa", "ar", "en"]
JOB_QUESTIONS = ("jtbd_goal", "jtbd_solved", "jtbd_expectation")
CHARGED = {
    "en": "I was charged twice for my order",
    "fa": "پول سفارشم دو بار از حسابم کم شد",
    "ar": "انخصم مبلغ الطلب مرتين من حسابي",
}
YES = {"en": "sure", "fa": "بله بپرسید", "ar": "تفضل"}
THIN = {"en": "refund", "fa": "پولم", "ar": "فلوسي"}
RENT = {
    "en": "so I can pay my rent on time",
    "fa": "که بتونم اجاره‌م رو سر وقت بدم",
    "ar": "عشان أقدر أدفع الإيجار في وقته",
}
STRAIGHT = {
    "en": "just give me back the second charge please",
    "fa": "فقط پول اضافه رو برگردونید لطفا",
    "ar": "رجعوا لي المبلغ الزيادة لو سمحت",
}


def _questions(language: Language, chat: Script) -> int:
    """How many job questions the bot put, over the whole conversation."""
    asked = [v for key in JOB_QUESTIONS for v in variants(language, key)]
    return sum(reply.count(q) for reply in chat.replies() for q in asked)


def _at_permission(language: Language) -> Script:
    chat = Script(language)
    chat.start()
    chat.says(CHARGED[language], "😡", intent="complaint", sentiment="negative", score=-0.7)
    for _ in range(3):
        if chat.stage == "permission":
            break
        chat.says(YES[language], intent="affirm")
    assert chat.stage == "permission", chat.replies()
    return chat


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("shape", ["thin_then_reason", "straight", "bare_yes_first"])
def test_never_more_questions_than_we_asked_leave_for(language: Language, shape: str) -> None:
    chat = _at_permission(language)
    if shape == "straight":
        chat.says(STRAIGHT[language])  # the answer before the question: consent and answer
    else:
        chat.says(YES[language], intent="affirm")
        if shape == "bare_yes_first":
            chat.says(YES[language], intent="affirm")  # "go ahead": the question stays open
        chat.says(THIN[language])
    if chat.stage == "jtbd":
        chat.says(RENT[language])
    assert chat.stage == "anything_else", chat.replies()
    assert _questions(language, chat) <= 2, chat.replies()
    chat.assert_well_spoken()


ADDED = {
    "en": ("no that's not it, the order also never arrived", "twice", "never arrived"),
    "fa": ("نه منظورم این نبود، سفارشم هم نرسید", "دو بار", "نرسید"),
    "ar": ("لا مش هيك، والطلب كمان ما وصل", "مرتين", "وصل"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_also_after_that_is_not_it_adds_to_the_telling(language: Language) -> None:
    text, first_part, added = ADDED[language]
    chat = Script(language)
    chat.start()
    chat.says(CHARGED[language], intent="complaint", sentiment="negative", score=-0.5)
    assert chat.stage == "listening", chat.replies()
    reply = chat.says(text, intent="deny", sentiment="negative", score=-0.5)
    assert chat.stage == "confirming", reply
    assert first_part in reply and added in reply, reply  # what they told first stays
    assert CHARGED[language] in chat.state.heard[chat.state.telling_start :]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "no, it came late too."),
        ("en", "no, the courier was rude as well"),
        ("ar", "لا، وأيضاً الطلب ناقص"),
        ("ar", "مش هيك، برضو الطلب ناقص"),
        ("fa", "نه، پشتیبانی هم جواب نداد"),
    ],
)
def test_adding_words_are_heard(language: Language, text: str) -> None:
    from dialogues.answers import adds

    assert adds(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "no, it was too late to cancel"),
        ("en", "no, I was charged for the wrong size"),
        ("fa", "نه، با هم سفارش دادیم ولی یکیش نرسید"),
        ("fa", "نه، هنوز هم نرسیده"),
        ("ar", "لا، هم ما ردوا علي"),  # «هم» is "they" in Arabic, never "also"
    ],
)
def test_words_that_only_look_like_also_replace(language: Language, text: str) -> None:
    from dialogues.answers import adds

    assert not adds(text, language)
