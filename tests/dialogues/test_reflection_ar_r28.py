"""Arabic reflections, round 28: the judged sample's and the blind gate's slips.

Constructed reviews only (never a pool or judged message).
"""

from __future__ import annotations

from dialogues.reflection import ar_agree, ar_cues, ar_spell, ar_waw, reflect


def test_and_typed_apart_is_joined_in_the_bots_voice() -> None:
    assert ar_waw.joined("الاكل لذيذ و الخدمه ممتازه") == "الاكل لذيذ والخدمه ممتازه"
    assert ar_waw.joined("نظيف و مرتب و مريح") == "نظيف ومرتب ومريح"
    said = reflect(["المطعم نظيف و الاكل لذيذ"], "ar")
    assert "و الاكل" not in said and "والاكل لذيذ" in said


def test_and_before_a_number_or_a_latin_word_stays_apart() -> None:
    for text in ("السعر 20 و 5 ريال للتوصيل", "بيتزا و Pepsi", "ابو علي"):
        assert ar_waw.joined(text) == text


def test_a_quote_keeps_the_customers_spacing() -> None:
    said = reflect(["انصح انك تجرب الستيك و البطاطس و الرز ايضا لذيذ"], "ar")
    assert "«انصح انك تجرب الستيك و البطاطس و الرز ايضا لذيذ»" in said


def test_the_customers_own_poisoning_is_heard_before_a_friends_told_with_and_also() -> None:
    said = reflect(
        [
            "تسممنا انا واخوي بعد العشاء في المطعم. كان طلبنا كبسة و سلطة و عصير برتقال."
            " و كمان جارنا تسمم من نفس المطعم الشهر الماضي."
        ],
        "ar",
    )
    assert "تسممنا انا واخوي بعد العشاء في المطعم" in said


def test_a_poisoning_word_alone_names_the_customers_harm() -> None:
    assert ar_cues.poisoned("اتسممت انا و ثلاث من اصحابي")
    assert ar_cues.poisoned("وتسممنا كلنا")
    assert not ar_cues.poisoned("جالنا اسهال من القرف")


def test_a_masculine_noun_opening_its_clause_takes_a_masculine_adjective() -> None:
    assert ar_agree.agreeing("المطعم جيده ولكن الخدمه بطيئه") == "المطعم جيد ولكن الخدمه بطيئه"
    assert ar_agree.agreeing("الخدمة ممتازة والأكل ممتازة") == "الخدمة ممتازة والأكل ممتاز"


def test_a_construct_a_pair_of_nouns_or_a_quote_keeps_its_agreement() -> None:
    for text in (
        "جودة الطعام سيئة",
        "قائمة الطعام ممتازة",
        "الأجواء والديكور جميلة",
        "قلت: «والأكل ممتازة»",
    ):
        assert ar_agree.agreeing(text) == text


def test_a_feminine_pleased_before_a_masculine_subject_agrees() -> None:
    assert ar_agree.agreeing("أعجبتك هذا المكان في وسط المدينة") == (
        "أعجبك هذا المكان في وسط المدينة"
    )
    for text in ("أعجبتك الفكرة", "أعجبتك المدينة"):
        assert ar_agree.agreeing(text) == text


def test_worst_spelt_with_a_hamza_on_the_line_is_a_complaint() -> None:
    said = reflect(
        [
            "طلبت من المطعم عن طريق التطبيق. برجر الدجاج كان عادي. أما بالنسبة للسمك! "
            "كان اسوء برجر ذقته في حياتي! ما قدرت اكمله! يمكن ارجع بس ما راح اطلب سمك!"
        ],
        "ar",
    )
    assert "اسوء برجر ذقته في حياتي" in said


def test_a_dash_between_two_numbers_is_a_range_not_a_cut() -> None:
    said = reflect(
        ["الاسعار غالية شوي بس يعطون خصم من 10 - 20 % لحاملي البطاقة. التعامل ممتاز."], "ar"
    )
    assert "خصم من 10-20 % لحاملي البطاقة" in said


def test_a_chain_of_numbers_keeps_its_dashes() -> None:
    text = "الاسعار معقولة تتفاوت بين 5 - 8-9 - 10 ريال"
    assert ar_spell.respell(text, ar_spell.known) == text
    assert "10-20 %" in ar_spell.respell("خصم من 10 - 20 % للطلاب", ar_spell.known)


def test_lakinaha_glued_to_the_next_word_is_parted() -> None:
    assert ar_spell.respell("مررنا صدفة ولكنهاأجمل صدفة", ar_spell.known) == (
        "مررنا صدفة ولكنها أجمل صدفة"
    )
    assert ar_spell.respell("لكنهم ممتازين", ar_spell.known) == "لكنهم ممتازين"
