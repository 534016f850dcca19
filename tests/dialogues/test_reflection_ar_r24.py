"""Arabic reflections, round 24: a doubled article, content said twice, scores, openings.

Constructed reviews: «الجميع الناس» is «جميع الناس»; a clause saying again what an earlier
kept clause said is not said twice.
"""

from __future__ import annotations

from typing import NamedTuple

from dialogues.reflection import ar_twice, noise, reflect
from dialogues.reflection.ar_cues import feels


class _U(NamedTuple):
    text: str
    glue: str


def test_a_doubled_article_is_mended() -> None:
    said = reflect(["مطعم تركي ممتاز وانصح الجميع الناس بالذهاب الى هذا المطع"], "ar")
    assert "جميع الناس" in said and "الجميع الناس" not in said
    assert "انصح الجميع بالزيارة" in noise.clean("انصح الجميع بالزيارة", "ar")  # alone: right


def test_content_said_again_is_said_once() -> None:
    review = (
        "أجمل المكتبات وأقدمها وروعة التصميم\n"
        "عرفت باسم مكتبة المدينة الكبرى أو ببساطة المكتبة القديمة أو أكبر مكتبات عصرها، بناها"
        " الملك الأول ويقال انه تم بناؤها على يد ابنه قبل عشرين قرنا ويقال أيضا انه تم بناؤها"
        " في أوائل القرن الثالث. تصميم رائع"
    )
    said = reflect([review], "ar")
    assert "«أجمل المكتبات وأقدمها وروعة التصميم»" in said and "، تصميم رائع" not in said
    assert ar_twice.once([_U("الطعام جيد", ""), _U("الطعام بارد", "")], [0, 1]) == [0, 1]


def test_a_piece_of_a_kept_sentence_or_the_place_judged_is_kept() -> None:
    pieces = [_U("المكان جميل ورائع", ""), _U("وانبسطنا فيه في المكان الجميل الرائع", " ")]
    assert ar_twice.once(pieces, [0, 1]) == [0, 1]  # glued: a cut leaves «وانبسطنا فيه»
    heading = [_U("مطعم بيتزا مميز", ""), _U("لديهم بيتزا مميزة على الفحم", "")]
    assert ar_twice.once(heading, [0, 1]) == [0, 1]  # the place judged: the verdict
    leaning = [_U("افضل مطعم في المدينة", ""), _U("فهي افضل المطاعم في المدينة", "")]
    assert ar_twice.once(leaning, [0, 1]) == [0, 1]  # «فهي …» needs what it leans on
    assert ar_twice.once([_U("حديقة رائعة", ""), _U("الحديقة روعة وكبيرة", "")], [0, 1]) == [1]


def test_dots_after_as_for_are_a_pause_never_a_sentence_end() -> None:
    review = (
        "مطعم سيء جدا ولا انصح به\n"
        "بالنسبة للسعر غالي جدا مقارنة بغيره من المطاعم\n"
        "بالنسبة للجودة ... رديء جدا\n"
        "الموظفين غير محترفين ابدا والطلب تأخر ساعة كاملة"
    )
    assert "بالنسبة للجودة رديء جدا" in noise.clean(review, "ar")
    # closing a sentence, «بالنسبة لي ..» ends it
    assert "بالنسبة لي …" in noise.clean("افضل فرع بالنسبة لي .. الموظفين سريعين", "ar")
    assert "من ناحية الخدمة …" in noise.clean("لا من ناحية الخدمة ... المطعم سيء", "ar")


def test_an_emphatic_inna_opening_a_line_is_not_said() -> None:
    said = reflect(["مطعم هندي رائع\nان الطعام لذيذ جدا وحار والخدمة سريعة"], "ar")
    assert "الطعام لذيذ جدا" in said and "ان الطعام" not in said
    assert noise.clean("ان كنت تحب الحار فهذا مطعمك", "ar").startswith("ان كنت")  # "if"
    assert noise.clean("ان شاء الله ارجع له", "ar").startswith("ان شاء الله")


def test_a_word_on_the_sites_length_rule_is_not_said_back() -> None:
    review = "الشوربة كانت اطعم من قبل سنة\nياريتها ترجع زي اول\nمو لازم 100 حرف يعني"
    said = reflect([review], "ar")
    assert "حرف" not in said and "ياريتها ترجع" in said
    cleaned = noise.clean("الكنيسة صغيرة ملحوظة لن استطيع كتابة 50 كلمة لكل مكان", "ar")
    assert cleaned.strip() == "الكنيسة صغيرة"
    assert "9 حروف" in noise.clean("اللوحة تتسع لعدد 9 حروف فقط", "ar")  # told of the place


def test_a_wish_never_to_have_tried_is_a_feeling_heard() -> None:
    assert feels("وليتني ماجربت") and feels("يا ليتني ما دخلت")
    assert not feels("ليتني اقدر ارجع له")  # a wish to go back, no regret
    review = (
        "نزلوا عرض برجر بخمسة ريال فقلت خليني اجرب .. وليتني ماجربت\n"
        "أخذت برجر لحم طبقتين بخمسة ريال والحجم صغير جداً خلاف الصورة\n"
        "والطعم عادي والخبز ناشف والبطاطس باردة والمشروب بدون ثلج"
    )
    assert "ليتني ماجربت" in reflect([review], "ar")


def test_a_score_typed_with_a_dash_is_said_out_of_ten() -> None:
    cleaned = noise.clean("الخدمة 8-10\nالاسعار: 7-10", "ar")
    assert "الخدمة 8 من 10" in cleaned and "الاسعار: 7 من 10" in cleaned
    for untouched in ("وصلنا الساعة 9-10 تقريبا", "الانتظار 5-10 دقائق", "العمل 10-10"):
        assert noise.clean(untouched, "ar") == untouched, untouched
