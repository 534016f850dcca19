"""A long Arabic review said back nearly whole: its core clauses, the rest named as topics.

Constructed cases for ar_core: where the clauses kept would echo a review of 30 words or more,
a clause told in passing (an aspect praised, no complaint, feeling, verdict or request) gives
way when the tail can name what it spoke of; the complaint after «لكن», a closing line with no
verdict before it, the place judged and a clause the tail cannot name are always kept.
"""

from __future__ import annotations

from dialogues.reflection import clauses, reflect
from dialogues.reflection.ar_core import _aside, core

_PRAISED = (
    "ممتاز وانصح به\n"
    "المطعم من افضل المطاعم في المدينة من حيث قائمة الطعام وتنوعها وتعدد الاطباق من المشويات"
    " والسلطات والمقبلات الشرقية والحلويات اللذيذة والطاقم الممتاز كذلك"
)


def test_an_aside_after_the_verdict_gives_way_to_its_named_topic() -> None:
    said = reflect([_PRAISED], "ar")
    assert said.startswith("ممتاز وتنصح به، المطعم من افضل المطاعم في المدينة")
    assert "المشويات" not in said and "الحلويات" not in said  # no echo of the whole review
    assert said.endswith("وتحدثت أيضاً عن الطاقم")  # what gave way is named, not dropped


def test_a_review_under_thirty_words_is_untouched() -> None:
    short = (
        "ممتاز وانصح به\nالمطعم من افضل المطاعم في المدينة من حيث قائمة الطعام وتنوعها"
        " والطاقم الممتاز"
    )
    units = clauses._units([short], "ar")
    assert core(units, whole=True) == list(units)
    assert "الطاقم الممتاز" in reflect([short], "ar")


def test_a_closing_aside_with_no_verdict_before_it_stays() -> None:
    # the last line judges the review when nothing before it did: never the part that goes
    review = (
        "زرته مع العائلة والاصدقاء في عطلة نهاية الاسبوع الماضي بعد العمل مباشرة مع الجميع\n"
        "المطعم جميل من حيث قائمة الطعام وتنوعها"
        " وتعدد الاطباق من المشويات والسلطات والمقبلات الشرقية والحلويات اللذيذة والطاقم الممتاز"
    )
    units = clauses._units([review], "ar")
    assert sum(len(u.text.split()) for u in units) >= 30
    assert not _aside(units, len(units) - 1)
    assert "الطاقم الممتاز" in reflect([review], "ar")


def test_a_complaint_a_turn_or_a_verdict_is_never_an_aside() -> None:
    units = clauses._units(
        [
            "المطعم نظيف\nالخدمة بطيئة جدا والاكل بارد\nلكن الاسعار لازم تكون اقل شوي\n"
            "لا انصح به\nوالطاقم يستاهل التعامل\nالخدمة جيدة والاكل ساخن\nالديكور جميل"
        ],
        "ar",
    )
    texts = [u.text for u in units]
    for i, text in enumerate(texts):
        if any(cue in text for cue in ("بطيئة", "لكن", "لا انصح", "يستاهل", "المطعم")):
            assert not _aside(units, i), text  # «لكن الاسعار …» holds no complaint word
    assert _aside(units, texts.index("الخدمة جيدة والاكل ساخن"))  # an aspect told in passing


def test_nothing_goes_that_the_tail_cannot_name() -> None:
    # praise of dishes the tail has no topic noun for: never an aside, said as ar_choice keeps it
    units = clauses._units(
        ["ممتاز وانصح به\nالمطعم في المدينة\nوتعدد المشويات والسلطات والحلويات اللذيذة كذلك"],
        "ar",
    )
    assert not _aside(units, 1)
    assert not _aside(units, 2)
    units = clauses._units([_PRAISED], "ar")
    assert _aside(units, 2)  # the same praise naming «الطاقم»: it may give way
