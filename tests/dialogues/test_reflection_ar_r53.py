"""Arabic round 53: a let-down a review tells is kept in its reflection.

Constructed cases: «ولم يعجبني …» ("and I did not like …") is a complaint like «لم يعجبني»,
so a mixed review is no longer heard as all praise.
"""

from __future__ import annotations

from dialogues.reflection import ar_choice
from dialogues.reflection.units import Unit


def test_a_negator_joined_to_its_and_denies_the_praise() -> None:
    for text in ("ولم يعجبني ضيق المكان", "فلم يعجبني الطعم"):
        negative, positive = ar_choice.polarity(text)
        assert negative >= 2 and positive == 0


def test_a_mixed_review_keeps_its_let_down() -> None:
    units = [
        Unit("الفطور رائع والخبز طازج والقهوة ممتازة جدا", 0, False, 0, ""),
        Unit("عجبني الجو العام للمكان", 1, False, 0, "، "),
        Unit("ولم يعجبني ضيق المكان وانعدام الخصوصية", 2, False, 0, " "),
        Unit("اعتبره من افضل الاماكن للافطار في المدينة", 3, False, 0, "، "),
    ]
    assert 2 in ar_choice.choose(units)


def test_a_flaws_heading_after_praise_opens_its_own_clause() -> None:
    from dialogues.reflection import ar_flaw

    run = "المكان نظيف والحديقة لطيفة ومنطقة العاب جيدة عيوب الأسعار ارتفعت بطريقة مبالغ فيها"
    assert ar_flaw.cut([(run, "")]) == [
        ("المكان نظيف والحديقة لطيفة ومنطقة العاب جيدة", ""),
        ("عيوب الأسعار ارتفعت بطريقة مبالغ فيها", " "),
    ]


def test_flaws_denied_had_or_a_verbs_subject_are_no_heading() -> None:
    from dialogues.reflection import ar_flaw

    for run in (
        "المنتج ممتاز جدا وسعره مناسب ولا يوجد به اي عيوب الحمد لله",
        "السلعه سيئة وغير قابله للاستخدام لوجود عيوب الصناعه في الخامات",
        "لا بأس بها ولم يتم تجربتها ولا تتضح العيوب الابعد فترة من الاستخدام",
    ):
        assert ar_flaw.cut([(run, "")]) == [(run, "")]


def test_broken_in_the_feminine_is_a_complaint() -> None:
    for text in ("يعني السلعه خربانه", "البطارية خربانة ومتوقفه"):
        assert ar_choice.polarity(text)[0] >= 2
