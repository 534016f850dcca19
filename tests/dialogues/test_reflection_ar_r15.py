"""Arabic reflections, round 15: words kept whole — a held vowel, a name, a typed heart.

Constructed reviews: a long vowel held inside a word («فلووووسنا») is the word's own, never a
cut that breaks it in two; «ابي» after «بن/ابن» is part of a name («علي بن أبي طالب»), never
shifted to «تبي» (you want); a heart typed right to left («3>») is no word to say back; the
dialect future «مش حاكرر» ("I won't repeat") is "I": quoted, never left beside a shifted «عندك».
Satisfaction («راضي»، «استحسان») is praise, so a review is heard by it, not by its setting.
A part cut from a long clause never opens on «إلا أنها …», which leans on the concession before.
"""

from __future__ import annotations

from dialogues.reflection import noise, reflect


def test_a_long_vowel_held_inside_a_word_keeps_the_word_whole() -> None:
    assert noise.clean("ونعطيه فلووووسنا", "ar") == "ونعطيه فلوسنا"
    assert noise.clean("الحلوى الفاااااخرة", "ar") == "الحلوى الفاخرة"
    assert noise.clean("قررنا مقااااطعة المطعم", "ar") == "قررنا مقاطعة المطعم"
    said = reflect(["ادمنت الشووووووربة حقتهم والساتيه لذيذ"], "ar")
    assert "الشوربة" in said and "الشو ربة" not in said


def test_a_held_vowel_after_a_whole_word_still_ends_that_word() -> None:
    # «حلو» and «ما» are words of their own: the held vowel ended them, the next word follows
    assert noise.clean("الخدمة حلووووالاكل لذيذ", "ar") == "الخدمة حلو الاكل لذيذ"
    assert noise.clean("الزحمة ماااااتاخذ راحتك", "ar") == "الزحمة ما تاخذ راحتك"


def test_abi_in_a_name_is_never_shifted() -> None:
    said = reflect(["وهنا مرقد الامام الحسين بن علي ابن ابي طالب"], "ar")
    assert "ابن ابي طالب" in said and "تبي" not in said
    said = reflect(["زرت مسجد علي بن أبي طالب وكان رائع"], "ar")
    assert "بن أبي طالب" in said and "تبي" not in said


def test_abi_meaning_i_want_is_still_shifted() -> None:
    said = reflect(["ابي اكل برجر"], "ar")
    assert "تبي اكل برجر" in said


def test_a_heart_typed_right_to_left_is_not_said_back() -> None:
    said = reflect(["أصابع الموزريلا حقتهم لذيذة تجنن 3&gt; .."], "ar")
    assert "3>" not in said and "تجنن" in said
    said = reflect(["الجلسات رائعه خصوصا في النهار 3>"], "ar")
    assert "3" not in said and "النهار" in said


def test_the_dialect_future_i_is_quoted_never_half_shifted() -> None:
    said = reflect(["الاكل عادي وبما ان الاكل عندي مهم ف مش حاكرر الزياره مره اخرى"], "ar")
    assert "«" in said and "مش حاكرر" in said and "عندك" not in said
    said = reflect(["الحارة نظيفة والمحل حلو"], "ar")  # «الحارة» is a street, no future
    assert "«" not in said


def test_satisfaction_is_praise_so_a_review_is_heard_by_it() -> None:
    review = (
        "زرت فرع الشمال بجدة، قسم الأفراد، وقت العشاء.\n"
        "سعر الوجبة للفرد وقت العشاء : ٦٠ ريال . ووقت الفطور : ٣٠\n"
        "والأطفال من ٤ سنوات إلى ١٠ سنوات مجانا.\n"
        "الأطباق مع أنها قليلة في الفطور, إلا أنها لاقت استحسان الأصدقاء, والكل راضي تماما.\n"
        "لديهم أنواع من المعجنات والعصائر وأنواع من القهوة."
    )
    said = reflect([review], "ar")
    # never «الأطباق مع أنها قليلة في الفطور» alone: the turn to "everyone was satisfied" is heard
    assert "والكل راضي تماما" in said and "استحسان" in said
    assert "زرت فرع" not in said and "ريال" not in said


def test_a_part_cut_from_a_long_clause_never_opens_on_illa_annaha() -> None:
    review = (
        "زرت فرع الشمال بجدة، قسم الأفراد، وقت العشاء.\n"
        "سعر الوجبة للفرد وقت العشاء : ٦٠ ريال . ووقت الفطور : ٣٠\n"
        "والأطفال من ٤ سنوات إلى ١٠ سنوات مجانا.\n"
        "الأطباق مع أنها في الفطور أقل من العشاء, إلا أنها لاقت استحسان الجميع, "
        "والكل راضي تماما.\n"
        "لديهم أنواع من المعجنات والعصائر وأنواع من القهوة."
    )
    said = reflect([review], "ar")
    # «إلا أنها …» ("yet it …") leans on the concession before it: both, or neither
    assert "«إلا أنها" not in said and "إلا أنها لاقت استحسان" in said
    assert "الأطباق مع أنها في الفطور أقل من العشاء" in said
