"""Round 27 (convo45): the apology after "yes" names what let this customer down
(constructed lines on situations of the tuning messages)."""

from __future__ import annotations

import pytest

from dialogues.apologies import apology_key


# ---- 1. English: no topic from NLU, but the words name the let-down ------------------------
@pytest.mark.parametrize(
    ("told", "key"),
    [
        ("my bag didn't make it to Boston and it had my medication in it", "apology_baggage"),
        ("you lost my luggage on the way home, I have no clothes", "apology_baggage"),
        ("where are my bags? 2 days now", "apology_baggage"),
        ("my flight was delayed 4 hours and nobody told us why", "apology_travel"),
        ("stuck at the gate, we will miss our connection in Denver", "apology_travel"),
        ("they promised me a refund and it never came", "apology_billing"),
    ],
)
def test_a_letdown_named_without_a_topic(told: str, key: str) -> None:
    # "my bag didn't make it to Boston" got the bare "I'm sorry; you deserved better than this."
    assert apology_key(None, told, False, "en") == key


@pytest.mark.parametrize(
    "told",
    [
        "do bags still fly for free anymore?",  # a question: no bag let down
        "what is your plan to reduce delays?",  # delays in general, none of theirs
        "bump me up so I won't be forced to check my bag and wait 30 minutes",
    ],
)
def test_a_bag_or_a_delay_named_in_a_question_keeps_the_bare_apology(told: str) -> None:
    assert apology_key(None, told, False, "en") == "apology"


# ---- 2. Arabic: a device charged or plugged in is no parcel --------------------------------
@pytest.mark.parametrize(
    "told",
    [
        "الجهاز لا يقبل الشحن ويشتغل في حالة التوصيل المباشر فقط يعني السلعة خربانة",
        "لا يعمل عند توصيله على ولاعة السيارة",
        "جيدة ولكن حجمها كبير مقارنة بعدد مرات الشحن",
    ],
)
def test_a_device_plugged_in_gets_the_products_apology(told: str) -> None:
    # «… في حالة التوصيل المباشر فقط …» got «آسف حقاً لأن الشحنة لم تصل كما يجب».
    assert apology_key("delivery", told, True, "ar") == "apology_product"


@pytest.mark.parametrize(
    "told",
    [
        "الشحنة لم تصل والشاحن ناقص",
        "جربته بعد شحنه لمدة ساعتين لكنه وصلني متأخر أسبوع",  # it arrived late, too
        "شكرا للسرعة في توصيله لكن تأخر المندوب",
    ],
)
def test_a_parcel_told_keeps_the_shipments_apology(told: str) -> None:
    assert apology_key("delivery", told, True, "ar") == "apology_shipment"


# ---- 3. Arabic: cards a wallet holds, a SIM card: no payment -------------------------------
@pytest.mark.parametrize(
    ("told", "key"),
    [
        ("تحتوي على جيب بسحاب و مواقع كثيرة للبطاقات و حجمها متوسط", "apology"),
        ("الجوال لا يقرأ بطاقة السيم", "apology"),
        ("لا تكفي لأكثر من أربع بطاقات والسعر مبالغ فيه", "apology_price"),
        ("انخصم المبلغ مرتين من بطاقتي", "apology_billing"),  # a card paid with
        ("المطعم لا يقبل بطاقات الائتمان والسعر غالي", "apology_billing"),
    ],
)
def test_cards_held_are_no_payment(told: str, key: str) -> None:
    # «… مواقع كثيرة للبطاقات …» got «آسف جداً لما سببته لك مشكلة الدفع من إزعاج».
    assert apology_key("billing", told, True, "ar") == key
