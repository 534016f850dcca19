"""Round 28 (convo46): the reply after "yes" fits what the customer told (constructed lines
on situations of the tuning messages)."""

from __future__ import annotations

import pytest

from tests.conversation.test_conversation_review24 import YES, _after_yes, _said
from tests.dialogues.script import Script


# ---- 1. Arabic: a watch is no hour it cost ---------------------------------------------------
@pytest.mark.parametrize(
    "text",
    ["ساعة تستاهل قيمتها وأنصح أصدقائي بشرائها",
     "ساعة رائعة بكل معنى الكلمة تنفع في كل المناسبات",
     "ساعة حلوة أنيقة وفخمة من ماركة شهيرة للساعات الفاخرة"],
)  # fmt: skip
def test_a_watch_praised_is_thanked(text: str) -> None:
    # «ساعة تستاهل قيمتها …» got «أنا آسف حقاً لما مررت به»: IMPACT's «ساعة» read as an hour.
    kind, reply = _after_yes("ar", text, "positive", 0.8)
    assert kind == "praise", reply
    assert _said("ar", "thanks_praise", reply), reply


@pytest.mark.parametrize(
    "text",
    ["الاكل لذيذ وانتظرنا لمدة ساعة", "المطعم جميل بس الطلب جاء بعد نصف ساعة",
     "الخدمة ممتازة والطلب وصل خلال 3 ساعات"],
)  # fmt: skip
def test_an_hour_it_took_keeps_the_complaint(text: str) -> None:
    kind, reply = _after_yes("ar", text, "positive", 0.5)
    assert kind == "complaint", reply


# ---- 2. Arabic: a price called fair is praise, not the hedge «معقول» -------------------------
@pytest.mark.parametrize(
    "text",
    ["ساعه جيده والسعر معقول", "رسميه وسعرها معقول جداً بعد التخفيض",
     "مطعم شعبي خدمة وتعامل راقي وأسعاره معقولة", "ترمومتر دقيق وسهل الاستخدام يعني سعر مناسب"],
)  # fmt: skip
def test_a_fair_price_praised_is_thanked(text: str) -> None:
    # «ساعه جيده والسعر معقول» got «آسف لأن ما حصلت عليه لم يكن يستحق ما دفعته».
    kind, reply = _after_yes("ar", text, "positive", 0.6)
    assert kind == "praise", reply
    assert _said("ar", "thanks_praise", reply), reply


@pytest.mark.parametrize(
    "text",
    ["السعر غير معقول", "جيد، معقول", "المنتج معقول والسعر معقول", "السعر معقول بس الجودة رديئة"],
)
def test_a_price_denied_or_praise_hedged_keeps_the_complaint(text: str) -> None:
    kind, reply = _after_yes("ar", text, "positive", 0.3)
    assert kind == "complaint", reply


# ---- 2b. Arabic: the thing as it was described is praise, however cold NLU's tone -----------
@pytest.mark.parametrize(
    "text", ["السلعه مطابقه للمواصفات المذكورة عملية وخفيفة الوزن", "مطابق للصورة والجودة"]
)
def test_as_described_is_thanked(text: str) -> None:
    # «مطابق للصورة والجودة» got «آسف لأن المنتج لم يكن كما توقعت».
    kind, reply = _after_yes("ar", text, "negative", -0.27)
    assert kind == "praise", reply
    assert _said("ar", "thanks_praise", reply), reply


@pytest.mark.parametrize(
    "text", ["غير مطابق للوصف", "مطابق للصورة بس الجودة رديئة", "بعض المواد غير مطابقة للصورة"]
)
def test_not_as_described_keeps_the_complaint(text: str) -> None:
    kind, reply = _after_yes("ar", text, "negative", -0.5)
    assert kind == "complaint", reply


# ---- 3. Arabic: a card a product holds routes no handoff to billing --------------------------
def _topic(text: str, topic: str | None) -> str | None:
    """The topic the conversation settles on once the customer says yes to the reflection."""
    chat = Script("ar")
    chat.start()
    chat.says(text, intent="complaint", topic=topic, sentiment="negative", score=-0.6)
    chat.says(YES["ar"], intent="affirm")
    return chat.state.topic


@pytest.mark.parametrize(
    ("text", "heard", "topic"),
    [("الجهاز ممتاز بس ما يقرأ بطاقة الذاكرة", "billing", "product"),
     ("الجوال لا يقرأ بطاقة السيم", "billing", "product"),
     ("المحفظة فيها مواقع كثيرة للبطاقات لكن الجلد تقشر", None, None),
     ("انخصم المبلغ مرتين من بطاقتي", "billing", "billing"),  # a card paid with
     ("لا تكفي لأكثر من أربع بطاقات والسعر مبالغ فيه", "billing", "billing")],
)  # fmt: skip
def test_a_card_a_product_holds_is_no_payment(
    text: str, heard: str | None, topic: str | None
) -> None:
    # «… بطاقة الذاكرة» (NLU: billing) routed the handoff to the payment owner.
    assert _topic(text, heard) == topic
