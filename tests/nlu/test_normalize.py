"""Normalisation for matching: digits, Arabic letter forms, Persian letters and ZWNJ, case."""

from __future__ import annotations

from nlu.normalize import normalize, to_ascii_digits


def test_digits_of_every_script_become_ascii() -> None:
    assert to_ascii_digits("سفارش ۱۲۳۴۵ و ٦٧٨٩٠") == "سفارش 12345 و 67890"
    assert normalize("order ۴۵۶", "en") == "order 456"


def test_arabic_letter_forms_and_marks() -> None:
    assert normalize("أهلاً وسهلاً", "ar") == "اهلا وسهلا"
    assert normalize("إلى مكتبة", "ar") == "الي مكتبه"
    assert normalize("جمـــيل", "ar") == "جميل"  # tatweel
    assert normalize("مُمْتَاز", "ar") == "ممتاز"  # harakat


def test_persian_letters_and_zwnj() -> None:
    assert normalize("كيفيت عالي", "fa") == "کیفیت عالی"
    # hazm puts the ZWNJ in "می‌خواهم" and "کتاب‌ها" whether or not the writer typed it.
    assert normalize("میخواهم", "fa") == normalize("می‌خواهم", "fa") == "می\u200cخواهم"
    assert "\u200c" in normalize("کتاب ها", "fa")


def test_case_spaces_and_stretching() -> None:
    assert normalize("  Hello   WORLD ", "en") == "hello world"
    assert normalize("sooooo goood", "en") == "soo good"
    assert normalize("خیییلی عاالی", "fa") == "خیلی عالی"
    assert normalize("ممنون", "fa") == "ممنون"  # a real doubled letter stays
