"""Arabic reflections, round 27: a bare score given its label, and the judged sample's slips.

Constructed reviews only (never a pool or judged message).
"""

from __future__ import annotations

from typing import NamedTuple

from dialogues.reflection import (
    ar,
    ar_aspects,
    ar_cues,
    ar_edges,
    ar_leads,
    ar_marks,
    ar_readers,
    ar_scores,
    noise,
    reflect,
)


class _U(NamedTuple):
    text: str
    glue: str


def test_a_score_opening_a_piece_is_said_as_the_customers_rating() -> None:
    assert ar_scores.labelled("٨ من ١٠ والاسعار مقبولة") == "تقييمك ٨ من ١٠ والاسعار مقبولة"
    assert ar_scores.labelled("٢ من ١٠ الرز بارد") == "تقييمك ٢ من ١٠، الرز بارد"
    assert ar_scores.labelled("4/10 على معظم الاطباق") == "تقييمك 4/10 على معظم الاطباق"
    assert ar_scores.labelled("10 / 10") == "تقييمك 10 / 10"
    assert ar_scores.labelled("وقلت: «7 من 10»") == "وتقييمك 7 من 10"


def test_a_score_with_its_label_or_inside_a_quote_is_left_alone() -> None:
    for piece in ("الاكل 9/10 والخدمة ١٠/١٠", "قلت: «3 من 10 الخدمة بطيئة»", "2020 من الزبائن"):
        assert ar_scores.labelled(piece) == piece


def test_a_closing_bare_score_in_a_review_is_the_customers() -> None:
    said = reflect(["المطعم سيء جدا والاكل بارد ولا انصح فيه ابدا. ٠ من ١٠"], "ar")
    assert "تقييمك ٠ من ١٠" in said
    assert "، ٠ من ١٠" not in said


def test_poisoning_told_with_the_colloquial_alef_is_harm() -> None:
    assert ar_cues.harms("اتسممت انا واخوي من الاكل")
    assert ar_cues.harms("قبل يومين اكلنا عندهم و اتسممنا")
    assert not ar_cues.harms("اتسمع صوت الموسيقى من بعيد")


def test_a_quoted_clause_opening_on_a_bare_and_is_said_with_one_word() -> None:
    said = reflect(["القهوة ممتازة. و نحب نجلس في الجلسات الخارجية كل ويكند."], "ar")
    assert "، وقلت: «نحب نجلس في الجلسات الخارجية" in said
    assert "و قلت" not in said and "« " not in said


def test_size_typed_with_two_letters_swapped_is_mended() -> None:
    said = reflect(["الاكل طيب والسعر معقول للجحم ، والخدمة سريعة"], "ar")
    assert "للحجم" in said and "جحم" not in said.replace("حجم", "")


def test_a_face_with_eyes_shut_is_noise() -> None:
    assert "×_×" not in noise.clean("الاكل بارد والخدمة سيئة ×_× ما انصح فيه", "ar")
    assert "T_T" not in noise.clean("انتظرنا ساعة كاملة T_T", "ar")
    assert "TX_1" in noise.clean("طلبت جهاز TX_1 ووصل خربان", "ar")


def test_a_vowel_mark_held_is_dropped() -> None:
    said = reflect(["جربنا محل العصيراًًً والموز كان طازج جداًً والسعر حلو"], "ar")
    assert "ًً" not in said and "جدا" in said


def test_a_full_stop_typed_before_its_word_is_mended_in_the_reply_only() -> None:
    assert ar_marks.tidied("القهوة مضبوطة والله .الحلا خفيف") == "القهوة مضبوطة والله، الحلا خفيف"
    quoted = "قلت: «الاكل بارد .الخدمة سيئة»"
    assert ar_marks.tidied(quoted) == "قلت: «الاكل بارد. الخدمة سيئة»"
    assert ar_marks.tidied("السعر 4 .5 ريال") == "السعر 4 .5 ريال"  # no letters around it
    said = reflect(["الكافيه هادي والقهوة مضبوطة والله .الحلا خفيف"], "ar")
    assert " ." not in said


def test_a_then_cut_from_the_step_before_it_does_not_open_the_piece() -> None:
    assert (
        ar_edges.without_opening_waw("ثم مشينا للسوق القديم مع الاهل")
        == "مشينا للسوق القديم مع الاهل"
    )
    assert ar_edges.without_opening_waw("وثم خرجنا") == "خرجنا"
    assert ar_edges.without_opening_waw("ثمن الوجبة غالي") == "ثمن الوجبة غالي"


def test_a_try_told_to_other_readers_is_quoted() -> None:
    assert ar_readers.addressed("ما انصح بالمندي حاول تطلب المظبي")
    assert ar_readers.addressed("حاول أن تتصل قبل ما تروح")
    assert not ar_readers.addressed("حاولت اكلمهم وما ردوا")
    said = reflect(["الشوربة مالحة جدا. ما انصح بالمندي حاول تطلب المظبي افضل"], "ar")
    assert "«ما انصح بالمندي حاول تطلب المظبي افضل»" in said


def test_a_feminine_aspect_summed_up_takes_a_feminine_adjective() -> None:
    assert ar_aspects._agreeing("عالي") == "عالية"
    assert ar_aspects._agreeing("جيد جداً") == "جيدة جداً"
    assert ar_aspects._agreeing("ممتازة وسريعة") == "ممتازة وسريعة"


