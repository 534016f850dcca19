"""Arabic reflections, round 16: keys typed twice, a smile, the «س» future, «لن», another script.

Constructed reviews: no word opens on a consonant written twice, so «ششحم»، «السساعة» are a
key typed twice and said as «شحم»، «الساعة» (the prefix letters of «ممتاز»، «تتأخر»، «للمطعم»
and «وددنا»، «كررت» keep theirs); a consonant pair beside a held key («مطططععم») is held too;
«بسس» is «بس»; «ذذ» is a typed smile; «سازوره» ("I will visit it") is "I", so the clause is
quoted, never half shifted beside «اعجبك»; «لا اكرر التجربه» is "I won't": «لن تكرر», never the
habit «أنت لا تكرر»; a review written in another script gets no Arabic
frame around it.
"""

from __future__ import annotations

from dialogues.reflection import noise, reflect


def test_a_consonant_typed_twice_opening_a_word_is_written_once() -> None:
    assert noise.clean("بعد السساعة 8 تطلع ششحم", "ar") == "بعد الساعة 8 تطلع شحم"
    assert noise.clean("جاء بششكل سريع والججانق لذيذ", "ar") == "جاء بشكل سريع والجانق لذيذ"


def test_a_prefix_letter_before_its_own_letter_keeps_both() -> None:
    text = "ممتاز ومميز تتأخر الطلبات ننصح به للمطعم فرع وددنا لو كررت الزيارة اكسسوار"
    assert noise.clean(text, "ar") == text


def test_a_consonant_pair_beside_a_held_key_is_held_too() -> None:
    assert noise.clean("هو مطططععم حلو", "ar") == "هو مطعم حلو"
    assert noise.clean("الاكل الكثثييير", "ar") == "الاكل الكثير"
    # a vowel pair is the word's own spelling («طاووق»), and a word held nowhere keeps its pair
    assert "طاووق" in noise.clean("شيش طاااووق", "ar")
    assert noise.clean("عدد الطاولات قليل", "ar") == "عدد الطاولات قليل"


def test_bss_is_but_and_a_typed_smile_is_no_word() -> None:
    said = reflect(["المطعم حلو ونظيف بسس بعد الساعة 8 يزدحم"], "ar")
    assert "بس بعد" in said and "بسس" not in said
    said = reflect(["عجبتني الفكرة ' ذذ والاكل لذيذ"], "ar")
    assert "ذذ" not in said and "'" not in said and "الفكرة" in said


def test_the_sa_future_is_first_person_and_never_half_shifted() -> None:
    said = reflect(["اعجبني لذيذ ونظيف واسعار ممتازه جداً سازوره مرات اخرى"], "ar")
    assert "«اعجبني" in said and "سازوره" in said and "اعجبك" not in said


def test_a_review_in_another_script_is_quoted_never_dropped() -> None:
    # An empty reply was read as not heard (stop 18's blind A/B, 7 of 8): quoted as written.
    said = reflect(["The food was cold and the waiter ignored us for an hour"], "ar")
    assert "«The food was cold and the waiter ignored us for an hour»" in said, said


def test_a_held_key_never_shortens_the_pair_that_opens_the_word() -> None:
    said = reflect(["مطعم جميل ممييييز والخدمة سريعة"], "ar")
    assert "مميز" in said and " ميز" not in said, said


def test_not_coming_back_is_a_promise_never_a_habit() -> None:
    said = reflect(["المكان غير نظيف ابدا\nلا اكرر التجربه"], "ar")
    assert "لن تكرر التجربه" in said and "أنت لا تكرر" not in said
    assert "لن تعود له" in reflect(["لا اعود له ابدا"], "ar")
    # any other verb is still said with its subject, so it never reads "don't!"
    assert reflect(["لا انصح به"], "ar") == "أنت لا تنصح به"
