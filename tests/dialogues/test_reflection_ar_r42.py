"""Arabic reflections, round 42 (constructed lines only, never a pool or judged message)."""

from __future__ import annotations

from dialogues.reflection import ar_never, reflect
from tests.dialogues.ar_units import plain_units as _units


# ---- 1. a never-again verdict is never folded into «وذكرت أموراً أخرى» -----------------------
def test_a_never_again_verdict_left_out_is_said_back() -> None:
    units = _units("الجلسة جميلة والموظفين لطفاء", "الشاي بارد والحلى عادي", "ولن أذهب الى هناك")
    assert ar_never.with_never_again(units, [0, 1]) == [0, 1, 2]


def test_a_guessed_never_again_is_a_verdict_too() -> None:
    units = _units("المطعم غالي", "والاكل جميل", "ولا اعتقد سأطلب هذه الوجبة مرة اخرى")
    assert ar_never.with_never_again(units, [0, 1]) == [0, 1, 2]


def test_a_verdict_heard_already_is_not_told_twice() -> None:
    units = _units("لن أعود له أبدا", "الاكل بارد والخدمة بطيئة", "تجربة سيئة ولن تتكرر")
    assert ar_never.with_never_again(units, [1, 2]) == [1, 2]


def test_a_paragraph_is_left_to_the_tail() -> None:
    long = "ولن أذهب " + " ".join(["هناك"] * 20)
    assert ar_never.with_never_again(_units("المكان جميل", long), [0]) == [0]


def test_a_long_review_keeps_its_never_again_verdict() -> None:
    told = (
        "برجر جيد ولكن عندما ذهبت اليه توقعت افضل من ذلك اضافة الى سعره المرتفع نوعا ما"
        " وفي المرة القادمة اذا أردت شراء برجر فأنا أعرف أين أذهب ولن أذهب الى هذا المطعم"
    )
    assert "ولن" in reflect([told], "ar").split("أعرف أين")[-1]
