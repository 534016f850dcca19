"""Arabic letters as old keyboards and stretching customers write them (found by the judges
of the seed-20261133 sample, fixed after judging).

«ﻻﻻﻻﻻ تقررربكم» (presentation forms: "no no, don't go near it") lost its «لا» — the
reflection said the opposite; «تسممم» (poisoning) collapsed to the broken «تسم».
"""

from __future__ import annotations

import re

from dialogues.reflection import reflect
from dialogues.reflection.noise import clean

_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]")


def test_presentation_forms_are_plain_letters_and_a_no_is_kept() -> None:
    said = reflect(["وفيه شوربه ﻻﻻﻻﻻ تقررربكم وهي حامضة"], "ar")
    assert "لا تقربكم" in said
    assert not _PRESENTATION.search(said)


def test_a_review_typed_in_presentation_forms_reads_as_letters() -> None:
    said = reflect(["ﺍﻟﺨﺪﻣﺔ ﺳﻴﺌﺔ ﺟﺪﺍ"], "ar")
    assert "الخدمة سيئة" in said
    assert not _PRESENTATION.search(said)


def test_no_said_again_and_again_is_one_no() -> None:
    assert clean("لالالا ما انصح فيه", "ar").startswith("لا ما انصح")
    assert clean("الالوان حلوة", "ar") == "الالوان حلوة"  # «الا…» inside a word: untouched


def test_a_doubled_letter_of_the_word_stays_two_when_stretched() -> None:
    assert clean("تسممم علطووول", "ar") == "تسمم علطول"
    assert clean("الاكل مممممتاز", "ar") == "الاكل ممتاز"
    assert clean("والخدمه ممتاااازه", "ar") == "والخدمه ممتازه"
    assert clean("مررررة حلو", "ar") == "مرة حلو"  # no doubled letter of its own: one


def test_persian_and_english_are_untouched_by_the_arabic_letter_rules() -> None:
    assert clean("sooooo good", "en") == "so good"
    assert clean("خیلییییی خوب", "fa") == clean("خیلی خوب", "fa")
