"""Round 18 (convo36): whole conversations played from the README's terminal chat
(constructed lines on situations of the tuning messages)."""

from __future__ import annotations

import pytest

from dialogues.apologies import apology_key
from dialogues.catalog import variants
from dialogues.turn import Language
from tests.dialogues.script import Script


# ---- 1. a thanked idea quotes the idea, not its lead ("I have an idea: …") ------------------
@pytest.mark.parametrize(
    ("language", "idea", "quoted", "lead"),
    [
        ("en", "I have an idea: let us pick seats when we check in on the app",
         "let us pick seats when we check in on the app", "I have an idea"),
        ("ar", "عندي اقتراح: لو تضيفون خيار الدفع عند الاستلام",
         "لو تضيفون خيار الدفع عند الاستلام", "عندي اقتراح"),
        ("fa", "یه پیشنهاد دارم: کاش امکان انتخاب زمان تحویل هم داشتید",
         "کاش امکان انتخاب زمان تحویل هم داشتید", "پیشنهاد دارم"),
    ],
)  # fmt: skip
def test_a_thanked_idea_quotes_the_idea_without_its_lead(
    language: Language, idea: str, quoted: str, lead: str
) -> None:
    # Was "Thanks for thinking this through for us: "I have an idea: let us pick … the…"".
    chat = Script(language)
    chat.start()
    chat.says(idea, intent="suggestion", sentiment="neutral")
    thanks = chat.says({"en": "yes", "ar": "نعم", "fa": "آره"}[language], intent="affirm")
    # convo59: the idea said back a moment ago may be thanked unquoted; never with its lead
    heard = any(line in thanks for line in variants(language, "thanks_idea_heard"))
    assert (quoted in thanks or heard) and lead not in thanks, thanks


def test_an_idea_with_no_lead_is_quoted_whole() -> None:
    chat = Script("en")
    chat.start()
    chat.says("you should let us pick seats at check in", intent="suggestion")
    thanks = chat.says("yes", intent="affirm")
    assert "you should let us pick seats at check in" in thanks, thanks


# ---- 2. a meal brought late or cold is an order, not a shipment -----------------------------
@pytest.mark.parametrize(
    ("language", "told"),
    [("ar", "الأكل كان بارد والتوصيل تأخر ساعة"), ("en", "the pizza came cold and an hour late")],
)  # fmt: skip
def test_a_meal_delivered_gets_the_order_apology_not_the_shipments(
    language: str, told: str
) -> None:
    # Was «آسف حقاً لأن الشحنة لم تصل كما يجب» (apology_shipment: no order word said).
    assert apology_key("delivery", told, True, language) == "apology_delivery"


def test_a_parcel_with_no_order_word_is_still_a_shipment() -> None:
    assert apology_key("delivery", "الشحنة وصلت متأخرة أسبوع", True, "ar") == "apology_shipment"


def test_a_persian_meal_late_keeps_the_delivery_apology() -> None:
    # The blind gate (g_convo36) preferred «ارسال این‌طور ناامیدتان کرد» for a late or rude
    # delivery of a meal (16 / 25 against «سفارشتان …»): the meal rule is not Persian.
    # Its key is the food sent's (fa54): that line kept, «مرسوله …» no longer said of a meal.
    told = "پیک خیلی دیر اومد. غذا سرد شده بود."
    assert apology_key("delivery", told, True, "fa") == "apology_food_sent"
