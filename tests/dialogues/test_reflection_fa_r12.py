"""Persian reflections, round 12: no clause cut inside brackets or before «ک», a verdict
and a separate complaint kept by their role."""

from __future__ import annotations

from dialogues.reflection import fa_sides, fa_verb_ends, reflect
from dialogues.reflection.units import Unit


def test_a_run_on_is_never_cut_inside_brackets() -> None:
    pieces = fa_verb_ends.split_verbs("قیمتش زیاد بود (نون اصلا نداشت مثلا) سیب زمینی هم کم بود")
    assert all(p.count("(") == p.count(")") for p, _ in pieces)


def test_a_run_on_is_never_cut_before_a_short_ke() -> None:
    # «ک» is «که» typed short: the clause goes on past it.
    pieces = fa_verb_ends.split_verbs("هزینه‌اش اندازه هزینه‌ای هست ک شما میگیرید برای من")
    assert [p for p, _ in pieces] == ["هزینه‌اش اندازه هزینه‌ای هست ک شما میگیرید برای من"]


def test_one_can_say_is_one_clause() -> None:
    pieces = fa_verb_ends.split_verbs("در مجموع میشه گفت خوب بود فقط کم بود")
    assert pieces[0][0].startswith("در مجموع میشه گفت خوب بود")


def test_a_reflection_never_leaves_a_bracket_open() -> None:
    message = (
        "سینی ویژه رو سفارش داده بودم، تقریبا میتونه سه نفر رو سیر کنه، در مجموع میشه گفت"
        " خوب بود فقط در بسته میشد تنوع بیشتری داشته باشه به نسبت قیمتش (بال سوخاری اصلا"
        " نداشت مثلا) سیب زمینی و سالاد کلم به نسبت حجم غذا کم بود و بهتر بود بیشتر باشه."
    )
    said = reflect([message], "fa")
    assert said.count("(") == said.count(")")
    assert "در مجموع میشه گفت خوب بود" in said  # the verdict, with the complaint
    assert "سالاد کلم" in said


def test_paced_puts_no_comma_inside_brackets() -> None:
    text = (
        "غذا خیلی خوب بود فقط در بسته میشد تنوع بیشتری باشه به نسبت قیمتش (بال اصلا نداشت"
        " مثلا) سیب زمینی هم کم بود و بهتر بود بیشتر باشه"
    )
    assert "نداشت،" not in fa_sides.paced(text)


def _units(*sentences: list[str]) -> list[Unit]:
    out: list[Unit] = []
    for number, clauses in enumerate(sentences, 1):
        for index, text in enumerate(clauses):
            out.append(Unit(text, len(out), False, number, "، " if index else ""))
    return out


def test_a_separate_complaint_is_said_for_an_aside() -> None:
    units = _units(
        ["همیشه خوب بودید"],
        [
            "این دفعه سالاد خوب نبود و هم به قیمتش نمیارزید و هم کاهوش خوب نبود",
            "در ضمن اینکه اصلا معلوم نبود شسته شده یا نه",
            "برند خوبی نبود",
        ],
        ["سیب‌ها هم مربوط به چند روز پیش بود و اصلا تازه نبود"],
    )
    keep = fa_sides.with_complaint(units, [0, 1, 2, 3])
    assert keep == [0, 1, 3, 4]  # the aside goes, the second complaint is said


def test_a_sentence_is_never_cut_before_its_predicate_for_a_complaint() -> None:
    units = _units(
        ["تنها چیزی که در ساندویچ ویژه بود", "این بود که طعم هر چیزی داشت به جز سوسیس"],
        ["برگر هیچ چیز خاصی نبود و سس بد طعمی داشت و نانش هم به خاطر سس زیاد خیس شده بود"],
        ["واقعا بد طعم و بد بو بود"],
    )  # 36 words kept: room only by leaving out the predicate of the first sentence
    assert fa_sides.with_complaint(units, [0, 1, 2]) == [0, 1, 2]


def test_a_separate_complaint_left_out_of_a_mixed_review_is_said() -> None:
    message = (
        "همیشه خوب بودید. این دفعه سالاد خوب نبود و هم به قیمتش نمیارزید و هم کاهوش خوب"
        " نبود، در ضمن اینکه اصلا معلوم نبود شسته شده یا نه، برند خوبی نبود. سیب‌ها هم"
        " مربوط به چند روز پیش بود و اصلا تازه نبود."
    )
    assert "سیب‌ها" in reflect([message], "fa")


def test_a_slip_that_spells_another_word_is_put_right_where_certain() -> None:
    said = reflect(["برگر به موقع تحول داده شد اما نانش کاملا سوخته بود"], "fa")
    assert "تحویل داده شد" in said and "تحول" not in said
    said = reflect(["گرم و تازه بود و دیر رسد"], "fa")
    assert said.endswith("دیر رسید")
    said = reflect(["ساندویچ سرد و خشک بود چون دیگ از این ساندویچی سفارش نمیدم"], "fa")
    assert "دیگه از این" in said
    assert "بوی بد" in reflect(["کباب بودی بد میداد و اصلا قابل خوردن نبود"], "fa")


def test_a_real_word_is_left_as_it_is_outside_its_slip() -> None:
    said = reflect(["این رستوران تحول بزرگی کرده و غذاها خیلی بهتر شده"], "fa")
    assert "تحول بزرگی" in said
    assert "ته دیگ از" in reflect(["ته دیگ از همه چیز بهتر بود و برنجش هم عالی بود"], "fa")


def test_for_me_in_a_verdict_is_never_said_as_you_were_good() -> None:
    said = reflect(["کباب آبدار بود ولی نون فراموش شده بود اما در کل من خوب بود"], "fa")
    assert "شما خوب بود" not in said
    assert "«" in said  # in the customer's words


