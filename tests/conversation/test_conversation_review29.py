"""Round 29 (convo47): the reply after "yes" fits what the customer told (constructed lines
on situations of the tuning messages)."""

from __future__ import annotations

import pytest

from dialogues import telling
from dialogues.apologies import apology_key
from dialogues.catalog import variants
from dialogues.turn import Language
from tests.dialogues.script import Script

YES = {"en": "yes", "fa": "بله", "ar": "نعم"}


def _said(language: Language, key: str, reply: str) -> bool:
    """Whether one of the catalog's lines for the key (up to its quote) is in the reply."""
    keys = (key, f"{key}_named") if key == "thanks_praise" else (key,)  # named: stop 34
    return any(line.split("{")[0] in reply for k in keys for line in variants(language, k))


def _after_yes(
    language: Language, text: str, sentiment: str, score: float, topic: str | None = "product"
) -> tuple[str, str]:
    """The kind heard and the reply after "yes", NLU naming the telling a complaint."""
    chat = Script(language)
    chat.start()
    chat.says(text, intent="complaint", topic=topic, sentiment=sentiment, score=score)
    reply = chat.says(YES[language], intent="affirm")
    return chat.state.kind or "", reply


# ---- 2. Arabic: a vowel mark does not split a word -------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [("ذُكر", ["ذکر"]), ("وصلَت السلعةُ", ["وصلت", "السلعه"]), ("جيّد جداً", ["جید", "جدا"])],
)
def test_a_vowel_mark_keeps_the_word_whole(text: str, expected: list[str]) -> None:
    # «ذُكر» was read as «ذ» and «كر»: no phrase with a vowel mark could match.
    assert telling.tokens(text) == expected


def test_as_described_with_a_vowel_mark_is_thanked() -> None:
    # «السلعة وصلت كما ذُكر في الوصف» got «آسف حقاً لأن الشحنة لم تصل كما يجب».
    kind, reply = _after_yes("ar", "السلعة وصلت كما ذُكر في الوصف", "negative", -0.27, "delivery")
    assert kind == "praise", reply
    assert _said("ar", "thanks_praise", reply), reply


# ---- 3. A price called fair, and no payment word: no money let them down ---------------------
@pytest.mark.parametrize(
    ("language", "text"),
    [("ar", "شكلها حل و سعرها مناسب بس انا كنت فاكراها يابانى و طلعت صينى"),
     ("ar", "كافيه هادئ و لا يصلح لعائله و اطفال و المشروبات جيده و سعرها مناسب"),
     ("fa", "طعم ساندویچ خیلی خوب و قیمت مناسبه. ولی نونش گرم نداشت")],
)  # fmt: skip
def test_a_fair_price_gets_no_payment_apology(language: Language, text: str) -> None:
    # «… سعرها مناسب بس … طلعت صينى» got «آسف جداً لما سببته لك مشكلة الدفع من إزعاج».
    assert apology_key("billing", text, True, language) not in ("apology_billing", "apology_price")
    _kind, reply = _after_yes(language, text, "negative", -0.5, "billing")
    assert not _said(language, "apology_billing", reply), reply


@pytest.mark.parametrize(
    "text",
    ["السعر مناسب بس انخصم المبلغ مرتين من بطاقتي", "سعرها مناسب بس الشحن غالي",
     "سعرها مناسب لكن الفاتورة فيها رسوم زيادة"],
)  # fmt: skip
def test_money_told_beside_a_fair_price_keeps_its_apology(text: str) -> None:
    assert apology_key("billing", text, True, "ar") in ("apology_billing", "apology_price")


# ---- 4a. Arabic: «مقبول» beside a price calls it fair, no hedge -------------------------------
@pytest.mark.parametrize(
    "text",
    ["السلعة مطابقة تماماً للطلب والسعر مقبول جداً وجوده البضاعة جيده",
     "مطعم رائع والأكل لذيذ وأسعاره مقبولة"],
)  # fmt: skip
def test_a_price_called_acceptable_is_praise(text: str) -> None:
    # «… والسعر مقبول جداً …» got «بهذا السعر كان من حقك أن تتوقع أكثر من ذلك».
    kind, reply = _after_yes("ar", text, "positive", 0.6)
    assert kind == "praise", reply
    # ar62: the price said back beside other praise is thanked unquoted, not by the price
    assert _said("ar", "thanks_praise", reply) or _said("ar", "thanks_praise_heard", reply), reply


@pytest.mark.parametrize("text", ["السعر غير مقبول", "الاكل مقبول", "جودته مقبوله"])
def test_acceptable_alone_or_denied_keeps_the_complaint(text: str) -> None:
    kind, reply = _after_yes("ar", text, "positive", 0.3)
    assert kind == "complaint", reply


# ---- 4b. Arabic: «X وغير X» ("X and non-X") denies nothing ---------------------------------
def test_either_kind_is_no_denial() -> None:
    # «… للمناسبات الرسمية وغير الرسمية … أنصح بها» got «أعتذر لك بصدق؛ ما كان يجب أن يحدث هذا».
    text = "ساعة أنيقة تنفع للمناسبات الرسمية وغير الرسمية .. بصراحة أنصح بها لصديق."
    kind, reply = _after_yes("ar", text, "positive", 0.6)
    assert kind == "praise", reply


@pytest.mark.parametrize("text", ["ساعة أنيقة وغير عملية", "ساعة جميلة لكنها غير أصلية"])
def test_a_denial_of_another_word_keeps_the_complaint(text: str) -> None:
    kind, reply = _after_yes("ar", text, "positive", 0.3)
    assert kind == "complaint", reply
