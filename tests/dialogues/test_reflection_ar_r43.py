"""Arabic reflections, round 43 (constructed lines only, never a pool or judged message)."""

from __future__ import annotations

from dialogues.reflection import ar_but_said, ar_choice, ar_named_said
from dialogues.reflection.units import Unit as Said
from tests.dialogues.ar_units import PlainUnit as _Unit
from tests.dialogues.ar_units import plain_units as _units


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


# ---- 2. a complaint the tail would only name as a topic is said back --------------------------
def _said(*texts: str) -> list[Said]:
    return [Said(t, i, False, 0, "" if i == 0 else "، ") for i, t in enumerate(texts)]


def test_a_complaint_hidden_behind_its_topic_is_said_back() -> None:
    units = _said("المنتج ممتاز وشكله جميل", "وأعتقد أن السعر مبالغ فيه وشكله كبير")
    told = ar_named_said.with_named_complaints(units, units[:1], ar_choice.polarity)
    assert [u.text for u in told] == ["المنتج ممتاز وشكله جميل", "السعر مبالغ فيه"]


def test_a_topic_heard_already_is_not_said_again() -> None:
    units = _said("السعر غالي جدا", "والسعر مبالغ فيه ولا يستاهل")
    told = ar_named_said.with_named_complaints(units, units[:1], ar_choice.polarity)
    assert told == units[:1]


def test_a_piece_that_praises_is_left_to_the_tail() -> None:
    units = _said("الخدمة سيئة جدا", "والأكل لذيذ وممتاز")
    told = ar_named_said.with_named_complaints(units, units[:1], ar_choice.polarity)
    assert told == units[:1]


def test_a_complaint_after_another_is_said_by_its_topic() -> None:
    units = _said("المنتج جيد", "ولكن المشكلة في السخونة الزائدة والبطارية عمرها قصير")
    told = ar_named_said.with_named_complaints(units, units[:1], ar_choice.polarity)
    assert [u.text for u in told][-1] == "البطارية عمرها قصير"


# ---- narrowed by the lead after the blind gate (old better on stitched pieces) ---------------
def test_a_piece_opening_on_its_verdict_is_left_to_the_tail() -> None:
    # «فاشله الاكل غير لذيذ» opens on the verdict, not the topic: said beside a quote it was
    # stitched into the quote's words.
    units = _said("المطعم واسع", "فاشلة الاكل غير لذيذ")
    told = ar_named_said.with_named_complaints(units, units[:1], ar_choice.polarity)
    assert told == units[:1]


def test_a_topic_owned_by_something_left_behind_is_left_to_the_tail() -> None:
    # «خدمتها سيئه»: whose service? In the review it was other places'.
    units = _said("المطعم راقي ومستواه رائع", "وخدمتها سيئة جدا")
    told = ar_named_said.with_named_complaints(units, units[:1], ar_choice.polarity)
    assert told == units[:1]


def test_a_piece_cut_inside_a_new_topic_is_left_to_the_tail() -> None:
    # «الاسعار جدا غالية جودة الطعام» was cut at «والمكان …»: its end names a topic unjudged.
    units = _said("الموظفين غير ودودين", "الاسعار جدا غالية جودة الطعام والمكان لا تستحق")
    told = ar_named_said.with_named_complaints(units, units[:1], ar_choice.polarity)
    assert all("جودة الطعام" not in u.text for u in told)
