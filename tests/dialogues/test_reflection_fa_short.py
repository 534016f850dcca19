"""Persian reflections, round 6: a long quoted clause said back without the praise around it.

Constructed messages: a clause that cannot be shifted («پیتزاتون»، «بودین») and runs past
twenty words is quoted from its first complaint to its last, with "…" where praise went;
a problem, a request or an overall verdict is never what goes, and a turn without a
subject of its own keeps the praise it hangs on.
"""

from __future__ import annotations

from dialogues.reflection import reflect

# Praise of more than six words: a short one stays with its complaint (round 11, r11 tests).
_PRAISE_FIRST = (
    "پیتزاتون مثل همیشه خیلی خوشمزه و داغ و عالی بود ولی متاسفانه اینبار به توضیحات سفارش"
    " توجه نکردین من نوشابه زرد خواسته بودم که مشکی آوردین و سیب زمینیشم سرد بود"
)


def test_praise_before_the_complaint_goes_and_the_cut_is_marked() -> None:
    said = reflect([_PRAISE_FIRST], "fa")
    assert "عالی" not in said, said
    assert said.startswith("گفتید «… متاسفانه اینبار به توضیحات سفارش توجه نکردین"), said
    assert "مشکی آوردین و سیب زمینیشم سرد بود»" in said  # the problem is kept, verbatim
    assert said.endswith("و چند نکته‌ی دیگر هم گفتید"), said  # what went had content


def test_praise_after_the_complaint_goes() -> None:
    message = (
        "سستون کم بود و یکم خشک بود قاشق و چنگال هیچی نذاشته بودین و غذا هم یکم تند بود"
        " ولی غذا زود رسید و بسته بندی خوب و مرتب و تمیز بود"
    )  # praise of more than ten words after the complaint: a short one stays (r11 tests)
    said = reflect([message], "fa")
    assert "زود رسید" not in said and "بسته بندی" not in said, said
    assert "«سستون کم بود و یکم خشک بود قاشق و چنگال هیچی نذاشته بودین" in said, said
    assert "یکم تند بود …»" in said, said


def test_a_turn_without_its_own_subject_keeps_the_praise_it_hangs_on() -> None:
    message = (
        "پیتزاتون پر پنیر و خیلی خوب بود اما نسبتا کم بود و قارچ برگر هم خیلی خوب بود"
        " کلا اگه همین کیفیت بمونه از جای دیگه سفارش نمیدیم"
    )
    said = reflect([message], "fa")
    assert "…" not in said and "«پیتزاتون پر پنیر و خیلی خوب بود اما نسبتا کم بود" in said


def test_an_overall_verdict_is_never_cut_off() -> None:
    message = (
        "تو حمل پیتزا دقت بشه بالای پیتزاتون به کارتن چسبیده بود اگه میشه از پایه وسط پیتزا"
        " استفاده کنید که نچسبه ولی در کل عالی بود"
    )
    said = reflect([message], "fa")
    assert "…" not in said and "ولی در کل عالی بود»" in said, said


def test_a_problem_in_every_part_keeps_the_clause_whole() -> None:
    message = (
        "پیتزاتون خوب بود ولی نوشابه نیومد و سیب زمینیشم سرد بود ولی بسته بندی خراب بود"
        " و پیک هم دیر رسید و خیلی معطل شدیم"
    )
    said = reflect([message], "fa")
    assert "…" not in said and "پیتزاتون خوب بود" in said and "معطل شدیم" in said, said


def test_a_short_telling_is_never_cut() -> None:
    said = reflect(["پیتزاتون عالی بود ولی سیب زمینی سرد بود"], "fa")
    assert said == "گفتید «پیتزاتون عالی بود ولی سیب زمینی سرد بود»"


def test_what_is_kept_is_said_in_the_bots_voice_when_it_shifts() -> None:
    message = (
        "سرعت ارسال غذا و برخورد پیک خیلی عالی بود اما مرغ‌ها اصلا مزه‌ای نداشت نه نمک داشت"
        " نه فلفل و یکم هم نپخته بود دوست نداشتم و فقط سیب زمینی رو خوردم"
    )  # praise of more than six words: a short one stays (test_reflection_fa_r11)
    said = reflect([message], "fa")
    assert said.startswith("مرغ‌ها اصلا مزه‌ای نداشت"), said
    assert "سرعت ارسال" not in said and "«" not in said, said
    assert "فقط سیب زمینی رو خوردید" in said, said  # shifted, never a half shift


def test_a_subjectless_verb_after_the_turn_keeps_the_praise() -> None:
    message = (
        "پیتزا خوب بود ولی میتونست نرم‌تر باشه خشک بود یکم، قیمتش هم یکم زیاد بود با توجه"
        " به اینکه بیشترش سوسیس بود، همبرگر هم مخلفات داخلش کم بود"
    )
    said = reflect([message], "fa")
    assert said.startswith("پیتزا خوب بود ولی میتونست"), said
