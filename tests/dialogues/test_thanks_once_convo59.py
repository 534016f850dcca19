"""Convo59 (issue 8): the thanks after "yes" does not quote again what was just said back."""

from __future__ import annotations

import re

import pytest

from dialogues.catalog import variants
from dialogues.thanks_once import once
from dialogues.turn import Language
from tests.dialogues.script import Script

_YES = {"fa": "بله", "ar": "نعم", "en": "yes"}
_DONE = {"fa": "همین", "ar": "هذا كل شيء", "en": "that's all"}
_QUOTED = re.compile(r'«([^»]{12,})»|"([^"]{12,})"')


def _chat(language: Language, told: str, intent: str) -> tuple[str, str]:
    chat = Script(language)
    chat.start()
    said = chat.says(told, intent=intent, sentiment="positive", score=0.95, confidence=0.9)
    if chat.state.stage == "listening":  # a prompt first: they say that is all
        said = chat.says(_DONE[language], intent="done")
    reply = chat.says(_YES[language], intent="affirm")
    chat.assert_well_spoken()
    return said, reply


def _requoted(said: str, reply: str) -> list[str]:
    return [q for m in _QUOTED.finditer(reply) if (q := m.group(1) or m.group(2)) in said]


def _starts(language: Language, key: str, reply: str) -> bool:
    return any(reply.startswith(line.split("{")[0]) for line in variants(language, key))


@pytest.mark.parametrize(
    ("language", "told", "key"),
    [
        ("fa", "کاش یه گزینه داشتید که بشه سفارش رو برای فردا زمان‌بندی کرد", "thanks_idea_heard"),
        ("ar", "ياريت تضيفون خيار الدفع عند الاستلام في التطبيق", "thanks_idea_heard"),
        ("en", "you should add a dark mode to the app", "thanks_idea_heard"),
    ],
)  # fmt: skip
def test_an_idea_said_back_is_thanked_without_its_quote(
    language: Language, told: str, key: str
) -> None:
    said, reply = _chat(language, told, "suggestion")
    assert not _requoted(said, reply), reply
    assert _starts(language, key, reply), reply


@pytest.mark.parametrize(
    ("language", "told", "thing"),
    [
        ("fa", "پیتزاش واقعا عالی و داغ بود", "پیتزا"),
        ("ar", "الأكل لذيذ جداً والخدمة ممتازة", "الأكل والخدمة"),
        ("en", "loved the new lounge in terminal b", "the lounge"),
    ],
)  # fmt: skip
def test_praise_said_back_is_thanked_by_what_it_named(
    language: Language, told: str, thing: str
) -> None:
    said, reply = _chat(language, told, "praise")
    assert not _requoted(said, reply), reply
    assert thing in reply, reply


@pytest.mark.parametrize(
    ("language", "quote", "reflection"),
    [
        ("fa", "واقعا عالی بودید دمتون گرم", "آنچه شنیدم این است: گفتید «واقعا عالی بودید دمتون گرم». درست گرفتم؟"),  # noqa: E501
        ("ar", "جيد جدا ويعطيك العافيه", "إذا كنت فهمتك جيداً: جيد جدا ويعطيك العافيه. هل هذا صحيح؟"),  # noqa: E501
        ("en", "you guys are simply the best", "So you said “you guys are simply the best”. Is that right?"),  # noqa: E501
    ],
)  # fmt: skip
def test_praise_naming_nothing_is_thanked_unquoted(
    language: Language, quote: str, reflection: str
) -> None:
    key, fields = once("thanks_praise", quote, "praise", reflection, quote, language)
    assert (key, fields) == ("thanks_praise_heard", {})


def test_a_part_not_said_back_keeps_the_quote() -> None:
    # "yes, but also …": the added idea is quoted beside the one said back
    quote = 'a dark mode for the app" and "a bigger font on the menu'
    reflection = "So we should add a dark mode for the app. Is that it?"
    told = "add a dark mode for the app"
    assert once("thanks_idea", quote, "idea", reflection, told, "en")[0] == "thanks_idea"


def test_praise_picked_out_of_a_longer_reflection_keeps_its_quote() -> None:
    # An unquoted "thank you for telling us" would not say which part is thanked.
    told = "Hard to get vacation time from work and the fees keep going up. Love flying with you"
    reflection = (
        "If I heard you correctly, you said “hard to get vacation time from work and the fees "
        "keep going up”, but you said “love flying with you”. Is that it?"
    )
    key, fields = once("thanks_praise", "love flying with you", "praise", reflection, told, "en")
    assert (key, fields) == ("thanks_praise", {"quote": "love flying with you"})


