"""Conversation 61 (stop 36, constructed lines): a want told is not asked for again."""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.policy import new_state
from dialogues.turn import Language
from tests.dialogues.script import Script

LATE = {
    "en": "my flight was delayed three hours again and nobody told us anything",
    "fa": "پروازم دوباره سه ساعت تأخیر داشت و هیچ‌کس هم چیزی به ما نگفت",
    "ar": "رحلتي تأخرت ثلاث ساعات مرة ثانية وما أحد قال لنا شي",
}
YES = {"en": "yes", "fa": "آره", "ar": "نعم"}

# Answers to "may I ask two quick questions?" that say what they want, no remedy named.
WANTS = {
    "en": ["I just want my flight to leave on time for once",
           "I need to get to my meetings without sitting at the gate for hours",
           "we'd like to be told what's going on when it happens"],
    "fa": ["فقط می‌خوام یک بار پروازم سر وقت بره",
           "می‌خواستم به موقع برسم جلسه",
           "باید وقتی تأخیر هست زودتر خبر بدید"],
    "ar": ["بس أبغى الرحلة تطلع في وقتها ولو مرة",
           "أريد أن أصل إلى مواعيدي في الوقت",
           "لازم تبلغونا بالتأخير قبل ما نوصل المطار"],
}  # fmt: skip


def _up_to_permission(language: Language, seed: int) -> Script:
    chat = Script(language)
    chat.state = new_state(language, seed=seed)
    chat.start()
    chat.says(LATE[language], intent="complaint", topic="delivery", sentiment="negative")
    chat.says(YES[language], intent="affirm")  # "yes" to the reflection: may I ask two?
    return chat


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_a_want_told_is_not_asked_what_would_make_it_right(language: Language) -> None:
    # "I just want my flight to leave on time for once" to "may I ask two questions?" was
    # met with "What would make this right for you?": they had just said. The question goes
    # past the want ("Once that's sorted, what would be different for you?").
    beyond = set(variants(language, "jtbd_solved_after_remedy"))
    for want in WANTS[language]:
        for seed in range(4):  # whichever variant the voice picks
            chat = _up_to_permission(language, seed)
            reply = chat.says(want, intent="request")
            assert reply in beyond, (want, reply)


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_a_want_told_to_the_first_question_is_not_asked_again(language: Language) -> None:
    # The same after "what are you hoping to get done?": the answer says what would.
    beyond = set(variants(language, "jtbd_solved_after_remedy"))
    chat = _up_to_permission(language, 3)
    assert chat.says(YES[language], intent="affirm") in set(variants(language, "jtbd_goal"))
    reply = chat.says(WANTS[language][0], intent="request")
    assert reply in beyond, reply


@pytest.mark.parametrize(
    ("language", "answer"),
    [
        ("en", "it happens every single time I fly with you"),
        ("fa", "هر بار که با شما پرواز می‌کنم همین است"),
        ("ar", "كل مرة أسافر معكم يصير نفس الشي"),
    ],
)
def test_more_of_the_story_is_no_want(language: Language, answer: str) -> None:
    # More of what happened says nothing of what would put it right: the usual question.
    chat = _up_to_permission(language, 5)
    reply = chat.says(answer, intent="inform")
    assert reply not in set(variants(language, "jtbd_solved_after_remedy")), reply
