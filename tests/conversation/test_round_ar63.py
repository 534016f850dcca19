"""Round ar63: Arabic after "yes" and the job statement (issue 8).

1. A let-down by a person (shouting, temper, disrespect) is apologised for as how they were
   treated, never as «المنتج».
2. A mostly negative review («… وكانت اخر مرة», «فاشل») is apologised for, not thanked alone.
(3., «أريد استبدالها», is tests/dialogues/test_want_verbal_noun_ar63.py.)
"""

from __future__ import annotations

import pytest

from dialogues.apologies import apology_key
from dialogues.catalog import variants
from tests.conversation.test_conversation_review30 import _after_yes, _thanked
from tests.dialogues.script import Script


# ---- 1. A person's rudeness: how they were treated, not the product -----------------------
def test_a_correction_to_shouting_is_apologised_for_as_treatment() -> None:
    # «… والموظف كان متعصب معنا» → «لا، قصدي أن الموظف صرخ علينا أمام الناس» → yes got
    # «آسف لأن المنتج لم يكن كما توقعت».
    chat = Script("ar")
    chat.start()
    chat.says("طلبنا عشاء والموظف كان متعصب معنا", intent="complaint", topic="product",
              sentiment="negative")  # fmt: skip
    chat.says("لا، قصدي أن الموظف صرخ علينا أمام الناس", intent="deny")
    reply = chat.says("نعم", intent="affirm")
    assert any(line in reply for line in variants("ar", "apology_rude")), reply
    assert "المنتج" not in reply, reply


@pytest.mark.parametrize(
    "told",
    ["الموظف صرخ علينا أمام الناس", "الكاشير كان متعصب معنا من أول ما دخلنا",
     "الاستقبال سيء والموظفة ما احترمتنا", "طردونا من المحل بدون سبب",
     "البائع كلمنا بطريقة سيئة جدا", "المدير زعق علينا قدام الزباين"],
)  # fmt: skip
def test_rudeness_under_a_product_topic_is_rudeness(told: str) -> None:
    assert apology_key("product", told, True, "ar") == "apology_rude"


@pytest.mark.parametrize(
    "told",
    ["الجهاز خربان والبائع صرخ علينا", "السعر غالي والموظف كان متعصب معنا",
     "صرخت من الفرحة لما وصلني الجهاز", "كنت معصب لأن الشاشة مكسورة"],
)  # fmt: skip
def test_a_thing_that_failed_or_no_rudeness_keeps_its_apology(told: str) -> None:
    assert apology_key("product", told, True, "ar") != "apology_rude"


# ---- 2. A mostly negative review: apologised for, not thanked alone -----------------------
@pytest.mark.parametrize(
    "text",
    ["المكان حلو بس الخدمة بطيئة والأسعار نار والطاولات وسخة، للأسف كانت اخر مرة",
     "مطعم فاشل، الشي الوحيد الحلو هو الديكور",
     "الأكل جيد، غير كذا كل شيء مخيب للآمال، لن أعود",
     "الجلسات جميلة اما الحلويات فطعمها سئ جداً ولا يوجد تنوع",
     "كان من أحلى المطاعم، لم يعد مثل السابق والموظفين ما يردون علينا"],
)  # fmt: skip
def test_a_review_whose_verdict_is_a_letdown_is_owned(text: str) -> None:
    # «مسخرة … تعشيت بالمطعم مرة و كانت اخر مرة … المطعم تسير فاشل» got «أسعدنا ما كتبت».
    kind, reply = _after_yes("ar", text, "praise", 0.4)
    assert kind == "complaint", reply
    assert not _thanked("ar", reply), reply
    assert "هذا الجانب" not in reply or "سئ" in text, reply  # a whole visit is no "part"


@pytest.mark.parametrize(
    "text",
    ["المطعم ممتاز وصدقني لن تندم، اما غداء فلا انصح به لانه غير دسم",
     "الاكل لذيذ والخدمة ممتازة، آخر مرة زرتهم كان كل شيء رائع",
     "الأسعار مرتفعة شوي لكنه يستاهل، الأكل رائع", "منتج ليس فاشل ابدا، ممتاز"],
)  # fmt: skip
def test_praise_with_a_caveat_or_a_verdict_denied_is_thanked(text: str) -> None:
    kind, reply = _after_yes("ar", text, "praise", 0.5)
    assert kind == "praise", reply
    assert _thanked("ar", reply), reply
