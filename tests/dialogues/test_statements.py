"""Job statements agree with their frame whatever shape the customer's answers take."""

from __future__ import annotations

import re

import pytest

from dialogues.jtbd import build_job
from dialogues.state import ConversationState
from dialogues.voice import Voice

TELLING = {
    "en": "the app logs me out every time I switch to the camera",
    "fa": "سفارشم سه روزه نرسیده",
    "ar": "طلبي ما وصل من ثلاث أيام",
}
# (answer to "what are you trying to get done?", what the statement must contain)
GOALS = {
    "en": [
        ("I need to get my money back", "I want to get my money back"),
        ("need to cancel the order", "I want to cancel the order"),
        ("to get reimbursed this month", "I want to get reimbursed this month"),
        ("I need my refund", "I want my refund"),
        ("my money back before Friday", "I want my money back before Friday"),
        ("submit my expenses before the cutoff", "I want to submit my expenses before the cutoff"),
        (
            "The refund should reach my card by Friday",
            "“The refund should reach my card by Friday”",
        ),
        ("getting my refund", "“getting my refund”"),
        ("I'd like to talk to someone", "I want to talk to someone"),
    ],
    "fa": [
        ("می‌خوام پولم برگرده", "می‌خواهم پولم برگرده"),
        ("میخوام سفارشم سالم برسه", "می‌خواهم سفارشم سالم برسه"),
        ("تا اول ماه پول را لازم دارم", "«تا اول ماه پول را لازم دارم»"),
        ("لازم دارم پولم تا جمعه برگرده", "«لازم دارم پولم تا جمعه برگرده»"),
        ("باید پولمو پس بدین", "می‌خواهم پولمو پس بدین"),
        ("اینکه هدیه قبل از جمعه برسه", "می‌خواهم هدیه قبل از جمعه برسه"),
        ("بازگشت پول تا آخر هفته", "«بازگشت پول تا آخر هفته»"),
        ("سفارش قبلی من هم همینطور دیر رسید و خیلی ناراحت شدم", "«سفارش قبلی من"),
    ],
    "ar": [
        ("أحتاج المال", "أريد المال"),
        ("بدي ارجع فلوسي", "أريد أن ارجع فلوسي"),
        ("ابغى استرجاع المبلغ", "أريد استرجاع المبلغ"),
        ("ابي فلوسي", "أريد فلوسي"),
        ("أريد أن يصل الطلب قبل الخميس", "أريد أن يصل الطلب قبل الخميس"),
        ("استرجاع المبلغ قبل نهاية الشهر", "أريد استرجاع المبلغ قبل نهاية الشهر"),
        ("الطلب يوصل بسرعة", "«الطلب يوصل بسرعة»"),
        ("والله تعبت من الانتظار وما أحد يرد", "«والله تعبت من الانتظار وما أحد يرد»"),
    ],
}
# Splices that never read right: a want-frame followed by another want or need.
BROKEN = {
    "en": re.compile(r"I want (I |need |want |to to |submit |get )", re.IGNORECASE),
    "fa": re.compile(r"می‌خواهم (می‌?خوا|میخوا|باید|لازم|اینکه|تا اول ماه پول را لازم)"),
    "ar": re.compile(r"أريد (أحتاج|احتاج|بدي|ابي|ابغى|أبغى|أريد|اريد|الطلب يوصل)"),
}


def _statement(language: str, goal: str, solved: str = "") -> str:
    state = ConversationState(language=language, heard=[TELLING[language]])
    state.jtbd_answers = {"goal": goal, **({"solved": solved} if solved else {})}
    return build_job(state, Voice(state)).statement


@pytest.mark.parametrize(
    ("language", "goal", "expected"),
    [(lang, goal, expected) for lang, rows in GOALS.items() for goal, expected in rows],
)
def test_goal_answers_agree_with_the_frame(language: str, goal: str, expected: str) -> None:
    statement = _statement(language, goal)
    assert expected in statement, statement
    assert not BROKEN[language].search(statement), statement
    opening = {"en": "When ", "fa": "وقتی ", "ar": "عندما "}[language]
    assert statement.startswith(opening)


@pytest.mark.parametrize(
    ("language", "goal", "solved", "expected"),
    [
        ("en", "submit my expenses so I get reimbursed", "", "so I can get reimbursed"),
        ("en", "get my money back", "I can pay my rent", "so I can pay my rent"),
        (
            "en",
            "get my money back",
            "the money is back on my card",
            "“the money is back on my card”",
        ),
        ("fa", "پولم برگرده تا بتونم اجاره رو بدم", "", "تا بتونم اجاره رو بدم"),
        ("fa", "پولم برگرده", "اینکه هدیه قبل از جمعه برسه", "تا هدیه قبل از جمعه برسه"),
        ("fa", "پولم برگرده", "پول تو حسابم باشه خیالم راحته", "«پول تو حسابم باشه خیالم راحته»"),
        ("ar", "ابي فلوسي عشان ادفع الايجار", "", "حتى ادفع الايجار"),
        ("ar", "ابي فلوسي", "أن يرجع المبلغ لحسابي", "حتى يرجع المبلغ لحسابي"),
        ("ar", "ابي فلوسي", "المبلغ في حسابي قبل الخميس", "«المبلغ في حسابي قبل الخميس»"),
    ],
)
def test_outcomes_agree_with_so_i_can(language: str, goal: str, solved: str, expected: str) -> None:
    statement = _statement(language, goal, solved)
    assert expected in statement, statement
    assert not re.search(r"so I can (I|so|to) ", statement), statement
    assert "تا تا " not in statement and "حتى حتى" not in statement and "حتى عشان" not in statement


def test_a_question_as_the_situation_is_quoted() -> None:
    state = ConversationState(language="en", heard=["why did you charge me twice?"])
    state.jtbd_answers = {"goal": "get my money back"}
    statement = build_job(state, Voice(state)).statement
    assert statement.startswith("Faced with “why did you charge me twice”"), statement
    assert "I want to get my money back" in statement


def test_an_arabic_situation_opening_on_a_noun_is_quoted_not_put_after_when() -> None:
    state = ConversationState(
        language="ar", heard=["المشكلة الأهم إنهم خصموا المبلغ مرتين من بطاقتي"]
    )
    state.jtbd_answers = {"goal": "أبي فلوسي ترجع"}
    statement = build_job(state, Voice(state)).statement
    assert "عندما المشكلة" not in statement, statement
    assert statement.startswith("في موقف مثل «المشكلة الأهم إنهم خصموا المبلغ مرتين من بطاقتي»")


def test_an_arabic_situation_opening_on_a_verb_stays_after_when() -> None:
    state = ConversationState(language="ar", heard=["وصلني الطلب ناقص وبارد"])
    state.jtbd_answers = {"goal": "أبي فلوسي ترجع"}
    assert build_job(state, Voice(state)).statement.startswith("عندما وصلني الطلب ناقص")
