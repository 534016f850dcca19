"""Arabic reflections: the failure patterns read in tuning samples (rows 1-1000), held right.

Each case is constructed, or taken from the tuning rows, to pin one pattern a native reader
marked minor or wrong: a title echoed, a first-person verb left after «ولم», a bare «لا تنصح»
read as "don't recommend!", a noun with «ال» bent into a verb, oaths and emoticons echoed.
"""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect


@pytest.mark.parametrize(
    "title",
    ["عنوان التقييم: *", "- إيجابيات و سلبيات فرشاة تنظيف الغبار الاليكتروستاتيكية"],
)
def test_a_review_title_alone_is_not_reflected(title: str) -> None:
    assert reflect([title], "ar") == ""


def test_a_negated_first_person_verb_after_wa_is_shifted() -> None:
    said = reflect(["خامات رديئه ولم استعملها قط"], "ar")
    assert "ولم تستعملها" in said and "استعملها" not in said


def test_a_noun_with_al_after_la_is_never_bent_into_a_verb() -> None:
    assert reflect(["لا الاكل ولا الخدمة جيدة"], "ar") == "لا الاكل ولا الخدمة جيدة"


def test_a_clause_opening_with_la_gets_its_subject() -> None:
    assert reflect(["لا انصح به"], "ar") == "أنت لا تنصح به"
    assert reflect(["لا اعرف ان كان للسعر دور"], "ar").startswith("أنت لا تعرف")


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("ماشاء الله تبارك الله رهيب العطر والله", "رهيب العطر"),
        (
            "لا اكون صريحة السلعة بها الكثير من الاشياء السيئة",
            "السلعة بها الكثير من الاشياء السيئة",
        ),
        (
            "يازين التورتيلا حقتهم :$ ,, ولا تهون وجبة التشيلي :p",
            "يازين التورتيلا حقتهم، ولا تهون وجبة التشيلي",
        ),
        ("الاكل جدآآ لذيذ &gt;_&lt; هههههه", "الاكل جدا لذيذ"),
        ("اممم يعني مو ذاك الزود", "مو ذاك الزود"),
    ],
)
def test_oaths_fillers_and_emoticons_are_not_echoed(message: str, expected: str) -> None:
    assert reflect([message], "ar") == expected
