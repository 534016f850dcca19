"""Round ar48: a long Arabic quote ends before a closing reason that only explains it."""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect
from dialogues.reflection.ar_because import without_reason


def test_a_neutral_reason_closing_a_long_quote_is_left_out() -> None:
    review = (
        "السلعة جميلة جدا والبائع تعامله جميل جدا وسرعة في التسليم، لكن اتمنى من البائع وضع"
        " المحتويات التي تأتي مع السلعه لاني اشتريت غطاء ضد الماء وطلعت السلعة يجي معاها غطاء."
    )
    said = reflect([review], "ar")
    assert "التي تأتي مع السلعه»" in said and "غطاء ضد الماء" not in said
    assert "أموراً أخرى" in said


@pytest.mark.parametrize(
    "piece",
    [
        # the reason is a complaint itself: it stays
        "لا يصلح لمدرسة ولا لبيت لانه ما يطلع صور واضحة وانارته جدا ضعيفة",
        "يفضل زيارته في وسط الاسبوع سعدت بصحبة استري تاكد من توفر الشبكة لانها دوما تتعطل",
        # the clause before points at the reason («و ذلك | لأن …»)
        "لكن أنصحك أن تحدد ما إذا كنت تريد الوجبة حار أم عادي و ذلك لأن الحار هو حار جدا",
        # nothing judged before the reason: no point left to stand alone
        "ذهبت الى المحل يوم السبت مع اخي الصغير لان المحل قريب من البيت",
    ],
)
def test_a_reason_that_matters_stays(piece: str) -> None:
    assert without_reason(piece) is None


def test_a_short_quote_keeps_its_reason() -> None:
    said = reflect(["المنتج غالي جدا لان سعره في السوق اقل بكثير"], "ar")
    assert "لان سعره" in said
