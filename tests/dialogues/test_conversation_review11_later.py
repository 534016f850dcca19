"""Round 11 (convo29), later in the talk: a rating's digits, what is asked of us, a word about
the language, "before my trip", an idea's reason, and "that's not an answer" to the owner
(constructed lines)."""

from __future__ import annotations

import pytest

from dialogues.amend import amend
from dialogues.outcome import RelayToOwner
from dialogues.policy import respond
from dialogues.switching import without_switch
from dialogues.turn import Language, Turn
from tests.dialogues.script import Script
from tests.dialogues.test_conversation_review8 import _asking
from tests.dialogues.test_conversation_review11 import (
    FIRST,
    LANGUAGES,
    NO,
    NOT_AN_ANSWER,
    PLAIN_YES,
    _said,
)


# ---- 6. the rating thanked in the reader's digits -----------------------------------------
@pytest.mark.parametrize(
    ("language", "typed", "shown"), [("fa", "۵", "۵"), ("fa", "5", "۵"), ("ar", "4", "٤")]
)
def test_a_rating_is_thanked_in_the_languages_digits(
    language: Language, typed: str, shown: str
) -> None:
    outcome = respond(_asking(language), Turn((typed,), language))
    (reply,) = outcome.replies
    assert _said(language, "rating_thanks", reply.text), reply
    assert shown in reply.text and not any(c.isascii() and c.isdigit() for c in reply.text)


# ---- 7. "find it or send a new one": asked of us ------------------------------------------
@pytest.mark.parametrize(
    ("answer", "said"),
    [
        ("find it or send a new one", "I want you to find it or send a new one"),
        ("find my parcel please", "I want you to find my parcel please"),
    ],
)
def test_what_they_ask_us_to_find_reads_you_to(answer: str, said: str) -> None:
    chat = Script("en")
    chat.start()
    chat.says("my package says delivered but it is not here", intent="complaint")
    chat.says("yes", intent="affirm")
    chat.says("sure", intent="affirm")
    assert chat.stage == "jtbd", chat.replies()
    chat.says(answer)
    chat.says("no", intent="deny")
    chat.says("no", intent="deny")
    assert said in (chat.state.statement or ""), chat.state.statement


# ---- 8. "let me write in English, …" mid-way: about the talk, never said back ----------------
SWITCH = {
    "fa": ("the food came late and cold", "بذارید فارسی بنویسم، راننده هم بی‌ادب بود"),
    "ar": ("the food came late and cold", "خليني أكتب بالعربي، والسواق كان قليل أدب"),
    "en": ("غذام خیلی دیر رسید و سرد بود", "actually let me write in English, the driver was rude"),
}
SWITCH_WORDS = ("فارسی", "بالعربي", "English")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_word_about_the_language_is_never_said_back(language: Language) -> None:
    first, switched = SWITCH[language]
    chat = Script(language)
    chat.start()
    chat.says(first, intent="complaint", sentiment="negative", score=-0.4)
    reply = chat.says(switched, intent="complaint", sentiment="negative", score=-0.4)
    assert not any(word in reply for word in SWITCH_WORDS), reply
    assert switched.split()[-1] in reply, reply  # what they told after it is heard
    assert switched not in chat.state.heard  # the card quotes what they told, not the switch


def test_a_language_question_alone_is_left_as_it_is() -> None:
    for text in ("let me write in english", "let me know when it arrives"):
        assert without_switch(Turn((text,), "en")).messages == (text,)


# ---- 9. "before my trip" is a deadline, never what solved means ----------------------------
BEFORE = {
    "fa": ("شارژری که خریدم بعد دو روز دیگه شارژ نمیکنه", "یه شارژر سالم میخوام", "قبل از سفرم"),
    "ar": ("الشاحن اللي اشتريته وقف بعد يومين", "ابي شاحن سليم", "قبل سفري يوم الخميس"),
}
SOLVED_FRAME = {"fa": "حل است که", "ar": "تُحل المشكلة"}


