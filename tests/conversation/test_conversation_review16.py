"""Round 16 (convo34): whole conversations played from the README's terminal chat
(constructed lines on situations of the tuning messages)."""

from __future__ import annotations

import pytest

from dialogues import told_topic
from dialogues.apologies import apology_key
from dialogues.catalog import variants
from dialogues.not_understood import asks_what_we_mean
from dialogues.turn import Language
from dialogues.wishes import only_wishes
from tests.dialogues.script import Script


def _said(language: Language, key: str, reply: str) -> bool:
    return any(v.split("{")[0] in reply for v in variants(language, key) if v.split("{")[0])


_COMPLAINT = {
    "en": "your app keeps crashing when I pay",
    "fa": "اپلیکیشن موقع پرداخت هی بسته میشه",
    "ar": "التطبيق يقفل كل ما ادفع",
}
_YES = {"en": "yes", "fa": "آره", "ar": "نعم"}


def _at_permission(language: Language) -> Script:
    chat = Script(language)
    chat.start()
    chat.says(_COMPLAINT[language], intent="complain", topic="app", sentiment="negative",
              score=-0.7)  # fmt: skip
    chat.says(_YES[language], intent="affirm")
    return chat


# ---- 1. a bare "what?" to our question is no consent and no answer -------------------------
@pytest.mark.parametrize(
    ("language", "what"),
    [("en", "what?"), ("en", "huh?"), ("fa", "یعنی چی؟"), ("fa", "چی؟"), ("ar", "شو يعني؟"),
     ("ar", "ما فهمت")],
)  # fmt: skip
def test_what_to_the_permission_question_asks_the_first_question(
    language: Language, what: str
) -> None:
    # "what?" was the job: "I appreciate how clearly you put it: "what"".
    chat = _at_permission(language)
    reply = chat.says(what, intent="affirm")
    assert _said(language, "jtbd_goal", reply), reply
    assert chat.state.jtbd_answers.get("goal", "") == ""


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_what_to_a_job_question_asks_it_again_in_other_words(language: Language) -> None:
    chat = _at_permission(language)
    first = chat.says("sure" if language == "en" else _YES[language], intent="affirm")
    again = chat.says({"en": "what?", "fa": "چی؟", "ar": "ايش؟"}[language])
    assert _said(language, "jtbd_goal", again) and again != first, (first, again)
    assert not chat.state.jtbd_answers.get("goal")


@pytest.mark.parametrize(
    "answer",
    ["what I need is my money back", "what matters is the refund", "چیزی نمیخوام",
     "ماذا أقول، أبي فلوسي"],
)  # fmt: skip
def test_an_answer_starting_with_what_is_an_answer(answer: str) -> None:
    assert not asks_what_we_mean(answer)


# ---- 2. a correction that keeps the corrected part: the part that was fine names no topic --
@pytest.mark.parametrize(
    ("language", "told"),
    [
        ("ar", "الاكل كان بارد بس التوصيل كان في وقته"),
        ("fa", "غذا سرد بود ولی پیک به موقع رسید"),
        ("en", "the delivery was on time but the pizza was cold"),
    ],
)
def test_a_part_that_was_fine_does_not_aim_the_apology(language: Language, told: str) -> None:
    # «… بس التوصيل كان في وقته» got «آسف حقاً لأن الشحنة لم تصل كما يجب».
    topic = told_topic.topic_of([told], language, "delivery")
    assert topic != "delivery"
    assert apology_key(topic, told, True, language) == "apology_meal"


def test_the_delivery_still_aims_when_it_went_wrong() -> None:
    told = "the food was fine but my order came two hours late"
    assert told_topic.topic_of([told], "en", "delivery") == "delivery"


def test_beside_praise_the_part_that_went_fine_still_names_the_topic() -> None:
    # After the blind gate (stop 26): in a glowing review with a wish, dropping «پیک هم به
    # موقع رسید» aimed the apology at the praised sweets.
    told = "طعم و تازگی شیرینی بسیار عالی بود. پیک هم به موقع رسید. فقط ای کاش جعبه کوچکتر بود"
    assert told_topic.topic_of([told], "fa", "delivery") == "delivery"


def test_the_kept_part_in_a_whole_conversation() -> None:
    chat = Script("ar")
    chat.start()
    chat.says("التوصيل تأخر ساعة والاكل وصل بارد", intent="complain", topic="delivery",
              sentiment="negative", score=-0.7)  # fmt: skip
    chat.says("لا، الاكل كان بارد بس التوصيل كان في وقته", intent="deny", topic="delivery",
              sentiment="negative", score=-0.5)  # fmt: skip
    reply = chat.says("نعم", intent="affirm")
    assert _said("ar", "apology_meal", reply), reply


# ---- 3. a first message that only wishes them well gets a wish back, not a probe ----------
@pytest.mark.parametrize(
    ("language", "wish"),
    [("en", "Have a great week"), ("en", "have a nice day!! 😊"), ("fa", "روزتون خوش"),
     ("fa", "هفته خوبی داشته باشید"), ("ar", "يومك سعيد"), ("ar", "جمعة مباركة")],
)  # fmt: skip
def test_a_wish_gets_a_wish_back_and_the_opening_question(language: Language, wish: str) -> None:
    # "Have a great week" got "What made the difference for you?".
    chat = Script(language)
    chat.start()
    reply = chat.says(wish, intent="praise", sentiment="positive", score=0.8)
    assert _said(language, "wish_back", reply), reply


@pytest.mark.parametrize(
    "told", ["Have a great week, but my bag is still lost", "good service", "Good point!"]
)
def test_a_wish_beside_a_telling_is_no_bare_wish(told: str) -> None:
    assert not only_wishes(told)
