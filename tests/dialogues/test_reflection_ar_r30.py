"""Arabic reflections, round 30: the judged main points and fragments.

Constructed reviews only (never a pool or judged message).
"""

from __future__ import annotations

from dialogues.reflection import ar, ar_cues, ar_split, noise, reflect


def test_the_biggest_flaw_named_first_is_the_point() -> None:
    assert ar_cues.important("أكبر عيب فيه إنه دسم ودهن")
    assert ar_cues.important("واكبر مشكلة عندهم الانتظار")
    assert not ar_cues.important("أكبر مطعم في المدينة")
    assert not ar_cues.important("عيب صغير في الصحن")


def test_a_review_opening_on_its_biggest_flaw_keeps_it_among_the_pros() -> None:
    said = reflect(
        [
            "أكبر عيب فيه إنه دســـــم ودهن\n"
            "غالبا أطلب منهم للبيت وطلبي برجر لحم مع جبنة وماشي حاله من ناحية الزيت، لكن مرة"
            " جلست في المطعم وطلبت ستيك مشوي وكان كله زيت ما قدرت أكمله\n\n"
            "مميزاته:\nالبطاطس المقلية لذيذة إذا كانت حارة 8 من 10\n"
            "والكنافة رائعة وخفيفة 9 من 10\nالتوصيل سريع"
        ],
        "ar",
    )
    assert "أكبر عيب فيه إنه دسم ودهن" in said


def test_advice_after_its_condition_is_never_cut_from_it() -> None:
    sentence = "لكن إذا تدور برجر مشوي على الفحم فأنصحك بطلب الكباب بدلا عنه من المطعم نفسه اليوم"
    assert ar_split.split(sentence) == [(sentence, "")]
    said = reflect(
        [
            "المطعم جديد في الحي والمكان واسع ومرتب والجلسات مريحة والموظفين محترمين جدا مع"
            " الزبائن. البرجر عندهم عادي ما فيه شي مميز والصوص كثير. اذا تبي برجر خفيف أنصحك"
            " فيه لكن إذا تدور برجر مشوي على الفحم فأنصحك بطلب الكباب بدلا عنه"
        ],
        "ar",
    )
    assert "«أنصحك بطلب الكباب" not in said


def test_advice_with_no_condition_before_it_is_still_its_own_clause() -> None:
    pieces = ar_split.split(
        "المكان جميل جدا والأكل لذيذ جدا والأسعار معقولة جدا فأنصحكم بزيارته مع العائلة والأصدقاء"
    )
    assert [p for p, _ in pieces][-1].startswith("فأنصحكم")


def test_a_we_verb_after_if_or_a_relative_is_quoted_never_half_shifted() -> None:
    assert ar.shift("كل عائلتي تحب المطعم حتى لو نغير مطعم") is None
    assert ar.shift("الطعم المحلي الذي نفخر به") is None
    assert ar.shift("الكرتونه اللي نمسك فيها البرجر عجبتني") is None


def test_a_noun_after_if_is_no_we_verb() -> None:
    assert ar.shift("أنا طلعت مرتين لو نفسك قصير لا تطلع") is not None
    assert ar.shift("المكان جميل لو نظافته أحسن") is not None


def test_a_slash_after_the_basmala_goes_with_it() -> None:
    assert noise.trim_edges("بسم الله الرحمن الرحيم / المطعم نظيف والخدمة ممتازة", "ar") == (
        "المطعم نظيف والخدمة ممتازة"
    )
    said = reflect(["بسم الله الرحمن الرحيم / المطعم نظيف والخدمة ممتازة والاسعار مناسبة"], "ar")
    assert not said.lstrip("«").startswith("/") and "/" not in said


def test_a_slash_after_a_formula_stays_in_english() -> None:
    assert noise.trim_edges("thanks / the app crashes", "en").startswith("/")


def test_how_are_you_opening_a_review_is_a_greeting() -> None:
    assert noise.trim_edges("كيفكم حبايبي المطعم جنان ولذيذ مره", "ar") == "المطعم جنان ولذيذ مره"
    said = reflect(["السلام عليكم كيفكم حبايبي المطعم جنان ولذيذ مره خاصه المشاوي"], "ar")
    assert "كيفكم" not in said and "المطعم جنان" in said


def test_food_and_its_taste_are_one_topic_in_the_tail() -> None:
    said = reflect(
        [
            "من أحسن المطاعم الهندية اللي جربتها في المدينة\nيعيبه ان جلساته قديمه والكراسي تتحرك"
            " ليتهم يجددون الديكور شوي\n\nالاكل جدا روعه بالذات البرياني والتكا\nهذي حكاية بروحها"
            " طعمها خيالي كان بصراحه\n\nالاستقبال كان حلو\n\nكلما حبيت اكل هندي ازوره"
        ],
        "ar",
    )
    assert "الأكل والطعم" not in said and "وتحدثت أيضاً عن الأكل والاستقبال" in said


def test_bi_typed_apart_before_the_article_is_the_preposition() -> None:
    said = reflect(["مطعم صغير جدا ولا توجد مطاعم في العالم بي الصغر دا والاكل لذيذ"], "ar")
    assert "بك الصغر" not in said and "بالصغر" in said
    said = reflect(["جميلة يمكن ان تسبح وتلهو بي كلي شيء والطعام هناك لذيذ جدا"], "ar")
    assert "بك كلي" not in said and "بكل شيء" in said


def test_bi_meaning_me_is_still_shifted() -> None:
    said = reflect(["الموظف رحب بي بشكل رائع"], "ar")
    assert "رحب بك بشكل رائع" in said


def test_luxury_and_cheerfulness_are_no_material_or_screen() -> None:
    from dialogues.reflection import topics

    assert topics._topics("المكان فيه فخامة وعندهم بشاشة", "ar") == []
    assert topics._topics("الشاشة كبيرة والخامة ممتازة", "ar") != []
