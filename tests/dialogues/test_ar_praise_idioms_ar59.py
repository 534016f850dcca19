"""ar59: Arabic praise said in a denial's words or in dialect is thanked, not apologised for.

«كباب لا يعلى عليه», «اكل لا يقاوم», «بلا منازع», «مطعم ولا اروع», «كل ما تتمنوه»: their
«لا», «ما» read as a denial; «يمي يمي … مرا لزيز»: dialect NLU's tone reads cold. Each was
answered «آسف لأن الطعام لم يكن كما ينبغي» after "yes". A real let-down beside it still is.
"""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from tests.dialogues.test_ar_praise_thanked_ar57 import _after_yes, _apologised  # one way


@pytest.mark.parametrize(
    ("told", "sentiment", "score"),
    [
        ("مشاوي المطعم لا يعلى عليها والطاقم محترم جدا", "positive", 0.9),
        ("البرجر عندهم لا يقاوم وانصح فيه", "positive", 0.95),
        ("احلى شاورما في المدينة بلا منازع", "positive", 0.9),
        ("كافيه ولا اروع والقهوة ممتازة", "positive", 0.8),
        ("ستلاقي عندهم كل ما تتمنى من اكلات شعبية لذيذة", "positive", 0.9),
        ("ساعة انيقة جدا وغير مكلفة", "positive", 0.8),
        ("يمي يمي الدجاج بالصوص الحار مرا لزيز", "negative", -0.19),
        ("الحلا عندهم يجنن والقهوة رائعة", "negative", -0.15),
        ("مطعم رائع ولا تنسى بعد دفع الفاتورة تطلع للسطح تشرب القهوة", "positive", 0.9),
    ],
)
def test_praise_is_thanked_not_apologised_for(told: str, sentiment: str, score: float) -> None:
    reply = _after_yes(told, sentiment, score)
    assert not _apologised(reply), reply


@pytest.mark.parametrize(
    ("told", "sentiment", "score"),
    [
        ("الكباب لا يعلى عليه بس الخدمة بطيئة جدا", "positive", 0.4),
        ("الاكل يجنن لكن الطلب وصل بارد", "negative", -0.3),
        ("الوضع يجنن من الزحمة والانتظار", "negative", -0.8),
    ],
)
def test_a_let_down_beside_it_keeps_the_apology(told: str, sentiment: str, score: float) -> None:
    reply = _after_yes(told, sentiment, score)
    assert not any(v.split("«")[0] in reply for v in variants("ar", "thanks_praise")), reply
