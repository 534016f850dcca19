"""Arabic reflections, round 43 (constructed lines only, never a pool or judged message)."""

from __future__ import annotations

from dataclasses import dataclass

from dialogues.reflection import ar_but_said, ar_choice


@dataclass(frozen=True)
class _Unit:
    text: str
    glue: str = "، "


def _units(*texts: str) -> list[_Unit]:
    return [_Unit(t, "" if i == 0 else "، ") for i, t in enumerate(texts)]


def _turned(units: list[_Unit], chosen: list[int]) -> list[int]:
    return ar_but_said.with_turned_complaints(units, chosen, ar_choice.polarity)


# ---- 1. a «لكن …» complaint is never folded into «وذكرت أموراً أخرى» ---------------------------
def test_a_turned_complaint_left_out_is_said_back() -> None:
    units = _units("المطعم جميل والأكل لذيذ", "لكن الخدمة سيئة جدا والمكان مزعج", "زرته مع أهلي")
    assert _turned(units, [0]) == [0, 1]


def test_a_turn_to_praise_is_left_to_the_tail() -> None:
    units = _units("الخدمة سيئة جدا", "لكن الأكل لذيذ وممتاز")
    assert _turned(units, [0]) == [0]


def test_a_turned_question_is_left_to_the_tail() -> None:
    units = _units("المطعم جميل", "لكن ما الفائدة اذا كان الطعام سيء؟")
    assert _turned(units, [0]) == [0]


def test_a_turned_complaint_heard_already_is_not_told_twice() -> None:
    units = _units("المكان مزدحم بشكل كبير جدا", "لكن مزدحم بشكل كبير جدا")
    assert _turned(units, [0]) == [0]


def test_a_long_turned_complaint_is_left_to_the_tail() -> None:
    long = "لكن الخدمة سيئة جدا " + " ".join(["والمكان"] * 10)
    assert _turned(_units("الأكل لذيذ", long), [0]) == [0]