def test_a_short_persian_dish_of_two_nouns_is_not_named_as_two_things() -> None:
    quote = "جوجه کباب بسیار لذیذ بود"
    reflection = "اگر درست شنیده باشم، جوجه کباب بسیار لذیذ بود. همین است؟"
    key, _ = once("thanks_praise", quote, "praise", reflection, quote, "fa")
    assert key == "thanks_praise_heard"


def test_a_dish_of_three_words_is_not_named_as_two_things() -> None:
    """convo59's gate: «پیتزا فیله مرغ» was thanked as «پیتزا و مرغ»."""
    quote = "پیتزا فیله مرغ خوب بود"
    reflection = "اگر درست شنیده باشم، پیتزا فیله مرغ خوب بود. همین است؟"
    key, _ = once("thanks_praise", quote, "praise", reflection, quote, "fa")
    assert key != "thanks_praise_named"


def test_one_wish_among_more_told_keeps_its_quote() -> None:
    """convo59's gate: a wish beside a let-down told before it is named by its quote."""
    told = (
        "قبلا هم این ساندویچ رو سفارش داده بودم\nخیلی خوشمزه ست\nفقط نونش خشک بود\nکاش کمتر خشک بود"
    )
    quote = "کاش کمتر خشک بود"
    reflection = f"یعنی گفتید «{told.replace(chr(10), ' ')}». درست است؟"
    key, fields = once("thanks_idea", quote, "idea", reflection, told, "fa")
    assert (key, fields) == ("thanks_idea", {"quote": quote})


def test_the_price_alone_is_not_what_the_praise_is_thanked_for() -> None:
    quote = "ساعه جيده والسعر معقول"
    reflection = "إذن ساعه جيده والسعر معقول. هل فهمتك صح؟"
    key, _ = once("thanks_praise", quote, "praise", reflection, quote, "ar")
    assert key == "thanks_praise_heard"


def test_two_persian_things_apart_are_both_named() -> None:
    quote = "غذا عالی پیک عالی"
    reflection = "یعنی غذا عالی پیک عالی. منظورتان همین است؟"
    assert once("thanks_praise", quote, "praise", reflection, quote, "fa") == (
        "thanks_praise_named",
        {"things": "غذا و پیک"},
    )


@pytest.mark.parametrize(
    "quote", ["ممتاز والسعر غالى شوية", "السلعة ممتازة ماركة Buff وليس ماركة Remax كما بالصورة"]
)
def test_arabic_praise_with_a_hedge_keeps_its_quote(quote: str) -> None:
    """convo59's gate: an unquoted thanks hid the price or the wrong brand they told."""
    reflection = f"إذن {quote}. هل فهمتك صح؟"
    assert once("thanks_praise", quote, "praise", reflection, quote, "ar") == (
        "thanks_praise",
        {"quote": quote},
    )


def test_english_praise_beside_a_letdown_keeps_its_quote() -> None:
    """convo59's gate: "That means a lot." said to a let-down after praise."""
    quote = "I thought you guys were the best airline"
    told = "I thought you guys were the best airline... I've been on hold for an hour!"
    reflection = f"So you said “{told}”. Is that right?"
    assert once("thanks_praise", quote, "praise", reflection, told, "en")[0] == "thanks_praise"


@pytest.mark.parametrize(
    "told",
    ["اگر گرم سرو بشه عالی میشه", "بسیار کهنه و غیر تازه بود", "عالی هستن، بجز اینکه دیر میارن"],
)
def test_persian_praise_with_a_condition_or_a_letdown_keeps_its_quote(told: str) -> None:
    """The integration gate: «خوشحالمان کردید.» for a condition, staleness, an exception."""
    reflection = f"یعنی {told}. درست است؟"
    assert once("thanks_praise", told, "praise", reflection, told, "fa")[0] == "thanks_praise"


def test_an_english_request_heard_as_praise_keeps_its_quote() -> None:
    """The integration gate: "That means a lot." said to "I would appreciate a call by 9am"."""
    told = "I have submitted my request. I would appreciate a call by 9am eastern. Thank you."
    quote = "I would appreciate a call by 9am eastern"
    reflection = f"So you said “{told}”. Is that right?"
    assert once("thanks_praise", quote, "praise", reflection, told, "en")[0] == "thanks_praise"
