"""The apology names what let them down: a meal is no product, a phone is no meal."""

from __future__ import annotations

import pytest

from dialogues.apologies import apology_key
from dialogues.catalog import variants
from dialogues.turn import Language
from tests.dialogues.liked_heard import liked_heard
from tests.dialogues.script import Script

YES = {"en": "yes", "fa": "آره", "ar": "نعم"}
MEAL = {
    "en": "the pizza came cold and the fries were soggy",
    "fa": "پیتزا کاملا سرد رسید و نونش خمیر بود",
    "ar": "الاكل وصل بارد والوجبة ناقصة",
}
PHONE = {
    "en": "the phone I bought stops charging after a day",
    "fa": "گوشی که خریدم بعد از یک روز شارژ نمی‌شود",
    "ar": "الجوال اللي اشتريته وقف عن الشحن بعد يوم",
}


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_a_meal_gets_the_meals_apology_never_the_products(language: Language) -> None:
    # From the README chat: «المطعم فخامه وديكور بس الاكل عادي» → «آسف لأن المنتج لم يكن كما توقعت».
    chat = Script(language)
    chat.start()
    chat.says(MEAL[language], intent="complaint", topic="product", sentiment="negative")
    reply = chat.says(YES[language], intent="affirm")
    assert any(line in reply for line in variants(language, "apology_meal")), reply
    assert not any(line in reply for line in variants(language, "apology_product")), reply


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_a_product_keeps_the_products_apology(language: Language) -> None:
    assert apology_key("product", PHONE[language], True, language) == "apology_product"


def test_a_coffee_machine_or_a_dishwasher_is_a_product() -> None:
    for told in ("I bought a coffee machine and it leaks", "the dishwasher stopped draining"):
        assert apology_key("product", told, True, "en") == "apology_product"


def test_a_late_meal_is_still_a_late_delivery() -> None:
    # The courier, not the cook: «غذا دو ساعت دیر رسید» keeps the delivery apology.
    assert apology_key("delivery", "سفارش غذام دو ساعت دیر رسید", True, "fa") == "apology_delivery"


WAIT = {
    "en": "the place is lovely but the service is so slow, we waited an hour for our order",
    "fa": "رستوران عالیه ولی یک ساعت منتظر غذا موندیم",
    "ar": "المطعم جميل لكن الخدمة بطيئة جدا وانتظرنا ساعة كاملة للطلب",
}


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_a_wait_told_gets_the_waits_apology_and_the_praise_before_it_thanked(
    language: Language,
) -> None:
    # From the README chat (ar): the slow service after «المطعم جميل لكن» was thanked as praise,
    # then (once heard as a complaint) apologised for as "the food wasn't as it should be".
    chat = Script(language)
    chat.start()
    chat.says(WAIT[language], intent="praise", topic="product", sentiment="negative")
    reply = chat.says(YES[language], intent="affirm")
    assert any(line in reply for line in variants(language, "apology_wait")), reply
    assert liked_heard(language, reply), reply
    assert not any(line in reply for line in variants(language, "apology_meal")), reply


def test_a_late_parcel_or_a_delayed_flight_keeps_its_own_apology() -> None:
    assert apology_key("delivery", "I waited a week for my order", True, "en") == "apology_delivery"
    told = "we waited four hours at the gate and the flight was cancelled"
    assert apology_key(None, told, True, "en") == "apology_travel"
