"""Persian conversations, round 51: complaints are not thanked as praise or as ideas."""

from __future__ import annotations

import pytest

from tests.conversation.test_conversation_review30 import _after_yes, _thanked


# ---- 1. «فوق العاده» before a let-down is "extremely", no praise ---------------------------
@pytest.mark.parametrize(
    "text",
    ["قارچ استفاده شده فوق العاده بد مزه بود.", "فوق العاده بی کیفیت بود غذا",
     "نان فوق العاده سرد و مانده بود", "پیتزا فوق العاده شور بود"],
)  # fmt: skip
def test_extremely_before_a_letdown_is_no_praise(text: str) -> None:
    # «قارچ استفاده شده فوق العاده بد مزه بود» (NLU: praise, warm) got «خوشحالمان کردید».
    kind, reply = _after_yes("fa", text, "praise", 0.3)
    assert kind == "complaint", reply
    assert not _thanked("fa", reply), reply


@pytest.mark.parametrize(
    "text", ["غذا فوق العاده بود", "فوق العاده خوشمزه بود", "پیتزا فوق العاده و داغ رسید"]
)
def test_extremely_good_stays_praise(text: str) -> None:
    kind, reply = _after_yes("fa", text, "praise", 0.6)
    assert kind == "praise", reply
    assert _thanked("fa", reply), reply


# ---- 2. Frozen, dry, messed up, not brought: a let-down told in its own words --------------
@pytest.mark.parametrize(
    ("text", "intent"),
    [("کیک فوق العاده خشک بود", "praise"), ("شیرینی دانمارکی داخل جعبه بهم خورده بود", "praise"),
     ("آب طالبی یخ زده بود", "praise"), ("نوشابه رو تحویل ندادن", "suggestion"),
     ("کیک سفارشی رو نیاوردن", "suggestion"), ("خیلی طول کشید تا غذا برسه", "suggestion")],
)  # fmt: skip
def test_a_letdown_in_its_own_words_is_no_thanks(text: str, intent: str) -> None:
    # «شیرینی دانمارکی داخل جعبه بهم خورده بود» (NLU: praise) got «خوشحالمان کردید»;
    # «نوشابه رو تحویل ندادن» (NLU: suggestion) got «ممنون از این پیشنهاد».
    kind, reply = _after_yes("fa", text, intent, 0.2)
    assert kind == "complaint", reply
    assert not _thanked("fa", reply), reply


@pytest.mark.parametrize(
    ("text", "intent"),
    [("بسته سبزی خشک خیلی بزرگ بود", "praise"), ("جوجه خشک نبود خیلی خوب بود", "praise"),
     ("کاش سس بیشتری میذاشتید که خشک نباشه", "suggestion")],
)  # fmt: skip
def test_dried_goods_praise_and_ideas_stay_thanked(text: str, intent: str) -> None:
    kind, reply = _after_yes("fa", text, intent, 0.4)
    assert kind in ("praise", "idea"), reply
    assert _thanked("fa", reply), reply