def test_only_after_a_measure_stays_at_the_clause_end() -> None:
    assert ar_edges.without_trailing_link("لازم تطلع بعد ساعة بس") == "لازم تطلع بعد ساعة بس"
    assert ar_edges.without_trailing_link("الوجبة بـ 25 ريال بس") == "الوجبة بـ 25 ريال بس"
    assert ar_edges.without_trailing_link("الاكل طيب بس") == "الاكل طيب"


def test_an_underscore_set_apart_is_a_comma_in_the_reply() -> None:
    assert ar_marks.tidied("الكنافة _ والله نار") == "الكنافة، والله نار"
    assert ar_marks.tidied("المواقف قليلة_ لكن المحل واسع") == "المواقف قليلة، لكن المحل واسع"
    assert ar_marks.tidied("حساب user_name مقفل") == "حساب user_name مقفل"


def test_underscores_around_an_aside_or_closing_a_piece_leave_none_behind() -> None:
    paired = "الشاورما لذيذة _ تبارك الله _، والعصير طازج"
    assert ar_marks.tidied(paired) == "الشاورما لذيذة، تبارك الله، والعصير طازج"
    assert ar_marks.tidied("الكرسي للاطفال متوفر _.اكيد نرجع") == "الكرسي للاطفال متوفر، اكيد نرجع"
    quoted = "قلت: «الموقف مجاني _.اكيد نرجع»"
    assert ar_marks.tidied(quoted) == "قلت: «الموقف مجاني. اكيد نرجع»"
    assert ar_marks.tidied("الحلا ممتاز _، والقهوة عادية") == "الحلا ممتاز، والقهوة عادية"


def test_an_underscore_the_rule_cannot_place_leaves_the_reply_as_it_was() -> None:
    face = "الكنافة _ والله نار ^_^ ننصح فيها"
    assert ar_marks.tidied(face) == face


def test_the_customers_own_i_in_english_or_french_is_quoted() -> None:
    assert (
        reflect(["I love المطعم هذا والاكل لذيذ"], "ar") == "قلت: «I love المطعم هذا والاكل لذيذ»"
    )
    assert ar_readers.addressed("j'adore المكان والخدمة ممتازة")
    assert ar_readers.addressed("my favorite مطعم في جدة")
    assert not ar_readers.addressed("المطعم nice والاكل حلو")


def test_laughter_typed_as_ha_is_noise() -> None:
    assert "هع" not in noise.clean("الاكل بارد والخدمة بطيئة هع هع", "ar")
    assert "هع" not in noise.clean("طلبنا مرتين وما وصل شي هع.. والتوصيل غالي", "ar")
    assert "هعهع" not in noise.clean("الحلا مره حلو هعهع", "ar")


def test_a_we_verb_is_quoted_never_left_unshifted() -> None:
    assert ar.shift("احلى شي في الحديقة ان نشاهد الغروب", False) is None
    assert ar.shift("كنا نلعب هناك طول اليوم", False) is None


def test_a_name_signed_under_the_thanks_is_never_said_back() -> None:
    review = "المكان رائع والخدمة ممتازة والاسعار رخيصة\nشكرا لصاحب المكان على الضيافة\nسارة خالد"
    said = reflect([review], "ar")
    assert "سارة" not in said and "المكان رائع" in said
    told = "المكان رائع والخدمة ممتازة\nالاسعار رخيصة جدا"  # no thanks above: a line of its own
    assert "رخيصة جدا" in reflect([told], "ar")


def test_and_also_opening_a_sentence_keeps_the_complaint_before_as_its_lead() -> None:
    units = [_U("لكن المحل كل شهر يزيد سعر القهوة", ""), _U("و أيضا يحتاج مقاعد اكثر", "")]
    assert ar_leads.needs_lead(units, 1) == 0


def test_a_score_after_a_piece_naming_the_rating_is_joined_to_it_not_labelled_again() -> None:
    pieces = ["الشاي بارد", "تقييمك من عشرة", "1/10"]
    assert ar_scores.labelled_all(pieces) == pieces
    assert ar_scores.joined("الشاي بارد، تقييمك من عشرة، 1/10") == "الشاي بارد، تقييمك من عشرة 1/10"
    assert ar_scores.labelled_all(["الشاي بارد", "1/10"]) == ["الشاي بارد", "تقييمك 1/10"]
    assert ar_scores.joined("الشاي بارد، 1/10") == "الشاي بارد، 1/10"
    said = reflect(["الفطاير يابسة والعصير مويه\nتقييمي من عشرة   1/10"], "ar")
    assert "تقييمك من عشرة 1/10" in said and said.count("تقييم") == 1


def test_then_before_advice_to_the_restaurant_is_kept() -> None:
    assert ar_edges.without_opening_waw("ثم ارفع سعر القهوة") == "ثم ارفع سعر القهوة"
    assert ar_edges.without_opening_waw("ثم زودوا الكمية شوي") == "ثم زودوا الكمية شوي"
    assert ar_edges.without_opening_waw("ثم غير الطباخ") == "ثم غير الطباخ"
    assert ar_edges.without_opening_waw("ثم ارتفعت الحرارة") == "ارتفعت الحرارة"


def test_a_score_whose_label_follows_it_is_not_labelled_again() -> None:
    from dialogues.reflection.ar_scores import labelled

    assert labelled("9/10 تقييمك لهم") == "9/10 تقييمك لهم"
    assert labelled("٨ من ١٠ وأسعاره معقولة").startswith("تقييمك ٨ من ١٠")
