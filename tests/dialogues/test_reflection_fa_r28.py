"""Persian reflections, round 28: word-level mends round 27's blind gate still asked for."""

from __future__ import annotations

from dialogues.reflection import fa, fa_gaps, fa_guard, fa_slips, fa_verb_ends, reflect
from dialogues.reflection.noise import clean


def test_a_comma_glued_between_two_words_parts_them_for_the_shift() -> None:
    # «دوستش داشتم،آخرش …»: «داشتم» shifted with the rest, never a half shift.
    assert fa.shift("کتاب جالبی بود دوستش داشتم،پایانش رو هم دوست داشتم") == (
        "کتاب جالبی بود دوستش داشتید، پایانش رو هم دوست داشتید"
    )
    said = reflect(["کتاب جالبی بود دوستش داشتم،پایانش رو هم دوست داشتم"], "fa")
    assert "داشتم" not in said
    # a "we" told beside it («از دست دادیم») is left as it was: not parted, so not re-read
    assert fa_guard.comma_apart("داستان غمگینی بود،خیلیا رو از دست دادیم") == (
        "داستان غمگینی بود،خیلیا رو از دست دادیم"
    )
    assert fa_guard.comma_apart("خوب بود،دوست داشتم") == "خوب بود، دوست داشتم"


def test_a_gap_after_a_conceding_word_is_no_sentence_end() -> None:
    # «این کتاب اگرچه   زمانی …»: the run of spaces is a gap, never «این کتاب اگرچه» alone.
    assert fa_gaps.open_ends("این رمان اگرچه   قدیمی است اما") == "این رمان اگرچه قدیمی است اما"
    assert fa_gaps.open_ends("خوب بود   بعدش") == "خوب بود   بعدش"  # a line's end stays
    assert "اگرچه\n" not in clean("این رمان اگرچه   سال ها پیش نوشته شده، هنوز خواندنی است", "fa")
    said = reflect(
        ["نویسنده خوبی است.   این رمان اگرچه    سال ها پیش نوشته شده اما هنوز خواندنی است."],
        "fa",
    )
    assert "اگرچه،" not in said and "اگرچه و" not in said and not said.endswith("اگرچه")


def test_two_thanked_names_go_with_the_thanks() -> None:
    # «… ممنون رستوران و اسنپ فود»: both whom the thanks is said to, never left hanging.
    said = reflect(["غذا خیلی خوب بود ممنون کاکتوس و اسنپفود"], "fa")
    assert "کاکتوس" not in said and "اسنپفود" not in said and "خوب بود" in said


def test_a_blessing_to_the_company_goes_with_the_thanks() -> None:
    # «طاقچه خیر ببینی»: an informal blessing, never said back to the company in our voice.
    said = reflect(["عالی بود!\nدستت درد نکنه طاقچه خیر ببینی."], "fa")
    assert "خیر ببینی" not in said and "عالی بود" in said


def test_a_smile_typed_right_to_left_opens_no_bracket() -> None:
    # «… خوشتون خواهد آمد(:» is ":)" typed right to left: the clause it closes is kept.
    assert fa_gaps.rtl_smile("خوشتون میاد(:") == "خوشتون میاد"
    assert fa_gaps.rtl_smile("کتاب (: جالب) بود") == "کتاب (: جالب) بود"  # a bracket closed
    said = reflect(["داستان دوم بهتر بود، اگر اهل ماجرا هستید، خوشتون خواهد آمد(:"], "fa")
    assert "خوشتون خواهد آمد" in said


def test_a_quote_cut_inside_a_bracket_closes_it() -> None:
    # «… فقط میتونست بهتر باشه (بوی روغن غالب بود»: the quote ends inside the bracket.
    assert fa_slips.tidied("گفتید «پیتزا خوب بود (بوی روغن غالب بود» و") == (
        "گفتید «پیتزا خوب بود (بوی روغن غالب بود)» و"
    )
    # the face gone, no space left before the bracket's close
    assert fa_slips.tidied("گفتید «نتونستم بذارمش زمین(البته گوشیمو )».") == (
        "گفتید «نتونستم بذارمش زمین(البته گوشیمو)»."
    )
    # faces are no brackets; a bracket cut by «…» or closed already is left
    for reply in (
        "گفتید «قیمتش زیاد بود: ((» و",
        "گفتید «دیر رسید.: (پیک گم شد» و",
        "گفتید «ارسال (به جز زمان … یک برند دیگر (آکوآ) دادند» و",
        "گفتید «ماشین (سفید رنگ) خوبه» و",
    ):
        assert fa_slips.tidied(reply) == reply
    said = reflect(["کباب خوب بود فقط میتونست بهتر باشه (بوی روغن غالب بود، پیاز کم بود)"], "fa")
    assert said.count("(") == said.count(")")


def test_what_was_written_goes_on_after_its_verb() -> None:
    # «… نوشته شده بود دورچین ۲تا نون …»: never a clause cut on «نوشته شده بود».
    pieces = fa_verb_ends.split_verbs("در صورتی که روی جعبه نوشته شده بود سه تا باتری داخلش هست")
    assert pieces[0][0].endswith("داخلش هست")
    assert fa_gaps.what_was_written(["توی", "منو", "نوشته", "شده", "بود"], 4)
    assert not fa_gaps.what_was_written(["غذا", "سرد", "شده", "بود"], 3)
    said = reflect(
        [
            "برای دو تا پیتزا فقط یه سس گذاشته بودن در صورتی که توی منو نوشته شده بود"
            " همراه هر پیتزا دو تا سس هست."
        ],
        "fa",
    )
    assert not said.split("»")[0].rstrip(" .").endswith("نوشته شده بود")


def test_a_name_and_age_signed_after_the_thanks_goes_with_it() -> None:
    # «… ممنون مهدیس ۱۱ساله»: a child signing its name and age, never said back as a point.
    said = reflect(["اگه کتاب صوتی هم داشته باشه بذارید ممنون نازنین ۱۰ساله"], "fa")
    assert "ساله" not in said and "نازنین" not in said and "کتاب صوتی" in said


def test_a_closing_line_that_is_only_a_name_is_who_wrote_it() -> None:
    # «…\n\nستفن هاوکینگ»: who wrote the line, never «گفتید «ستفن هاوکینگ»».
    message = "دانستن کافی نیست، باید به کار بست\n\nلئو تولستوی"
    assert fa_gaps.unsigned(message) == "دانستن کافی نیست، باید به کار بست"
    assert "تولستوی" not in reflect([message], "fa")
    kept = "کتاب خیلی خوبی بود واقعا لذت بردم\nعالیهههه"  # a stretched verdict, no name
    assert fa_gaps.unsigned(kept) == kept
    kept = "کتاب خیلی خوبی بود واقعا لذت بردم\nحتما بخونید"
    assert fa_gaps.unsigned(kept) == kept
