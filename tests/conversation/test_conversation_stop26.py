"""Found by the lead playing the README chat at stop 26 (constructed lines)."""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.outcome import LogJob
from dialogues.policy import new_state
from dialogues.turn import Language
from tests.dialogues.script import Script

LATE = {
    "en": "my order is three days late and the food was cold",
    "fa": "سفارشم سه روز دیر رسید و غذا سرد بود",
    "ar": "الطلب وصل متأخر ثلاث ايام والاكل بارد",
}
YES = {"en": "yes", "fa": "آره", "ar": "نعم"}
NO = {"en": "no", "fa": "نه", "ar": "لا"}
MONEY_BACK = {
    "en": "I want my money back",
    "fa": "می‌خوام پولم برگرده",
    "ar": "أبغى استرجع فلوسي",
}
SURE_REFUND = {"en": "sure, I want a refund", "fa": "بله، میخوام پولم برگرده",
               "ar": "ايوه، ابغى استبدال الطلب"}  # fmt: skip


def _up_to_permission(language: Language, seed: int = 7) -> Script:
    chat = Script(language)
    chat.state = new_state(language, seed=seed)
    chat.start()
    chat.says(LATE[language], intent="complaint", topic="delivery", sentiment="negative")
    chat.says(YES[language], intent="affirm")  # "yes" to the reflection: may I ask two?
    return chat


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_a_want_that_names_the_remedy_is_not_asked_what_would_make_it_right(
    language: Language,
) -> None:
    # «می‌خوام پولم برگرده» to "may I ask two questions?" was met with «چه چیزی این موضوع را
    # برایتان جبران می‌کند؟»: the customer had just said what would. The second question
    # now goes past the remedy ("Once that's sorted, what would be different for you?").
    beyond = set(variants(language, "jtbd_solved_after_remedy"))
    for seed in range(6):  # whichever variant the voice picks
        chat = _up_to_permission(language, seed)
        reply = chat.says(MONEY_BACK[language], intent="request", topic="billing")
        assert reply in beyond, reply
        assert chat.state.jtbd_answers["goal"] == MONEY_BACK[language]


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_a_yes_with_the_remedy_is_an_answer_quoted_without_the_yes(language: Language) -> None:
    # "sure, I want a refund" was taken for a bare yes and asked "what are you hoping to get
    # done?"; once heard, its quote kept the "sure,".
    chat = _up_to_permission(language)
    said = SURE_REFUND[language]
    reply = chat.says(said, intent="affirm")
    assert reply in set(variants(language, "jtbd_solved_after_remedy")), reply
    want = said.split("، ")[-1].split(", ")[-1]
    assert chat.state.jtbd_answers["goal"] == want
    chat.says(NO[language], intent="deny")
    chat.says(NO[language], intent="deny")
    jobs = [e.job for e in chat.effects() if isinstance(e, LogJob)]
    assert jobs and want in jobs[0].quotes and said not in jobs[0].quotes, jobs


def test_an_answer_with_no_want_gets_the_usual_second_question() -> None:
    # "it was for my trip" tells why it mattered, no want: the usual second question. (Stop 36:
    # a want without a remedy, "I need it for my trip", now goes past it too: convo61's test.
    # With its time, "… before my trip on Friday", it says what solved is: "anything else?", r19.)
    chat = _up_to_permission("en")
    reply = chat.says("it was for my trip", intent="inform", topic="delivery")
    assert reply in set(variants("en", "jtbd_solved")), reply
    chat = _up_to_permission("en")
    reply = chat.says("I need it for my trip", intent="request", topic="delivery")
    assert reply in set(variants("en", "jtbd_solved_after_remedy")), reply


def test_praise_nlu_half_calls_an_idea_is_thanked_not_apologised_for() -> None:
    # «پاستا کیفیت خوبی داشت» (NLU: suggestion 0.34, warm; «داشت» reads as an event) got the
    # meal's apology after "yes": a coffee machine that leaks still gets its apology.
    chat = Script("fa")
    chat.start()
    chat.says("پاستا کیفیت خوبی داشت", intent="suggestion", confidence=0.34,
              sentiment="positive", score=0.25)  # fmt: skip
    reply = chat.says("آره", intent="affirm")
    assert "ممنون" in reply and "متأسف" not in reply, reply
    chat = Script("en")
    chat.start()
    chat.says("the coffee machine I bought leaks", intent="suggestion", confidence=0.34,
              sentiment="positive", score=0.25)  # fmt: skip
    assert "sorry" in chat.says("yes", intent="affirm").lower()
    chat = Script("en")  # the blind gate: not English, where "perfect" beside "stuck" misled it
    chat.start()
    chat.says("Stuck in Houston because you can't get a plane there on time in perfect weather",
              intent="suggestion", confidence=0.34, sentiment="positive", score=0.25)  # fmt: skip
    assert "sorry" in chat.says("yes", intent="affirm").lower()


def test_praise_then_but_is_no_praise_alone() -> None:
    # The blind gate (stop 26): «طعم خوبی داشت اما نصف جعبه … بیات بودن» was thanked.
    chat = Script("fa")
    chat.start()
    chat.says("طعم خوبی داشت اما نصف جعبه شیرینی‌ها بیات بودن", intent="suggestion",
              confidence=0.34, sentiment="positive", score=0.25)  # fmt: skip
    assert "متأسف" in chat.says("آره", intent="affirm")
