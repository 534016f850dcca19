"""Whole conversations, round 3: the apology's aim, leave to ask after a question, deadlines.

Each test is one rule from docs/conversation-review.md, with constructed lines, run in fa, ar
and en through the pure policy (the understanding NLU would give is stated per turn).
"""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.jtbd import build_job
from dialogues.state import ConversationState
from dialogues.told_topic import topic_of
from dialogues.turn import Language
from dialogues.voice import Voice
from tests.dialogues.script import Script

LANGUAGES: list[Language] = ["fa", "ar", "en"]
YES = {"en": "yes", "fa": "بله", "ar": "نعم"}
NO = {"en": "no", "fa": "نه", "ar": "لا"}
THAT_IS_ALL = {"en": "no, that's all", "fa": "نه، همین", "ar": "لا، هذا كل شيء"}
# A device that broke, and what it cost them said after it (money as the impact).
BROKE_COST = {
    "en": "My new phone stopped working after two days. I paid my whole salary for it",
    "fa": "گوشی جدیدم بعد از دو روز خاموش شد و دیگه روشن نشد. کل حقوقم رو براش پرداخت کردم",
    "ar": "الجهاز اللي اشتريته وقف عن الشغل بعد يومين، دفعت عليه كل راتبي",
}
HOW_TO = {
    "en": "How do I change the delivery address on my order?",
    "fa": "چطور آدرس تحویل سفارشم را عوض کنم؟",
    "ar": "كيف أغير عنوان التوصيل في طلبي؟",
}
DEADLINE = {"en": "by Friday", "fa": "تا آخر هفته", "ar": "حتى نهاية الشهر"}
BROKE = {
    "en": "My new phone stopped working after two days",
    "fa": "گوشی جدیدم بعد از دو روز خاموش شد",
    "ar": "الجهاز اللي اشتريته وقف عن الشغل بعد يومين",
}


def _to_permission(
    language: Language, telling: str, intent: str, sentiment: str, score: float, **kw: str
) -> tuple[Script, str]:
    """The conversation up to "may I ask?"; returns it and every bot line said on the way."""
    chat = Script(language)
    chat.start()
    chat.says(telling, intent=intent, sentiment=sentiment, score=score, **kw)
    for _ in range(3):
        if chat.stage == "permission":
            break
        chat.says(YES[language], intent="affirm")
    assert chat.stage == "permission", chat.replies()
    return chat, chat.replies()[-1]


def _said(language: Language, key: str, reply: str) -> bool:
    return any(v.split("{")[0] in reply for v in variants(language, key))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_apology_follows_what_went_wrong_not_what_it_cost(language: Language) -> None:
    # NLU, like the words, may read "money" off what the broken device cost them.
    chat, reply = _to_permission(
        language, BROKE_COST[language], "complaint", "negative", -0.7, topic="billing"
    )
    assert not _said(language, "apology_billing", reply), reply
    # Round 4: the device that broke now names its topic (the product apology).
    assert _said(language, "apology_product", reply), reply
    assert chat.state.topic == "product"


@pytest.mark.parametrize(
    ("language", "telling", "topic"),
    [
        ("en", "I was charged twice for my order, I paid by card", "billing"),
        ("en", "The order arrived, but I was charged twice", "billing"),
        ("ar", "انخصم المبلغ مرتين، دفعت بالبطاقة", "billing"),
        ("fa", "پول سفارشم دو بار از حسابم کم شد. با کارت پرداخت کردم", "billing"),
        ("en", "My parcel never arrived. I paid for express shipping", "delivery"),
    ],
)
def test_money_that_is_what_went_wrong_still_aims_the_apology(
    language: Language, telling: str, topic: str
) -> None:
    assert topic_of([telling], language, None) == topic


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_how_to_question_is_asked_leave_in_words_that_fit_a_question(
    language: Language, seed: int
) -> None:
    chat = Script(language)
    chat.state.seed = seed
    chat.start()
    chat.says(HOW_TO[language], intent="question", topic="delivery")
    for _ in range(3):
        if chat.stage == "permission":
            break
        chat.says(YES[language], intent="affirm")
    assert chat.stage == "permission", chat.replies()
    *before, reply = chat.replies()
    assert _said(language, "permission_question", reply), reply
    assert not _said(language, "permission", reply), reply
    # Nothing is broken: no "fix" in any wording; and no three words said before repeated.
    fixing = {"en": "fix", "fa": "راه‌حل", "ar": "نصلح"}[language]
    assert all(fixing not in v for v in variants(language, "permission_question"))
    said = reply.split()
    earlier = " ".join(before)
    for i in range(len(said) - 2):
        assert " ".join(said[i : i + 3]) not in earlier, (said[i : i + 3], before)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_complaint_is_still_asked_leave_to_find_the_right_fix(language: Language) -> None:
    _, reply = _to_permission(language, BROKE[language], "complaint", "negative", -0.7)
    assert _said(language, "permission", reply), reply


def _statement(language: Language, goal: str, solved: str = "") -> str:
    state = ConversationState(
        language=language,
        heard=[BROKE[language]],
        jtbd_asked=["goal", "solved"],
        jtbd_answers={"goal": goal, "solved": solved},
    )
    return build_job(state, Voice(state)).statement


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "I need this sorted out by Friday."),
        ("fa", "می‌خواهم این مشکل تا آخر هفته حل شود."),
        ("ar", "وآخر موعد لي: «حتى نهاية الشهر»."),
    ],
)
def test_a_deadline_answered_alone_is_said_as_the_deadline(language: Language, said: str) -> None:
    statement = _statement(language, DEADLINE[language])
    assert statement.endswith(said), statement
    wants = {"en": "what I want is", "fa": "خواسته‌ام این است", "ar": "ما أريده هو"}
    assert wants[language] not in statement, statement
    assert statement.count(DEADLINE[language]) == 1, statement


def test_a_deadline_with_a_want_keeps_both() -> None:
    statement = _statement("en", "by Friday", "a refund")
    assert "I want a refund" in statement and statement.endswith(", by Friday."), statement


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_deadline_is_not_thanked_as_what_they_need(language: Language) -> None:
    chat, _ = _to_permission(language, BROKE[language], "complaint", "negative", -0.7)
    chat.says(DEADLINE[language])  # straight to the point: consent and the first answer
    if chat.stage == "jtbd":
        chat.says(NO[language], intent="deny")
    reply = chat.says(THAT_IS_ALL[language], intent="deny")
    assert chat.stage == "handed_off", chat.replies()
    assert not _said(language, "thanks_specific", reply), reply
    assert _said(language, "thanks_deadline", reply), reply
    assert DEADLINE[language] in reply, reply
