"""Round 24 (convo42): the reply after "yes" apologises for no praise (constructed lines on
situations of the tuning messages)."""

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


def _after_yes(language: Language, text: str, sentiment: str, score: float) -> tuple[str, str]:
    """The kind heard and the reply after "yes", NLU naming the review a complaint."""
    chat = Script(language)
    chat.start()
    chat.says(text, intent="complaint", topic="product", sentiment=sentiment, score=score)
    reply = chat.says(YES[language], intent="affirm")
    return chat.state.kind or "", reply


# ---- 1. A review that only praises, NLU's complaint however sure: thanked ----
@pytest.mark.parametrize(
    ("language", "text", "sentiment", "score"),
    [("ar", "منتج رائع ويخدم غرضه تماما", "positive", 0.1),
     ("ar", "مطعم جميل والاكل لذيذ والموظفين رائعين", "positive", 0.7),
     ("ar", "سماعة ممتازة انصح بها", "neutral", 0.05),
     ("fa", "پیتزا داغ و خوشمزه بود و به موقع رسید", "positive", 0.6),
     ("fa", "کیفیت غذا عالی بود", "positive", 0.3)],
)  # fmt: skip
def test_praise_nlu_named_a_complaint_is_thanked(
    language: Language, text: str, sentiment: str, score: float
) -> None:
    # Was «آسف لأن المنتج لم يكن كما توقعت» / «متأسفم که غذا آن‌طور که باید نبود».
    kind, reply = _after_yes(language, text, sentiment, score)
    assert kind == "praise", reply
    assert _said(language, "thanks_praise", reply), reply


# ---- 2. Denied, hedged, past, costly or cold praise keeps its complaint ----
@pytest.mark.parametrize(
    ("language", "text", "sentiment", "score"),
    [("ar", "المنتج غير جيد", "positive", 0.2),
     ("ar", "جيد نوعا ما", "positive", 0.2),
     ("ar", "لا انصح به ابدا", "positive", 0.2),
     ("ar", "السعر مبالغ فيه والافضل ان ينزل", "positive", 0.2),
     ("ar", "في السابق كان الاكل لذيذ", "positive", 0.2),
     ("ar", "الشكل جميل والصناعة رديئة", "positive", 0.2),
     ("ar", "منتج جميل", "negative", -0.3),
     ("fa", "غذا خوشمزه بود ولی سرد رسید", "positive", 0.2),
     ("fa", "نسبتا خوب بود", "positive", 0.2),
     # narrowed after the blind gate (old better): a fault told in words the list lacked
     ("ar", "سلعه جيده لكن المضخه تعطلت من اول تشغيل", "positive", 0.2),
     ("ar", "جيده جدا بس نزل سعرها بعد ما اشتريتها شي يقهر", "positive", 0.2),
     ("fa", "تخم مرغ‌ها شکسته بود ولی پیک خوب بود مرسی", "positive", 0.2),
     ("fa", "کیفیت فوق العاده پایین بود پشیمون شدم", "positive", 0.2),
     ("fa", "نصف ظرف خالی بود طعمش خوب بود", "positive", 0.2)],
)  # fmt: skip
def test_praise_held_back_or_beside_a_fault_is_no_thanks_only(
    language: Language, text: str, sentiment: str, score: float
) -> None:
    kind, reply = _after_yes(language, text, sentiment, score)
    assert kind == "complaint", reply
    assert not _said(language, "thanks_praise", reply), reply


# ---- 3. «شحن» told of a battery charged: the product's apology, not the shipment's ----
@pytest.mark.parametrize(
    "text",
    ["الشاحن ضعيف جدا ولم يشحن الجوال الا ٢٠ بالمية",
     "البطارية تفضى بسرعة وتاخذ وقت طويل في الشحن"],
)  # fmt: skip
def test_a_charger_that_fails_is_no_shipment(text: str) -> None:
    # Was «كان من المفروض أن تصل الشحنة سليمة وفي وقتها» for a charger that does not charge.
    chat = Script("ar")
    chat.start()
    chat.says(text, intent="complaint", topic="delivery", sentiment="negative", score=-0.5)
    reply = chat.says(YES["ar"], intent="affirm")
    assert _said("ar", "apology_product", reply), reply


def test_a_shipment_late_beside_a_charger_keeps_its_apology() -> None:
    chat = Script("ar")
    chat.start()
    chat.says(
        "الشاحن وصلني متأخر اسبوعين", intent="complaint", topic="delivery",
        sentiment="negative", score=-0.5,
    )  # fmt: skip
    reply = chat.says(YES["ar"], intent="affirm")
    assert not _said("ar", "apology_product", reply), reply
