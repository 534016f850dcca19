"""Arabic reflections, round 22: wishes for the place and prayers set between dashes.

Constructed reviews: a line wishing the place success («اتمنى لهم التوفيق»، «نرجو له مزيد من
التقدم») is a courtesy, never a point said back, but a wish against it («اتمنى له الافلاس») is
kept; «بالتوفيق ان شاء الله» or «شكرا للادارة» closing a sentence is left out of it; a prayer
between dashes («- هداهم الله -») is an aside, so the sentence around it stays one clause.
"""

from __future__ import annotations

from dialogues.reflection import ar_edges, noise, reflect
from dialogues.reflection.courtesy import COURTESY


def test_a_wish_for_the_place_is_no_point() -> None:
    for wish in (
        "اتمنى لهم التوفيق",
        "ونرجو له مزيد من التقدم",
        "تمنياتي لهم بالتوفيق!",
        "التوفيق لكم و النجاح",
        "بالتوفيق و الى الأمام دائماً",
    ):
        assert COURTESY["ar"].match(wish), wish
    review = "البرجر لذيذ جدا والخدمة سريعة\nالاسعار مرتفعة شوي\nاتمنى لهم التوفيق ومزيدا من النجاح"
    said = reflect([review], "ar")
    assert "التوفيق" not in said and "النجاح" not in said
    assert "الاسعار مرتفعة" in said


def test_a_wish_against_the_place_or_a_point_after_the_wish_is_kept() -> None:
    for kept in ("اتمنى له الافلاس قريباً", "بالتوفيق واذا تبون طباخ انا موجود", "النجاح مضمون"):
        assert not COURTESY["ar"].match(kept), kept
    said = reflect(["الاكل بارد والخدمة بطيئة\nاتمنى له الافلاس قريباً"], "ar")
    assert "الافلاس" in said


def test_a_wish_or_thanks_closing_a_sentence_is_left_out_of_it() -> None:
    assert noise.trim_edges("مطعم ناجح بالتوفيق ان شاء الله", "ar") == "مطعم ناجح"
    assert noise.trim_edges("الموظفين محترمين شكرا جزيلا للادارة", "ar") == "الموظفين محترمين"
    said = reflect(["الشاورما لذيذة والاسعار معقولة مطعم ناجح بالتوفيق ان شاء الله"], "ar")
    assert "بالتوفيق" not in said and "شاء الله" not in said and "معقولة" in said


def test_a_prayer_between_dashes_is_an_aside_inside_one_clause() -> None:
    text = noise.clean("الموظفين - الله يهديهم - ما يردون على التلفون ابدا", "ar")
    assert "الموظفين ما يردون على التلفون" in " ".join(text.split())
    said = reflect(["المكان زحمة دايما\nالموظفين - الله يهديهم - ما يردون على التلفون ابدا"], "ar")
    assert "الموظفين ما يردون" in " ".join(said.split())


def test_a_list_between_dashes_stays_a_list() -> None:
    cleaned = noise.clean("طلبنا بيتزا - برجر - عصير وكله بارد", "ar")
    assert "برجر" in cleaned


def test_a_so_glued_to_the_opening_word_is_not_said() -> None:
    assert ar_edges.without_opening_waw("فالمطعم أصبح سيء جدا") == "المطعم أصبح سيء جدا"
    assert ar_edges.without_opening_waw("فهناك مطعم للوجبات السريعة") == "هناك مطعم للوجبات السريعة"
    assert ar_edges.without_opening_waw("فانصحك بالبرجر") == "انصحك بالبرجر"
    # words of their own keep their «ف»
    for own in (
        "فالاخير انصحكم به",
        "فندق رائع جدا",
        "فيه زحمة",
        "فطور لذيذ",
        "فعلا ممتاز",
        "فان كبير",
    ):
        assert ar_edges.without_opening_waw(own) == own
    said = reflect(["فالمستوى واحد في جميع الفروع وكل المدن"], "ar")
    assert "فالمستوى" not in said


def test_an_and_glued_to_a_madda_word_opening_the_reflection_is_not_said() -> None:
    # «وآسعاره»: «و» before a word typed with «آ» for «ا» is a link like «واسعاره»
    assert ar_edges.without_opening_waw("وآسعاره غاليه") == "آسعاره غاليه"
    assert ar_edges.without_opening_waw("واضح انهم مهتمين") == "واضح انهم مهتمين"


def test_a_wish_closing_a_sentence_goes_but_one_leading_its_clause_stays() -> None:
    assert noise.trim_edges("مشروع ناجح اتمنى له التوفيق", "ar") == "مشروع ناجح"
    assert noise.trim_edges("مطعم جميل واتمنى لهم التوفيق والنجاح", "ar") == "مطعم جميل"
    # «اتمنى لهم التوفيق في …» leads its own clause: never cut to a fragment «في …»
    kept = "اتمنى لهم التوفيق في هذا الرقي في التعامل"
    assert noise.trim_edges(kept, "ar") == kept
