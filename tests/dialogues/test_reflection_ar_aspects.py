"""A long Arabic review said back by its aspects and verdict, only when they read certainly."""

from __future__ import annotations

from dialogues.reflection import reflect
from dialogues.reflection.ar_aspects import summary

_SCENE = "ذهبنا يوم الجمعة مع العائلة بعد صلاة العصر الى هذا المطعم الجديد في شارع التحلية بالرياض"


def test_aspects_in_order_with_but_between_praise_and_criticism() -> None:
    text = f"{_SCENE}. الاكل ممتاز والخدمة بطيئة جدا والاسعار غالية شوي."
    assert summary(text) == "الأكل ممتاز لكن الخدمة بطيئة جداً والأسعار غالية شوي"


def test_one_aspect_with_the_verdict_shifted_to_you() -> None:
    text = f"{_SCENE}. الاكل بارد، ولن اعود اليه"
    assert reflect([text], "ar") == "الأكل بارد، ولن تعود إليه"


def test_do_not_recommend_with_its_adverb() -> None:
    text = f"{_SCENE}. الخدمة سيئة جدا. لا انصح به ابدا"
    assert summary(text) == "الخدمة سيئة جداً، ولا تنصح به أبداً"


def test_a_negated_recommendation_is_not_read_as_one() -> None:
    # «ما انصح فيه» is "I don't recommend it": never «تنصح فيه»
    text = f"{_SCENE}. الخدمة ممتازة. ما انصح فيه"
    assert summary(text) is None


def test_spoken_spelling_said_with_standard_ta_marbuta() -> None:
    text = f"{_SCENE}. الجلسات مريحه والنظافه ممتازه"
    assert summary(text) == "الجلسات مريحة والنظافة ممتازة"


def test_negated_predicate_is_a_criticism() -> None:
    text = f"{_SCENE}. الطعم حلو لكن المكان مو نظيف"
    assert summary(text) == "الطعم حلو لكن المكان مو نظيف"


def test_exaggerated_keeps_its_fih() -> None:
    text = f"{_SCENE}. الاكل لذيذ والاسعار مبالغ فيها"
    assert summary(text) == "الأكل لذيذ لكن الأسعار مبالغ فيها"


def test_a_predicate_with_its_limit_is_not_cut_short() -> None:
    # «نظيف من برا» said as «نظيف» would mislead: the aspect is not said
    text = f"{_SCENE}. المكان نظيف من برا والاكل لذيذ"
    assert summary(text) is None


def test_a_complaint_outside_the_aspects_falls_back() -> None:
    # the hair in the food is the point: a praise-only summary would drop it
    text = f"{_SCENE}. المكان جميل والخدمة سريعة بس لقينا شعرة في الصحن والطعم سيء ومقرف"
    assert summary(text) is None


def test_a_request_is_never_summarised_away() -> None:
    text = f"{_SCENE}. الاكل ممتاز والخدمة بطيئة، واتمنى تحسنون الخدمة"
    assert summary(text) is None


def test_a_place_after_a_preposition_is_not_a_judged_aspect() -> None:
    text = f"{_SCENE}. جلسنا في المكان ساعة كاملة والاكل لذيذ"
    assert summary(text) is None


def test_short_telling_is_not_summarised() -> None:
    assert summary("الاكل ممتاز والخدمة بطيئة") is None


def test_bare_aspect_only_at_a_clause_start() -> None:
    text = f"{_SCENE}.   خدمة رائعة   والاكل لذيذ"
    assert summary(text) == "الخدمة رائعة والأكل لذيذ"
    assert summary(f"{_SCENE} وطلبنا خدمة رائعة والاكل لذيذ") is None


def test_plain_verdicts_join_with_and() -> None:
    text = f"{_SCENE}. الخدمة رائعة والأسعار متوسطة مثل المطاعم الثانية"
    assert summary(text) == "الخدمة رائعة والأسعار متوسطة"


def test_a_hedge_word_is_left_out_and_a_leading_very_said_after() -> None:
    text = f"{_SCENE}. اسعاره جدا معقولة، والاكل عموما حلو"
    assert summary(text) == "الأسعار معقولة جداً والأكل حلو"


def test_two_nouns_judged_together_are_said_together() -> None:
    text = f"{_SCENE}. الطعام والعصيرات ممتازة، الخدمة بطيئة"
    assert summary(text) == "الطعام والعصيرات ممتازة لكن الخدمة بطيئة"


def test_an_unshiftable_verdict_is_said_in_a_quote() -> None:
    # «ما راح ارجع له» cannot be shifted certainly: quoted, never dropped nor half shifted
    text = f"{_SCENE}. الاكل بارد والخدمة بطيئة. ما راح ارجع له"
    assert summary(text) == "الأكل بارد والخدمة بطيئة، وقلت: «ما راح ارجع له»"


def test_a_long_unshiftable_verdict_falls_back() -> None:
    text = f"{_SCENE}. الاكل بارد والخدمة بطيئة. وهذي آخر مرة ازورهم واجيب معي اهلي واصحابي كلهم"
    assert summary(text) is None


def test_product_aspects_and_a_high_price_is_a_complaint() -> None:
    text = f"{_SCENE}. الجودة عالية والبطارية قوية والسعر عالي"
    assert summary(text) == "الجودة عالية والبطارية قوية لكن السعر عالي"


def test_an_opening_judgment_no_aspect_carries_falls_back() -> None:
    # «التابلت رائع» is the review's headline: a summary of the battery and delivery drops it
    text = (
        "التابلت رائع بالنسبة لسعره ومطابق للمواصفات وجه معاه جراب ابيض ... "
        "البطارية ضعيفة نوعا ما ... والتوصيل كان سريع جدا وخلال يومين فقط من الطلب"
    )
    assert summary(text) is None


def test_a_misspelt_fih_is_said_in_its_standard_form() -> None:
    text = f"{_SCENE}. الاكل لذيذ والسعر مبالغ فية"
    assert summary(text) == "الأكل لذيذ لكن السعر مبالغ فيه"


def test_a_worst_ever_headline_is_never_left_out() -> None:
    text = (
        "اسوء مطعم رحتله في حياتي   اسعار مبالغ فيها   اكل مافيه طعم   جلسات تكتم وتجيب البلا"
        "   ماادفع فيه ريال واحد مره ثانيه"
    )
    assert summary(text) is None


def test_one_aspect_with_a_quoted_verdict() -> None:
    text = f"{_SCENE}. الخدمة بطيئة جدا، مارح ارجع له"
    assert summary(text) == "الخدمة بطيئة جداً، وقلت: «مارح ارجع له»"


def test_two_branches_compared_are_never_merged() -> None:
    text = (
        "جربت الفرعين   فرع التحليه الجلسه حلوه والمكان رائع   "
        "فرع خريص الاضاءه كئيبه جدا ومافيه بوفيه والاكل طعمه يختلف"
    )
    assert summary(text) is None


def test_a_second_complaint_outside_the_aspects_falls_back() -> None:
    # the main dishes' failure is the point, though the seating is criticised too
    text = (
        "الجلسات عادية ومصنوعة من الخشب   السقف به إضاءات تشبه النجوم   التعامل جاف وغير ودود"
        "   الطلبات الرئيسية حقيقة كانت غير موفقه والخضار مقتولة سلقاً"
    )
    assert summary(text) is None
