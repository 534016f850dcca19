"""Round 17 (convo35): whole conversations played from the README's terminal chat
(constructed lines on situations of the tuning messages)."""

from __future__ import annotations

import pytest

from dialogues import answers
from dialogues.amend import amend
from dialogues.apologies import apology_key
from dialogues.reflection import reflect
from dialogues.turn import Language, Turn
from tests.dialogues.script import Script


# ---- 1. an idea asked as a question is said back as an idea -------------------------------
@pytest.mark.parametrize(
    ("language", "idea", "said"),
    [
        ("en", "I have an idea: why don't you add a pet section?",
         "your idea is “why don't you add a pet section?”"),
        ("ar", "عندي فكرة: ليش ما تضيفون قسم للحيوانات الأليفة؟",
         "اقتراحك هو «ليش ما تضيفون قسم للحيوانات الأليفة؟»"),
        ("fa", "یه پیشنهاد: چرا بخش حیوانات خانگی اضافه نمی‌کنید؟",
         "پیشنهادتان این است که «چرا بخش حیوانات خانگی اضافه نمی‌کنید؟»"),
        ("fa", "پیشنهاد دارم، چرا سس بیشتر نمیذارید؟",
         "پیشنهادتان این است که «چرا سس بیشتر نمیذارید؟»"),
    ],
)  # fmt: skip
def test_an_idea_asked_as_a_question_is_said_back_as_an_idea(
    language: str, idea: str, said: str
) -> None:
    # Was "you're asking “I have an idea: …”", «سؤالك: «…»», «گله دارید که «…»».
    assert reflect([idea], language) == said


@pytest.mark.parametrize(
    ("language", "asked"),
    [("en", "any idea when my bag will arrive?"), ("ar", "عندكم فكرة متى يوصل الطلب؟"),
     ("fa", "ایده ای دارید کی میرسه؟")],
)  # fmt: skip
def test_idea_in_a_question_for_news_is_still_a_question(language: str, asked: str) -> None:
    assert "idea is" not in reflect([asked], language)
    assert "اقتراحك" not in reflect([asked], language)
    assert "پیشنهادتان" not in reflect([asked], language)


# ---- 2. Persian «کلا …» ("altogether …") at the confirm question tells more: no "no" ----------
def test_persian_overall_verdict_after_the_reflection_is_more_told() -> None:
    # «کلا» folds into the Arabic «كلا» ("no"): was «ببخشید که درست نفهمیدم…».
    chat = Script("fa")
    chat.start()
    chat.says("پیتزا سرد رسید و نوشابه هم نفرستادن", intent="complaint", topic="product",
              sentiment="negative", score=-0.7)  # fmt: skip
    reply = chat.says("کلا افتضاح بود 😡", intent="complaint", sentiment="negative", score=-0.9)
    assert "کلا افتضاح بود" in reply and "نفهمیدم" not in reply, reply


@pytest.mark.parametrize(("language", "no"), [("fa", "کلا نه"), ("ar", "كلا")])
def test_no_spelled_kalla_is_still_a_no(language: Language, no: str) -> None:
    turn = Turn(messages=(no,), language=language)
    assert answers.is_no(turn)


# ---- 3. a rude courier, the order fine: the rudeness's own apology -------------------------
@pytest.mark.parametrize(
    ("language", "told"),
    [("en", "the food was fine, it was the driver who was rude"),
     ("en", "the driver was rude to me"),
     ("fa", "غذا خوب بود ولی پیک بی‌ادب بود"),
     ("ar", "الاكل كان تمام بس المندوب كان وقح")],
)  # fmt: skip
def test_rudeness_under_the_delivery_topic_gets_the_rudeness_apology(
    language: str, told: str
) -> None:
    # Was "I'm really sorry your order let you down like this."
    assert apology_key("delivery", told, True, language) == "apology_rude"


@pytest.mark.parametrize(
    ("language", "told"),
    [("en", "my order came 2 hours late and the driver was rude"),
     ("ar", "الطلب تأخر ساعتين والمندوب وقح"),
     ("fa", "ساندویچ مزه نداشت، پیک هم بی ادب بود")],
)  # fmt: skip
def test_an_order_gone_wrong_beside_rudeness_keeps_the_delivery_apology(
    language: str, told: str
) -> None:
    assert apology_key("delivery", told, True, language) != "apology_rude"


# ---- 4. "no, 2 hours": the count put right in the telling ---------------------------------
@pytest.mark.parametrize(
    ("language", "told", "correction", "amended"),
    [("fa", "سفارشم یک ساعت دیر رسید", "نه، دو ساعت", "سفارشم دو ساعت دیر رسید"),
     ("en", "my flight was delayed 5 hours", "no, 2 hours", "my flight was delayed 2 hours"),
     ("ar", "وصل الطلب بعد 3 ساعات", "لا، 4 ساعات", "وصل الطلب بعد 4 ساعات")],
)  # fmt: skip
def test_a_count_put_right_amends_the_telling(
    language: str, told: str, correction: str, amended: str
) -> None:
    # Was said back alone: «پس دو ساعت. حالا درست است؟»
    assert amend([told], correction, language) == [amended]


def test_a_count_put_right_is_said_back_whole() -> None:
    chat = Script("fa")
    chat.start()
    chat.says("سفارشم یک ساعت دیر رسید", intent="complaint", topic="delivery",
              sentiment="negative", score=-0.6)  # fmt: skip
    reply = chat.says("نه، دو ساعت", intent="deny")
    assert "دو ساعت دیر رسید" in reply, reply
