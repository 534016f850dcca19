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
    assert kept in thanks, thanks
    chat.assert_well_spoken()


def test_an_idea_put_as_a_question_keeps_its_frame() -> None:
    chat = Script("en")
    chat.start()
    said_back = chat.says("I have an idea: why don't you add a pet section?", intent="idea")
    assert "your idea is “why don't you add a pet section?”" in said_back, said_back
