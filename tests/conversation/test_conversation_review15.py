"""Round 15 (convo33): whole conversations played from the README's terminal chat
(constructed lines on situations of the tuning messages)."""

from __future__ import annotations

import pytest

from dialogues.apologies import apology_key, praise_beside
from dialogues.catalog import variants
from dialogues.fa_food_fault import KEYS
from dialogues.turn import Language
from tests.dialogues.liked_heard import liked_heard
from tests.dialogues.script import Script

# The meal's apology, or one naming the one fault of the food told (fa58).
MEAL_KEYS = {"apology_meal", *KEYS.values()}


def _said(language: Language, key: str, reply: str) -> bool:
    return any(v.split("{")[0] in reply for v in variants(language, key) if v.split("{")[0])


# ---- 1. a price too high is apologised for as poor value, not as a payment problem ---------
@pytest.mark.parametrize(
    ("language", "told"),
    [
        ("ar", "الاسعار مرتفعة جدا في المطعم مقارنة بالكمية"),
        ("ar", "سعرها غالي جدا مقارنة برداءة صناعتها"),
        ("fa", "قیمت بالا ولی کیفیت فوق العاده پایین بود"),
        ("fa", "حجمش خیلی کم بود نسبت به پولی که دادم"),
        ("en", "way too expensive for such a tiny sandwich"),
    ],
)
def test_a_price_too_high_gets_the_value_apology(language: Language, told: str) -> None:
    # «الاسعار مرتفعة جدا» got «آسف جداً لما سببته لك مشكلة الدفع من إزعاج».
    assert apology_key("billing", told, False, language) == "apology_price"


@pytest.mark.parametrize(
    ("language", "told"),
    [
        ("en", "you charged me twice and the price was already high"),
        ("ar", "انخصم المبلغ مرتين من بطاقتي"),
        ("fa", "طعم خوب و قیمت مناسبه ولی پول دو بار از کارتم کسر شد"),
        ("ar", "المكنسة نوعية جيدة ورخيصة السعر لكن الدفع فشل"),
    ],
)
def test_a_payment_gone_wrong_keeps_the_billing_apology(language: Language, told: str) -> None:
    assert apology_key("billing", told, True, language) == "apology_billing"


def test_the_price_apology_in_a_whole_conversation() -> None:
    chat = Script("ar")
    chat.start()
    chat.says("الاسعار مرتفعة جدا في المطعم مقارنة بالكمية", intent="complain", topic="billing",
              sentiment="negative", score=-0.7)  # fmt: skip
    reply = chat.says("نعم", intent="affirm")
    assert _said("ar", "apology_price", reply), reply
    assert "الدفع" not in reply, reply


# ---- 2. a food named gets the meal's apology, never "you expected it to work properly" -----
@pytest.mark.parametrize(
    ("language", "topic", "told"),
    [
        ("en", "product", "the chicken was stale and the milk was sour"),
        ("fa", "product", "برنج طعم بدی داشت و مزه کاه می‌داد"),
        ("fa", None, "شیرینی خرمایی تازه نبود"),
        ("fa", "product", "آجیل چهارمغز کهنه بود"),
        ("ar", "product", "الخبز كان يابس والدجاج طعمه سيء"),
    ],
)
def test_a_food_told_gets_the_meal_apology(
    language: Language, topic: str | None, told: str
) -> None:
    # «اجیل … کهنه» got «انتظار داشتید درست کار کند»; stale chicken "expected it to work".
    assert apology_key(topic, told, True, language) in MEAL_KEYS  # fa58: «تازه نبود» named


@pytest.mark.parametrize(
    ("language", "told"),
    [
        ("en", "the laptop won't turn on"),
        ("fa", "گوشی بعد از دو روز خاموش شد"),
        ("ar", "الجهاز يقيس حرارة الحليب لكنه توقف عن العمل"),
    ],
)
def test_a_device_keeps_the_product_apology(language: Language, told: str) -> None:
    assert apology_key("product", told, True, language) == "apology_product"


# ---- 3. praise after the "but" is thanked beside the apology -------------------------------
@pytest.mark.parametrize(
    ("language", "told"),
    [
        ("en", "my flight was delayed 3 hours but the crew were lovely"),
        ("fa", "یکم دیر رسید ولی واقعا خوب بود."),
        ("fa", "پرواز سه ساعت تاخیر داشت ولی مهماندارها خیلی مهربون بودن"),
        ("ar", "تأخرت الرحلة ثلاث ساعات لكن الطاقم كان محترم جدا"),
    ],
)
def test_praise_after_the_but_is_heard(language: Language, told: str) -> None:
    # "delayed 3 hours but the crew were lovely": the apology came, the crew went unthanked.
    assert praise_beside([told], language)


