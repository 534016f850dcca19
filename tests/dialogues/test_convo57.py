"""Convo57: the README chat played; what the bot says after a correction, an idea, a wish."""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.turn import Language
from tests.dialogues.script import Script


@pytest.mark.parametrize(
    ("language", "told", "topic", "corrected", "yes", "not_said"),
    [
        ("en", "my new headphones arrived with a cracked case", "delivery",
         "no, the problem is support refused to replace them", "yes", "apology_shipment"),
        ("en", "my new headphones arrived with a cracked case", "product",
         "no, the problem is the shop won't refund me", "yes", "apology_product"),
        ("ar", "طلبت هاتف ووصلني مكسور الشاشة", "product",
         "لا، المشكلة أنهم رفضوا استبداله", "نعم", "apology_product"),
        ("ar", "الطلب وصل والكرتون مفتوح", "delivery",
         "لا، المشكلة إن المندوب ما رضي يرجعه", "ايوه", "apology_delivery"),
        ("fa", "گوشی سفارش دادم صفحه‌اش شکسته رسید", "product",
         "نه، مشکل اینه که فروشگاه قبول نکرد عوضش کنه", "آره", "apology_product"),
    ],
)  # fmt: skip
def test_the_apology_after_a_correction_follows_the_corrected_telling(
    language: Language, told: str, topic: str, corrected: str, yes: str, not_said: str
) -> None:
    # "no, the problem is support refused to replace them" was said back right, and then "I'm
    # really sorry the delivery let you down": the apology answered the telling they corrected.
    chat = Script(language)
    chat.start()
    chat.says(told, intent="complaint", topic=topic, sentiment="negative")
    chat.says(corrected)
    reply = chat.says(yes, intent="affirm")
    assert not any(line in reply for line in variants(language, not_said)), reply
    assert any(line in reply for line in variants(language, "apology_handled")), reply
    assert chat.state.corrected_reflection  # the first telling stays, for the owner's card
    chat.assert_well_spoken()


def test_rudeness_in_the_correction_keeps_its_own_apology() -> None:
    chat = Script("en")
    chat.start()
    chat.says("my new headphones arrived with a cracked case", intent="complaint",
              topic="product", sentiment="negative")  # fmt: skip
    chat.says("no, the problem is the agent was rude and refused to replace them")
    reply = chat.says("yes", intent="affirm")
    assert any(line in reply for line in variants("en", "apology_rude")), reply


@pytest.mark.parametrize(
    ("language", "told", "lead", "kept"),
    [
        ("en", "I have a suggestion: let me pick my seat when I check in online",
         "suggestion", "seat"),
        ("en", "Suggestion - a quiet carriage on the morning trains", "Suggestion", "quiet"),
        ("fa", "یه پیشنهاد دارم: کاش بشه موقع سفارش زمان تحویل رو انتخاب کرد", "پیشنهاد",
         "زمان تحویل"),
        ("fa", "پیشنهاد: کاش سس تند هم بذارید", "پیشنهاد", "سس تند"),
        ("ar", "عندي اقتراح: لو تضيفون خيار الدفع عند الاستلام", "اقتراح", "الدفع عند الاستلام"),
        ("ar", "اقتراح: لو توفرون مقاسات أكبر", "اقتراح", "مقاسات"),
    ],
)  # fmt: skip
def test_an_idea_is_said_back_without_its_lead_in(
    language: Language, told: str, lead: str, kept: str
) -> None:
    # "you said “I have a suggestion: let me pick …”" said the announcement back with the idea.
    chat = Script(language)
    chat.start()
    said_back = chat.says(told, intent="idea", sentiment="positive")
    assert kept in said_back and lead not in said_back, said_back
    thanks = chat.says({"en": "yes", "fa": "آره", "ar": "نعم"}[language], intent="affirm")
    # convo59: or, said back a moment ago, thanked without quoting it again
    assert kept in thanks or any(v in thanks for v in variants(language, "thanks_idea_heard"))
    chat.assert_well_spoken()


def test_an_idea_put_as_a_question_keeps_its_frame() -> None:
    chat = Script("en")
    chat.start()
    said_back = chat.says("I have an idea: why don't you add a pet section?", intent="idea")
    assert "your idea is “why don't you add a pet section?”" in said_back, said_back


@pytest.mark.parametrize(
    ("language", "told", "yes", "wish"),
    [
        ("fa", "مثل همیشه عالی بود، فقط سس تند هم بذارید", "آره", "سس تند هم بذارید"),
        ("fa", "پیتزا خیلی خوشمزه بود ولی لطفا نوشابه بیشتر بفرستید", "آره", "نوشابه بیشتر"),
        ("en", "great as always, just add more vegan options", "yes", "add more vegan options"),
        ("en", "Loved the new menu, just bring back the garlic bread", "yes",
         "bring back the garlic bread"),
        ("ar", "ممتاز كالعادة، بس لو تزيدون الصوص", "نعم", "لو تزيدون الصوص"),
        ("ar", "الخدمة رائعة، بس زيدوا عدد الفروع", "نعم", "زيدوا عدد الفروع"),
    ],
)  # fmt: skip
def test_praise_and_a_small_wish_are_thanked_in_one_line(
    language: Language, told: str, yes: str, wish: str
) -> None:
    # NLU heard a question: after yes only "may I ask two short questions?", nothing thanked.
    chat = Script(language)
    chat.start()
    chat.says(told, intent="nlu_fallback")
    reply = chat.says(yes, intent="affirm")
    line = variants(language, "thanks_praise_wish")[0].split("{quote}")[0]
    assert line in reply and wish in reply, reply
    assert not any(v in reply for v in variants(language, "permission_question")), reply
    assert chat.state.kind == "idea"
    chat.assert_well_spoken()


@pytest.mark.parametrize(
    ("language", "told"),
    [
        ("fa", "عالی بود فقط سرد بود"),
        ("en", "it used to be great, just add more staff"),
        ("en", "great food, just add more vegan options?"),
        ("ar", "الاكل مو ممتاز بس لو تزيدون الكمية"),
    ],
)
def test_no_wish_thanks_for_a_let_down_a_question_or_praise_of_before(
    language: Language, told: str
) -> None:
    chat = Script(language)
    chat.start()
    chat.says(told, intent="nlu_fallback")
    reply = chat.says({"en": "yes", "fa": "آره", "ar": "نعم"}[language], intent="affirm")
    line = variants(language, "thanks_praise_wish")[0].split("{quote}")[0]
    assert line not in reply, reply


@pytest.mark.parametrize(
    ("language", "told", "intent", "quote"),
    [
        ("fa", "پیک دیر رسید. ولی غذا خیلی خوشمزه بود", "praise", "«غذا خیلی خوشمزه بود»"),
        ("ar", "التوصيل كان بطيء. بس الخامات جيدة جدا", "praise", "«الخامات جيدة جدا»"),
        ("en", "The flight was late. But the crew were wonderful", "praise",
         '"the crew were wonderful"'),
    ],
)  # fmt: skip
def test_a_thanks_quote_never_opens_on_but(
    language: Language, told: str, intent: str, quote: str
) -> None:
    # «ممنونم که گفتید «ولی غذا خوب بود»» quoted half a thought.
    chat = Script(language)
    chat.start()
    chat.says(told, intent=intent, sentiment="positive")
    reply = chat.says({"en": "yes", "fa": "آره", "ar": "نعم"}[language], intent="affirm")
    assert quote.lower() in reply.lower() or quote[1:-1] not in reply, reply
    for link in ("«ولی", "«بس", '"But'):
        assert link not in reply, reply
