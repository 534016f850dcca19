"""Arabic round 54: a let-down inside a review typed with no comma is said back.

Constructed cases: a «لكن …» turn cut from the next clause at a bare word (no comma) is still
the review's let-down, told by a lack («ينقصه»، «يفتقر») or a glued denial («لاتوجد»); a turn
that opens on a condition is advice to readers, and one whose flaw is told in the next clause
(«… عيب | وهو …») leaves it to that clause.
"""

from __future__ import annotations

from dialogues.reflection import ar_choice, ar_runon_turn, ar_sides, reflect
from dialogues.reflection.units import Unit


def _turns(*pieces: tuple[str, str]) -> list[bool]:
    units = [Unit(text, i, False, 0, glue) for i, (text, glue) in enumerate(pieces)]
    return ar_sides.turned(units, ar_choice.polarity)


def test_a_lack_after_praise_in_a_run_on_is_its_let_down() -> None:
    said = reflect(
        [
            "الكافيه جميل والقهوة لذيذة والموظفين لطيفين جدا ولكن لاتوجد مواقف كافية للسيارات"
            " ونضطر نوقف بعيد عن المدخل ويفتقر المكان الى جلسات خارجية"
        ],
        "ar",
    )
    assert "مواقف" in said


def test_a_turn_cut_at_a_bare_word_is_weighed_as_a_turn() -> None:
    turns = _turns(
        ("الفندق نظيف والغرف واسعة والاطلالة رائعة", ""),
        ("لكن ينقصه مطعم داخل الفندق", " "),
        ("وكنا نطلع كل يوم نتعشى برا", " "),
    )
    assert turns == [False, True, False]


def test_a_condition_or_a_flaw_told_next_is_no_turn_of_its_own() -> None:
    advice = _turns(
        ("المطعم رائع والاكل لذيذ جدا", ""),
        ("بس اذا رحت يوم الجمعة لاتوجد طاولات", " "),
        ("ويزدحم المكان كثير", " "),
    )
    told_next = _turns(
        ("الجهاز ممتاز وسريع جدا", ""),
        ("لكن ينقصه شيء مهم", " "),
        ("وهو ان البطارية تخلص بسرعة", " "),
    )
    assert advice[1] is False and told_next[1] is False


def test_nothing_lacking_is_praise_and_a_clause_cut_on_a_particle_goes_on() -> None:
    assert not ar_runon_turn.lets_down("لكن لا ينقصه شيء")
    assert ar_runon_turn.lets_down("لكن الخدمة تحتاج الى تطوير")
    assert not ar_runon_turn.ends_whole("لكن الاكل ما يصلح الا مع")


def test_meat_that_is_not_halal_is_a_let_down_and_halal_alone_no_praise() -> None:
    for text in ("لحومه غير حلال", "بس اللحم مو حلال"):
        assert ar_choice.polarity(text) == (3, 0)
    assert ar_choice.polarity("مطعم حلال في وسط المدينة") == (0, 0)
    said = reflect(
        [
            "مطعم رائع  الاكل ممتاز والموقع في وسط المدينة القديمة. اللحوم غير حلال."
            " الشاي والحلويات ممتازة. العاملين محترمين جدا. المواقف بعيدة شوي عن المدخل."
        ],
        "ar",
    )
    assert "حلال" in said
