"""Round 25 (convo43): the apology after "yes" names the let-down the customer told
(constructed lines on situations of the tuning messages)."""

from __future__ import annotations

import pytest

from dialogues.apologies import apology_key
from dialogues.catalog import variants
from dialogues.turn import Language
from tests.dialogues.script import Script


def _said(language: Language, key: str, reply: str) -> bool:
    return any(v.split("{")[0] in reply for v in variants(language, key) if v.split("{")[0])


# ---- 1. NLU's money topic with no money word told: no "worry about your money" -------------
@pytest.mark.parametrize(
    ("language", "told", "key"),
    [
        ("fa", "این دفعه سس سالاد خیلی شور بود", "apology_meal"),
        ("fa", "سیب زمینی پلاسیده بود هر دفعه", "apology_meal"),
        ("fa", "این دفعه خیلی تاخیر داشتن", "apology"),
        ("ar", "بصراحه لاتستحق قيمتها وجودتها غير عاليه", "apology"),
    ],
)
def test_no_money_word_gets_no_billing_apology(language: Language, told: str, key: str) -> None:
    # «سس سالاد خیلی شور بود» got «هیچ‌کس نباید این‌طور نگران پولش باشد».
    assert apology_key("billing", told, True, language) == key


@pytest.mark.parametrize(
    ("language", "told", "key"),
    [
        ("fa", "هزینه ارسال کاملا غیر منطقی و بالا", "apology_billing"),
        ("fa", "پول دو بار از کارتم کسر شد", "apology_billing"),
        ("fa", "خیلی گرونه برای این حجم", "apology_price"),
        ("ar", "انخصم المبلغ مرتين من بطاقتي", "apology_billing"),
        ("en", "who pays for my discomfort for 9 h?", "apology_billing"),  # English: unchanged
    ],
)
def test_money_told_keeps_its_apology(language: Language, told: str, key: str) -> None:
    assert apology_key("billing", told, True, language) == key


def test_a_lunch_looked_forward_to_is_no_wait() -> None:
    # «منتظر یه ناهار خوب بودم» is a hope let down: not «این‌قدر معطل شدید».
    told = "واقعا بد بود آبکی و گوشت خیلی کم بود منتظر یه ناهار خوب بودم"
    assert apology_key(None, told, True, "fa") != "apology_wait"
    assert apology_key(None, "یک ساعت منتظر موندیم", True, "fa") == "apology_wait"


def test_no_money_word_in_a_whole_conversation() -> None:
    chat = Script("fa")
    chat.start()
    chat.says("این دفعه سس سالاد خیلی شور بود، قبلا اینطور نبود", intent="complain",
              topic="billing", sentiment="negative", score=-0.7)  # fmt: skip
    reply = chat.says("بله", intent="affirm")
    assert _said("fa", "apology_meal", reply), reply
    assert "پول" not in reply and "پرداخت" not in reply, reply