def test_the_generic_you_of_an_if_clause_is_quoted() -> None:
    said = reflect(["اگه دیر رسیدن پیک رو در نظر نگیری، در کل خوب بود"], "fa")
    assert said.startswith("گفتید «اگه دیر رسیدن")


def test_an_if_clause_without_a_you_still_shifts() -> None:
    said = reflect(["اگه پیک زودتر رسیده بود خیلی بهتر بود ولی من راضی بودم"], "fa")
    assert "راضی بودید" in said


def test_a_smile_of_closing_brackets_is_no_bracket() -> None:
    said = reflect(["فقط یکم گرونه. برای دانشجوها تخفیف بزارید بیشتر سفارش میدیم)))"], "fa")
    assert ")" not in said


def test_a_bracket_that_opens_is_kept() -> None:
    said = reflect(["پیتزا (مخصوصا پپرونی) خیلی خوشمزه بود"], "fa")
    assert "(مخصوصا پپرونی)" in said


def test_firstly_and_secondly_are_points_of_their_own() -> None:
    # Never «دوما» kept once «اولا» went: each point is said apart.
    message = "با سلام اولا برنج کیفیت پایین‌تری داشت دوما سالادش رو بدون هماهنگی عوض کرده بودن"
    said = reflect([message], "fa")
    assert "اولا" not in said and "دوما" not in said
    assert "سالادش" in said


def test_an_adjective_made_with_ba_is_a_known_word() -> None:
    # «بااخلاق» ("well-mannered") is a word, not a slip to quote.
    assert reflect(["غذا مثل همیشه عالی، پیک مودب و بااخلاق"], "fa") == (
        "غذا مثل همیشه عالی، پیک مودب و بااخلاق"
    )


def test_i_like_ends_a_clause_in_a_long_quote() -> None:
    # «… دوست دارم | پپرونی …»: «دارم» of "like" ends its clause; only «دارم میخورم» goes on.
    from dialogues.reflection import fa_cap

    text = (
        "ولی من طعم چانو و پپرونی رو بیشتر دوست دارم پپرونی ایتالیایی از امریکایی با اختلاف بهتره"
    )
    assert fa_cap._after_verbs(text)[0].endswith("دوست دارم")
    assert "دارم میخورم" in fa_cap._after_verbs("من دارم میخورم غذا رو که خیلی سرد شده بود")[0]


def test_a_long_quote_keeps_its_closing_verdict() -> None:
    # «… ولی در کل عالی بود» is never a clause «ولی» of its own nor too short to say.
    message = (
        "تو حمل کیک دقت شود روی کیک به جعبه کاملا چسبیده بود اگر میشود از پایه وسط کیک برای اینکه"
        " به بالای جعبه چسبیده نشود استفاده شود ولی در کل عالی بود"
    )
    said = reflect([message], "fa")
    assert "در کل عالی بود" in said
    assert len(said.split()) < len(message.split())


def test_the_smell_of_raw_meat_is_spelt_right() -> None:
    # «بوی ضخم» ("a thick smell") is «بوی زهم» mistyped: said right, in the bot's voice.
    said = reflect(["مرغش خام بود و بوی ضخم میداد"], "fa")
    assert said == "مرغش خام بود و بوی زهم میداد"


def test_special_before_a_place_is_especially() -> None:
    said = reflect(["کباب کامل پخته نبود مخصوص وسطش که خام بود"], "fa")
    assert "مخصوصا وسطش" in said
    assert "سس مخصوص" in reflect(["سس مخصوص خیلی خوشمزه بود"], "fa")


def test_a_feeling_said_again_makes_room_for_a_second_complaint() -> None:
    units = _units(
        ["متاسفانه کیک‌های ارسال شده با آنچه در عکس بود کاملا مغایرت داشت"],
        ["کیک شکلاتی به جای اینکه مربع شکل باشد گرد و بسیار خشک بود"],
        ["کیک گردویی هم با عکس کاملا متفاوت و رنگ آن قرمز و بسیار بدرنگ بود"],
        ["واقعا متاسفم"],
    )
    assert fa_sides.with_complaint(units, [0, 1, 3]) == [0, 1, 2]


def test_a_short_this_time_sentence_needs_the_one_before_it() -> None:
    # «این دفعه وجود نداشت» says nothing without what it was (the sentence before).
    units = _units(
        ["غذا خیلی دیر رسید و کاملا سرد بود"],
        ["قبلا دستمال و نمک و فلفل هم ارسال میشد"],
        ["این دفعه وجود نداشت"],
    )
    assert fa_sides.with_complaint(units, [0]) == [0]


# Found by the judges of the stop-17 evaluation sample and fixed after it was judged
# (constructed examples; those replies count as unjudged in ``make bench``).


def test_a_thanks_said_with_its_verb_leaves_no_verb_behind() -> None:
    reply = reflect(["نان خیلی خوب و تازه بود. تشکر میکنم."], "fa")
    assert "می‌کنید" not in reply
    assert "نان خیلی خوب و تازه بود" in reply


def test_stuck_together_is_not_stuck_to_you() -> None:
    reply = reflect(["کیک‌ها مونده بودن و بهم چسبیده بودن"], "fa")
    assert "به شما" not in reply
    assert "به‌هم چسبیده" in reply


def test_told_me_still_shifts() -> None:
    assert "به شما گفت" in reflect(["پیک بهم گفت غذا دیر میرسه"], "fa")


def test_a_poor_soul_is_not_the_customer() -> None:
    reply = reflect(["پیک بنده خدا زود رسید ولی غذا سرد بود"], "fa")
    assert "شما خدا" not in reply
    assert "بنده‌ی خدا" in reply