@pytest.mark.parametrize(
    ("language", "told"),
    [
        ("en", "lost my bag and the staff were not helpful"),
        ("en", "the flight was late, but thanks for the link"),
        ("fa", "با اینکه مشتری همیشگی هستم ولی این دفعه از طعم پیتزا اصلا راضی نبودم"),
        ("ar", "الغطاء خفيف ولكن الصورة غير ملصوقه جيدا"),
        ("en", "great, another delay, just what I needed"),
    ],
)
def test_no_praise_heard_where_none_was_given(language: Language, told: str) -> None:
    assert not praise_beside([told], language)


def test_the_crew_thanked_in_a_whole_conversation() -> None:
    chat = Script("en")
    chat.start()
    chat.says("my flight was delayed 3 hours but the crew were lovely", intent="complain",
              sentiment="negative", score=-0.5)  # fmt: skip
    reply = chat.says("yes", intent="affirm")
    assert liked_heard("en", reply), reply


# ---- 4. the service NLU named, when the service was what they praised ----------------------
@pytest.mark.parametrize(
    ("language", "told", "key"),
    [
        ("fa", "کیک شکلاتی نبود ولی کیکش بد نبود برخورد و رفتار پیک عالی", "apology_meal"),
        ("en", "lost my bag, but your staff at the desk were so kind", "apology_baggage"),
        ("en", "Love the team at the gate. Waited for a delayed flight", "apology_travel"),
    ],
)
def test_praised_service_gets_no_service_apology(language: Language, told: str, key: str) -> None:
    # «… برخورد و رفتار پیک عالی» got «باید زودتر و بهتر جوابتان را می‌دادیم».
    assert apology_key("service", told, True, language) == key


@pytest.mark.parametrize(
    ("language", "told"),
    [
        ("en", "the ticket agents were LESS than helpful"),
        ("en", "Can I get some help with a support ticket? It's been 15 days. Thank you!"),
        ("en", "the phone service was laissez faire at best"),
        ("fa", "پشتیبانی جواب نمیده ولی غذا عالی بود"),
    ],
)
def test_a_service_gone_wrong_keeps_its_apology(language: Language, told: str) -> None:
    # en50: with no answer asked for, English says "we handled this", not "answered sooner".
    key = apology_key("service", told, True, language)
    assert key in ("apology_service", "apology_handled")


# ---- 5. a request aimed at us, answered to "what would make this right?", is a want --------
@pytest.mark.parametrize(
    ("language", "told", "goal", "solved", "want", "not_said"),
    [
        ("fa", "پیتزا سرد و خمیر بود", "می‌خوام دیگه این اتفاق نیفته", "پولم رو برگردونید",
         "خواسته‌ام این است: «پولم رو برگردونید»", "وقتی حل است"),
        ("en", "my bag never arrived", "I need my suit for a meeting tomorrow",
         "get the bag to my hotel tonight", "and I want to get the bag to my hotel tonight",
         "so I can get"),
        ("ar", "الطلب وصل ناقص", "احتاج الطلب كامل اليوم", "رجعوا لي فلوسي",
         "ما أريده هو: «رجعوا لي فلوسي»", "تُحل"),
    ],
)  # fmt: skip
def test_a_request_of_us_in_the_solved_slot_reads_as_a_want(
    language: Language, told: str, goal: str, solved: str, want: str, not_said: str
) -> None:
    # «… و برای من مشکل وقتی حل است که «پولم رو برگردونید»»; "so I can get the bag to my hotel".
    from dialogues.outcome import LogJob

    chat = Script(language)
    chat.start()
    chat.says(told, intent="complaint", sentiment="negative", score=-0.7)
    chat.says({"fa": "آره", "ar": "نعم", "en": "yes"}[language], intent="affirm")
    chat.says({"fa": "بپرسید", "ar": "تفضل", "en": "sure"}[language], intent="affirm")
    chat.says(goal, intent="inform")
    chat.says(solved, intent="request")
    chat.says({"fa": "نه", "ar": "لا", "en": "no"}[language], intent="deny")
    jobs = [e for e in chat.effects() if isinstance(e, LogJob)]
    assert jobs, chat.effects()
    statement = jobs[-1].job.statement
    assert want in statement and not_said not in statement, statement


# ---- 6. the follow-up names the request by the customer's words, not NLU's topic alone -----
@pytest.mark.parametrize(
    ("language", "told", "topic"),
    [
        ("fa", "پیتزا سرد و خمیر بود", "product"),
        ("en", "the chicken in my sandwich was stale", "product"),
        ("ar", "الاكل كان بارد", "service"),
    ],
)
def test_the_follow_up_does_not_name_a_topic_the_customer_never_named(
    language: Language, told: str, topic: str
) -> None:
    # «رضا کریمی درخواستتان درباره‌ی کالا را بسته است» after a cold pizza.
    from dialogues.followup import ask_follow_up
    from dialogues.state import ConversationState

    state = ConversationState(language=language, seed=3, heard=[told], topic=topic)
    reply, _ = ask_follow_up(state, "Reza", None)
    assert variants(language, f"request_about_{topic}")[0] not in reply.text, reply.text
    assert variants(language, "request_about_other")[0] in reply.text, reply.text
