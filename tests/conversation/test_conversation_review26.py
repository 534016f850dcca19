"""Round 26 (convo44): praise is not thanked as an idea, and the apology after "yes" names the
let-down the customer told (constructed lines on situations of the tuning messages)."""

from __future__ import annotations

import pytest

from dialogues.apologies import apology_key
from dialogues.catalog import variants
from dialogues.recommending import recommendation
from dialogues.turn import Language
from tests.dialogues.script import Script


def _said(language: Language, key: str, reply: str) -> bool:
    return any(v.split("{")[0] in reply for v in variants(language, key) if v.split("{")[0])


# ---- 1. "I recommend it" is praise, not an idea -------------------------------------------
@pytest.mark.parametrize(
    ("language", "told", "kind"),
    [
        ("fa", "محشر بود حتما پیشنهاد میکنم همه یه بار امتحان کنن", "praise"),
        ("fa", "خیلی خوشمزه بود پیشنهاد میدم", "praise"),
        ("fa", "کباب برگش رو به همه دوستام پیشنهاد میکنم", "praise"),
        ("fa", "همیشه راضی بودم بهتون پیشنهاد می‌کنم امتحان کنید", "praise"),
        ("fa", "من به پیشنهاد همکارم سفارش دادم و راضی بودم", "praise"),
        ("fa", "پیشنهاد نمی‌کنم. مرغش بو می‌داد", "complaint"),
        ("ar", "مطعم جميل وانصح به الجميع", "praise"),
    ],
)
def test_a_recommendation_is_no_idea(language: Language, told: str, kind: str) -> None:
    assert recommendation([told], language) == kind


@pytest.mark.parametrize(
    ("language", "told"),
    [
        ("fa", "غذا خوب بود پیشنهاد میکنم سبزی خورشت کمتر باشه"),
        ("fa", "پیشنهاد میکنم که ظرف‌ها رو دربدار کنید"),
        ("fa", "به همه پیشنهاد میکنم ولی کاش نون بیشتری بذارید"),
        ("fa", "یه پیشنهاد دارم: سس رو جدا بفرستید"),
        ("ar", "مطعم جميل انصح به لكن يا ريت تضيفون جلسات خارجية"),
    ],
)
def test_an_idea_stays_an_idea(language: Language, told: str) -> None:
    assert recommendation([told], language) is None


def test_a_recommendation_is_thanked_as_praise() -> None:
    # «بی نظیر بود حتما پیشنهاد میکنم همه یکبار امتحان کنن» got «ایده‌ی سنجیده‌ای است».
    chat = Script("fa")
    chat.start()
    chat.says("محشر بود حتما پیشنهاد میکنم همه یه بار امتحان کنن", intent="suggestion",
              sentiment="positive", score=0.8)  # fmt: skip
    reply = chat.says("بله", intent="affirm")
    assert not _said("fa", "thanks_idea", reply), reply
    praise = ("thanks_praise", "thanks_praise_heard", "thanks_praise_named")  # convo59: unquoted
    assert any(_said("fa", key, reply) for key in praise), reply


def test_a_recommendation_denied_gets_an_apology() -> None:
    chat = Script("fa")
    chat.start()
    chat.says("پیشنهاد نمی‌کنم. مرغش بو می‌داد", intent="suggestion", sentiment="negative",
              score=-0.6)  # fmt: skip
    reply = chat.says("بله", intent="affirm")
    assert not _said("fa", "thanks_idea", reply), reply


# ---- 2. A Persian meal's "quality" gets the meal's apology, not a device's -----------------
@pytest.mark.parametrize(
    "told",
    ["کیفیتش نسبت به قبل خیلی افت کرده", "بسیار کیفیت پایین بود", "اصلا ارزش خرید نداشت"],
)
def test_quality_of_a_meal_gets_the_meals_apology(told: str) -> None:
    # «کیفیت پایین بود» got «انتظار داشتید درست کار کند» ("expected it to work properly").
    assert apology_key("product", told, True, "fa") == "apology_meal"


@pytest.mark.parametrize(
    "told",
    [
        "کیفیت محصولات سوپرمارکت پایین بود",  # goods, no meal
        "باتری‌ها کیفیت پایینی داشتن",
    ],
)
def test_goods_or_praised_quality_keep_the_product_apology(told: str) -> None:
    assert apology_key("product", told, True, "fa") == "apology_product"


def test_quality_praised_beside_a_price_gets_the_price_apology() -> None:
    # fa52: no "the food let you down", nor a device's "expected it to work properly".
    assert apology_key("product", "کیفیت خوب بود ولی قیمت بالا بود", True, "fa") == "apology_price"


# ---- 3. "What a waste of money" beside a bad meal names no charge --------------------------
@pytest.mark.parametrize(
    ("told", "key"),
    [
        ("سیب زمینی‌ها سوخته و همبرگر خام بود. پول دور ریختن بود.", "apology_meal"),
        ("افتضاح بود. یعنی پولمو دور ریختم. اینقدر بد مزه بود", "apology_meal"),
        ("پیتزا اصلا مزه نداشت حیف پول", "apology_meal"),
        ("واقعا سرد بود حیف پولی که دادم", "apology_price"),  # not worth what they paid
        ("پول دو بار از کارتم کسر شد", "apology_billing"),
    ],
)
def test_waste_of_money_beside_a_meal_is_no_billing(told: str, key: str) -> None:
    # «سیب زمینی‌ها سوخته … پول دور ریختن بود» got «هیچ‌کس نباید این‌طور نگران پولش باشد».
    assert apology_key("billing", told, True, "fa") == key
