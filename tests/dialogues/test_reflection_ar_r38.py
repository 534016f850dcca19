"""Arabic reflections, round 38 (constructed lines only, never a pool or judged message)."""

from __future__ import annotations

from dialogues.reflection import reflect
from dialogues.reflection.ar import shift


# ---- 1. «انا» before a "he does" verb or a past «اشترى» is no "I" to shift ----------------------
def test_i_before_a_he_does_verb_is_quoted() -> None:
    assert shift("لا يمكن انا يكون السعر بهذا الشكل") is None
    reply = reflect(["لا يمكن انا يكون السعر بهذا الشكل للقطعة الصغيرة"], "ar")
    assert "أنت يكون" not in reply and "«لا يمكن انا يكون" in reply, reply


def test_i_before_bought_spelt_past_is_quoted() -> None:
    assert shift("اذا انا اشترى ثلاجة") is None
    assert "أنت تشترى" not in reflect(["الثلاجة لا تبرد اذا انا اشترى ثلاجة جديدة"], "ar")


def test_i_before_a_first_person_verb_is_still_shifted() -> None:
    assert shift("انا اتمنى ان يكون افضل") == "أنت تتمنى ان يكون افضل"
    assert shift("وانا اشتري منهم دائما") == "وأنت تشتري منهم دائما"


# ---- 2. a first-person plea to «منك» is quoted ---------------------------------------------------
def test_a_plea_to_the_seller_is_quoted() -> None:
    assert shift("ارجو منك تعديل السعر") is None
    reply = reflect(["الجوال جيد لكن غالي جدا. ارجو منك تعديل السعر"], "ar")
    assert "ترجو منك" not in reply and "«ارجو منك تعديل السعر»" in reply, reply


def test_someone_else_asking_you_is_still_shifted() -> None:
    assert shift("يطلب منك العامل دفع المبلغ") == "يطلب منك العامل دفع المبلغ"


# ---- 3. «يو اس بي» is USB, never «بك» ----------------------------------------------------
def test_usb_spelt_in_letters_is_not_shifted() -> None:
    assert shift("يعمل مع اليو اس بى والراديو") == "يعمل مع اليو اس بى والراديو"
    assert shift("ولم يهتم احد بي") == "ولم يهتم احد بك"
