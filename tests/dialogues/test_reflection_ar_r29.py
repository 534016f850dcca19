"""Arabic reflections, round 29: the judged first replies' slips.

Constructed reviews only (never a pool or judged message).
"""

from __future__ import annotations

from dialogues.reflection import ar_glue, reflect


def test_a_word_glued_after_thing_or_liking_is_parted() -> None:
    assert ar_glue.parted("وشيءواحد عجبني فيه") == "وشيء واحد عجبني فيه"
    assert ar_glue.parted("اعجبنيالمكان كثير") == "اعجبني المكان كثير"
    said = reflect(["الانتظار طويل بس شيءواحد عجبني فيه الشاي"], "ar")
    assert "شيءواحد" not in said and "شيء واحد" in said


def test_thing_and_liking_with_their_own_suffixes_stay_whole() -> None:
    for text in ("اعجبني المكان", "كل شيء حلو", "عجبتني الفكرة", "الشيء الوحيد"):
        assert ar_glue.parted(text) == text


def test_an_arabic_word_glued_to_a_latin_one_is_two_words() -> None:
    assert ar_glue.parted("اعجبني منظرdolphin") == "اعجبني منظر dolphin"
    assert ar_glue.parted("جربت ccوتشوكليت") == "جربت cc وتشوكليت"
    assert ar_glue.parted("طلبت الLamb") == "طلبت الLamb"  # the article: the customer's way


def test_their_typed_apart_from_a_noun_is_one_word() -> None:
    assert ar_glue.parted("ديكور هم بعد حلو") == "ديكورهم بعد حلو"
    assert ar_glue.parted("حلويات هم سيئه") == "حلوياتهم سيئه"
    said = reflect(["الاكل عادي بس ديكور هم حلو مره"], "ar")
    assert "ديكور هم" not in said


def test_they_after_other_words_is_left_alone() -> None:
    for text in ("الموظفين هم السبب", "من هم افضل", "ولا هم يحزنون"):
        assert ar_glue.parted(text) == text


def test_a_verb_of_worth_closing_its_line_takes_the_word_on_the_next() -> None:
    assert ar_glue.parted("الخدمة ممتازة. يستحق\nجائزة.") == "الخدمة ممتازة. يستحق جائزة."
    said = reflect(["اكل ممتاز ومتنوع. الخدمة سريعة. يستحق\nجائزة."], "ar")
    assert "يستحق جائزة" in said


def test_a_verb_of_worth_before_a_longer_line_is_left() -> None:
    text = "الخدمة ممتازة يستحق\nالاكل لذيذ جدا والاسعار مناسبة"
    assert ar_glue.parted(text) == text


def test_yet_opening_a_line_goes_on_from_the_concession_before_it() -> None:
    text = "مع اني ما احب المشويات ،\nإلا ان المشاوي عندهم خيال"
    assert ar_glue.parted(text) == "مع اني ما احب المشويات، إلا ان المشاوي عندهم خيال"
    said = reflect(
        [
            "طلبنا سفرة كاملة وكانت تشكيلة من كل شي عندهم ،،\n"
            "مع اني اكره الأكل الشعبي ولا احبه ،\n"
            "إلا ان التجربه كانت خياليه من وجهة نظري ،،\nانصح به"
        ],
        "ar",
    )
    assert "«مع اني اكره الأكل الشعبي ولا احبه»" not in said  # never the concession alone
    assert "إلا ان التجربه كانت خياليه" in said


def test_yet_after_an_empty_line_is_left_apart() -> None:
    text = "الاكل عادي\n\nالا ان الخدمة ممتازة"
    assert ar_glue.parted(text) == text


def test_a_bare_advice_after_a_kept_advice_is_not_said_twice() -> None:
    said = reflect(
        [
            "المتحف رائع وانصح كل من يزور المدينة الذهاب الى المتحف ليشاهد القاعات"
            " وتفاصيل المعروضات وكذلك الحدائق اضافه الى قسم الاطفال حيث يدخلك في اجواء"
            " التاريخ وفيه مكتبة كبيرة توجد فيها كتب كثيرة وغير ذلك\nانصح به بشده"
        ],
        "ar",
    )
    assert "تنصح كل من يزور المدينة" in said and "تنصح به بشده" not in said


def test_a_bare_advice_alone_is_kept() -> None:
    said = reflect(["الاكل لذيذ جدا والخدمة سريعة. انصح به بشدة"], "ar")
    assert "تنصح به" in said or "انصح به" in said


def test_some_of_them_stays_with_the_clause_that_named_them() -> None:
    said = reflect(
        [
            "مطعم حلو\nالموظفين بالمطعم ودودين جدا وحريصين على الزبون وبعضهم يتكلم العربيه"
            " عندهم طعام متميز جربت وجبه تطبخ في الفخار وتقدم بطريقة احترافية"
        ],
        "ar",
    )
    assert not any(piece.strip().startswith("وبعضهم") for piece in said.split("،"))


def test_by_my_lord_as_an_oath_is_no_word_of_the_telling() -> None:
    assert ar_glue.parted("الاكل عندهم وربي لذيذ") == "الاكل عندهم لذيذ"
    said = reflect(["جربت عندهم كنافة مع قشطة وربي أحسن من غيرهم"], "ar")
    assert "وربي" not in said and "أحسن" in said


def test_my_lord_acting_or_prayed_to_stays() -> None:
    for text in ("وربي رحمني انه مو زحمه", "وربي لطف وسلم", "وربي يوفقهم", "الجزء الأوربي ثم"):
        assert ar_glue.parted(text) == text
