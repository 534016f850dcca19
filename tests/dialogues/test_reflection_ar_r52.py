"""Arabic round 52: a quote after a gap opens on its own clause, not on «حيث»/«كما».

Constructed cases: «… مثل أيام العيد حيث تكون الجودة أقل …» with the clause before left
out is quoted from «تكون …»; «كما توقعت» ("as I expected") keeps its «كما».
"""

from __future__ import annotations

from dialogues.reflection.ar_lean_open import without_lean


def test_where_after_a_gap_is_left_out() -> None:
    said = without_lean("حيث تكون جودة الطعام أقل بكثير من الأيام العادية")
    assert said == "تكون جودة الطعام أقل بكثير من الأيام العادية"


def test_as_well_before_a_verb_of_having_is_left_out() -> None:
    assert without_lean("كما يوجد سندويتشات مبتكرة و لذيذة") == "يوجد سندويتشات مبتكرة و لذيذة"
    assert without_lean("كما ان المكان نظيف جدا") == "المكان نظيف جدا"


def test_as_in_as_expected_is_kept() -> None:
    for text in ("كما توقعت المنتج ممتاز جدا", "كما هو في الصورة تماما"):
        assert without_lean(text) == text


def test_a_clause_too_short_without_it_is_kept_whole() -> None:
    assert without_lean("حيث الاكل") == "حيث الاكل"