@pytest.mark.parametrize("language", ["fa", "ar"])
def test_before_an_event_is_a_deadline(language: Language) -> None:
    told, want, before = BEFORE[language]
    chat = Script(language)
    chat.start()
    chat.says(told, intent="complaint", sentiment="negative", score=-0.4)
    chat.says(PLAIN_YES[language], intent="affirm")
    chat.says(PLAIN_YES[language], intent="affirm")
    chat.says(want)
    chat.says(before)
    chat.says(NO[language], intent="deny")
    statement = chat.state.statement or ""
    assert before in statement and f"«{before}»" not in statement, statement
    assert SOLVED_FRAME[language] not in statement, statement


# ---- 10. why they want their idea, said after our thanks, is noted with it -----------------
IDEA = {
    "fa": ("کاش پرداخت در محل رو هم به اپ اضافه کنید", "چون کارت بانکی ندارم"),
    "ar": ("ياريت تضيفون خيار الدفع عند الاستلام في التطبيق", "عشان ما عندي بطاقة"),
    "en": ("it would be great if the app let me pay cash on delivery", "because I have no card"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_reason_for_an_idea_is_noted_not_said_back(language: Language) -> None:
    idea, why = IDEA[language]
    chat = Script(language)
    chat.start()
    chat.says(idea, intent="suggestion", sentiment="positive", score=0.3)
    if chat.stage == "confirming":
        chat.says(PLAIN_YES[language], intent="affirm")
    assert chat.stage == "anything_else", chat.replies()
    reply = chat.says(why, intent="complaint", confidence=0.34, sentiment="negative", score=-0.2)
    assert _said(language, "more_noted", reply), reply
    assert chat.stage == "closed" and why in chat.state.heard


# ---- 11. "that's not an answer" after a handoff: sorry, and it reaches the owner -----------
@pytest.mark.parametrize("language", LANGUAGES)
def test_not_an_answer_to_the_owners_reply_is_apologised_for(language: Language) -> None:
    chat = Script(language)
    chat.start()
    chat.says(FIRST[language], intent="complaint", sentiment="negative", score=-0.4)
    for _ in range(5):
        if chat.stage == "handed_off":
            break
        chat.says(NO[language], intent="deny")
    assert chat.stage == "handed_off", chat.replies()
    chat.state.owner_name = chat.state.owner_names[language] = "Sara"
    chat.state.owner_replied = True  # the owner answered them
    verdict = NOT_AN_ANSWER[language][0]
    reply = chat.says(verdict, intent="deny", sentiment="negative", score=-0.37)
    assert _said(language, "relay_not_answered", reply) and "Sara" in reply, reply
    assert not _said(language, "relay_after_reply", reply), reply
    assert chat.effects()[-1] == RelayToOwner(verdict)


# ---- 12. "no, after the second wash": one word of the telling put right ---------------------
DETAIL = {
    "fa": ("پیراهنی که خریدم بعد از اولین شستشو آب رفت", "نه، بعد از دومین شستشو بود", "دومین"),
    "en": ("my order came three hours late and cold", "no, two hours late", "two"),
}


@pytest.mark.parametrize("language", ["fa", "en"])
def test_one_word_put_right_keeps_the_rest_of_the_telling(language: Language) -> None:
    told, corrected, new = DETAIL[language]
    chat = Script(language)  # type: ignore[arg-type]
    chat.start()
    chat.says(told, intent="complaint", sentiment="negative", score=-0.4)
    reply = chat.says(corrected, intent="deny")
    assert new in reply and told.split()[-1] in reply, reply  # the rest is still there
    assert chat.stage == "confirming"


def test_a_new_detail_is_no_word_put_right() -> None:
    assert amend(["my order came three hours late"], "no, the driver was rude", "en") is None
    assert amend(["my order came three hours late"], "no, late", "en") is None
