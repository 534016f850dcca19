"""ar57: Arabic praise with a let-down denied, a charging time or a slightly cold tone is thanked.

«ومافيها اي اضرار من الشحن», «لكن مش مبالغ فيها», «بعد شحنه لمدة 5 ساعات», «من اجمل
…», «ودود ومتعاون», «واميز ما فيه»: each was apologised for after "yes".
"""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from tests.dialogues.script import Script


def _after_yes(told: str, sentiment: str, score: float) -> str:
    chat = Script("ar")
    chat.start()
    chat.says(told, intent="complaint", sentiment=sentiment, score=score, confidence=0.7)
    if chat.state.stage == "listening":  # a prompt first: they say that is all
        chat.says("هذا كل شيء", intent="done")
    reply = chat.says("نعم", intent="affirm")
    chat.assert_well_spoken()
    return reply


def _apologised(reply: str) -> bool:
    return any(word in reply for word in ("آسف", "أعتذر", "نعتذر"))


@pytest.mark.parametrize(
    ("told", "sentiment", "score"),
    [
        ("جهاز حلو مره ومافيه اي خدوش من الشحن", "negative", -0.45),
        ("وصلت الكنبة بدون اي عيوب والقماش جميل", "negative", -0.3),
        ("ريحة العطر جيدة جدا وثابت لكن مش مبالغ فيها", "positive", 0.4),
        ("وصلت السماعة بحالة جيدة وجربتها بعد شحنها لمدة 3 ساعات وكان صوتها رائع", "positive", 0.3),
        ("من اجمل الكافيهات في المدينة والموظفين ودودين ومتعاونين", "positive", 0.9),
        ("مكان جميل واميز ما فيه الاطلالة على البحر", "positive", 0.2),
        ("من الاشياء الجيدة اللي اشتريتها هالسنة", "negative", -0.05),
    ],
)
def test_praise_is_thanked_not_apologised_for(told: str, sentiment: str, score: float) -> None:
    reply = _after_yes(told, sentiment, score)
    assert not _apologised(reply), reply


@pytest.mark.parametrize(
    "told",
    [
        "مافيه اي مشكلة في التغليف بس الشاشة مكسورة",
        "الاكل لذيذ بالرغم من ارتفاع الاسعار",
        "المنتج جيد بس انتظرت الشحن لمدة 5 ساعات في المكتب",
    ],
)
def test_a_let_down_beside_it_keeps_the_apology(told: str) -> None:
    reply = _after_yes(told, "positive", 0.2)
    assert not any(v.split("«")[0] in reply for v in variants("ar", "thanks_praise")), reply
