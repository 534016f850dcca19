"""Round 30 (convo48): a complaint is never thanked as praise or as an idea (constructed lines
on situations of the tuning messages)."""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.turn import Language
from tests.dialogues.script import Script

YES = {"en": "yes", "fa": "بله", "ar": "نعم"}


def _said(language: Language, key: str, reply: str) -> bool:
    """Whether one of the catalog's lines for the key (up to its quote) is in the reply."""
    # named: stop 34; heard (no quote of what the reflection just said back): convo59
    keys = (key, f"{key}_named", f"{key}_heard") if key == "thanks_praise" else (key,)
    return any(line.split("{")[0] in reply for k in keys for line in variants(language, k))


def _after_yes(
    language: Language, text: str, intent: str, score: float, confidence: float = 0.6
) -> tuple[str, str]:
    """The kind heard and the reply after "yes", NLU naming the telling ``intent``."""
    chat = Script(language)
    chat.start()
    sentiment = "positive" if score > 0 else "negative"
    chat.says(text, intent=intent, confidence=confidence, sentiment=sentiment, score=score)
    reply = chat.says(YES[language], intent="affirm")
    return chat.state.kind or "", reply


def _thanked(language: Language, reply: str) -> bool:
    # named: stop 34; the unquoted idea thanks after the idea was said back: convo59
    keys = ("thanks_praise", "thanks_praise_named", "thanks_idea", "thanks_idea_heard")
    return any(_said(language, key, reply) for key in keys)


def _owned_whatever_nlu_says(language: Language, text: str) -> None:
    """The telling is owned as a complaint, never thanked, NLU calling it praise or complaint."""
    for intent, score in (("praise", 0.4), ("complaint", -0.3)):
        kind, reply = _after_yes(language, text, intent, score)
        assert kind == "complaint", reply
        assert not _thanked(language, reply), reply


# ---- 1. NLU's "praise" with no word of praise and a let-down told: a complaint ------------
@pytest.mark.parametrize(
    ("language", "text"),
    [("ar", "الجوده رديئة جدا"), ("ar", "مو كويس وغالي جدا"), ("ar", "ليس جيدا منتج فاشل"),
     ("ar", "انصح بعدم شراء هذه السلعة"), ("fa", "بستنی هام آب شده بود"),
     ("fa", "مزه مرغ خوب نبود و سیب زمینی سرد بود"), ("fa", "یکی از بدترین پیتزاهایی بود که خوردم"),
     ("en", "I was on hold for over 2 hours and my call got disconnected.")],
)  # fmt: skip
def test_a_letdown_nlu_named_praise_is_no_praise(language: Language, text: str) -> None:
    # «الجوده رديه جدا» (NLU: praise 0.87, warm 0.37) got «أسعدنا ما كتبت: …».
    kind, reply = _after_yes(language, text, "praise", 0.3)
    assert kind == "complaint", reply
    assert not _thanked(language, reply), reply


@pytest.mark.parametrize(
    ("language", "text"),
    [("ar", "ممتاز جدا ووصل بسرعة"), ("ar", "جيد وسعره مش غالي"),
     ("fa", "غذا خوشمزه بود و به موقع رسید"), ("en", "Great crew, thank you!"),
     ("en", "No worries. Delay was minor and dealt with nicely."),
     ("fa", "خیلی دوست دارم پیتزاهاتونو با اینکه پیتزای گرونم خوردم"),
     ("fa", "خیلی سریع سفارش رسید، در کمتر از ۱۵ دقیقه"),
     ("fa", "بسته بندی مناسب و متفاوت"), ("ar", "جهاز عملي وسعره مناسب"),
     ("ar", "تحمي البشرة بدون جروح او خدوش")],
)  # fmt: skip
def test_praise_with_a_word_of_praise_is_still_thanked(language: Language, text: str) -> None:
    kind, reply = _after_yes(language, text, "praise", 0.8)
    assert kind == "praise", reply
    assert language == "en" or _said(language, "thanks_praise", reply), reply
