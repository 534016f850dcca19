"""Persian reflections: the failure patterns found by reading tuning rows 1-1000, held right.

Each case is a constructed message (or one from rows 1-1000 of the fa corpus) showing one
pattern a native reader marked: a typo echoed outside quotes, a glued «و», an emoticon or
a dash glued to a word, «منو» (menu) read as "me", a ‑م that was not "my", an idiom
(«فکر کنم») shifted into a command, and "let us …" aimed at the company.
"""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect
from dialogues.reflection.clauses import select
from dialogues.reflection.fa_words import is_known


@pytest.mark.parametrize(
    "word",
    ["سانذویچ", "بودکیک", "ک", "وخام", "پنیراستفاده"],
)
def test_a_typo_or_two_words_run_together_is_not_known(word: str) -> None:
    assert not is_known(word)


@pytest.mark.parametrize(
    "word",
    ["سیب‌زمینی‌ها", "نمی‌دونم", "میخوام", "شده", "کنم", "بهتره", "رستوران", "کیفیتش", "رسید،"],
)
def test_ordinary_and_colloquial_words_are_known(word: str) -> None:
    assert is_known(word)


def test_a_clause_with_a_typo_is_quoted_not_echoed() -> None:
    said = reflect(["حجم مواد داخل سانذویچ کم بود"], "fa")
    assert said == "گفتید «حجم مواد داخل سانذویچ کم بود»"


def test_a_glued_and_is_written_apart() -> None:
    said = reflect(["غذا خوب بود وخوشمزه"], "fa")
    assert said == "غذا خوب بود و خوشمزه"


def test_a_dash_between_words_ends_a_clause_and_its_verb_is_shifted() -> None:
    said = reflect(["اصلا جالب نبود-امکان نداره دوباره خرید کنم-حیف پول"], "fa")
    assert "خرید کنید" in said and "کنم" not in said and "-" not in said


def test_an_emoticon_glued_to_the_last_word_is_dropped() -> None:
    assert reflect(["غذا سرد شده بود: ("], "fa") == "غذا سرد شده بود"


def test_menu_is_not_me() -> None:
    said = reflect(["داخل منو ذکر شده که کاهو داره"], "fa")
    assert "داخل منو" in said and "شما را" not in said
    assert reflect(["منو معطل کردن"], "fa") == "شما را معطل کردن"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("فکر کنم مونده بود", "فکر می‌کنید مونده بود"),
        ("بنظرم کم بود", "به نظرتان کم بود"),
    ],
)
def test_idioms_of_opinion_shift_as_opinions(message: str, expected: str) -> None:
    assert reflect([message], "fa") == expected


def test_let_us_aimed_at_the_company_is_quoted() -> None:
    said = reflect(["کمی سعی کنیم وظیفه شناس باشیم"], "fa")
    assert said == "گفتید «کمی سعی کنیم وظیفه شناس باشیم»"
    said = reflect(["هر دفعه باید با اسنپ تماس بگیریم"], "fa")  # "we have to": shifted
    assert said == "هر دفعه باید با اسنپ تماس بگیرید"


def test_a_final_m_that_is_not_my_is_never_turned_into_your() -> None:
    assert "پیشیمون" in reflect(["پیشیمون شدم"], "fa")  # a misspelt پشیمون, not "our cat"
    said = reflect(["دفعه پیشم پیتزام کم بود"], "fa")  # پیشم: "last time too"
    assert "پیشتان" not in said


def test_a_long_sentence_is_never_cut_at_a_bare_and() -> None:
    # Row 65 of the tuning rows: «اسنپ و سیستم» was cut into «و سیستم کاریشون اطلاعی ندارید».
    said = reflect(
        [
            "از تماس شیرینی فروشی و اصرار مبنی بر کنسل کردن سفارش از طرف من بابت شیرینی که "
            "موجود نبوده ولی در لیست قرار داشته ناراحت هستم. نه صرفا تقاضا جهت کنسل کردن از "
            "جانب من بلکه اصرار شیرینی فروشی به این که من در مورد اسنپ و سیستم کاریشون "
            "اطلاعی ندارم"
        ],
        "fa",
    )
    assert not said.startswith("و ") and "، و سیستم" not in said
    assert "ناراحت هستید" in said


def test_the_complaint_is_chosen_over_praise_that_opens_the_review() -> None:
    # Row 326: the long complaint about cutlery did not fit beside the opening praise.
    said = reflect(
        [
            "کنتاکی و سیب زمینی خوب بود. ولی از نظر من رستورانی که چنگال دستمال کاغذی نمک یا "
            "نی نوشابه همراه غذا نمیفرسته اونم وقتی ادرس یه واحد تجاری هستش نه مسکونی معتقدم "
            "هیچ ارزشی برای مشتری قائل نیست"
        ],
        "fa",
    )
    assert "چنگال دستمال کاغذی" in said


def test_the_sentence_with_the_problem_is_kept_whole() -> None:
    # Row 237: the cold order was dropped for background and a side remark.
    said = reflect(
        [
            "من شهرک اکباتان هستم با شعبه باگت فردوس شاید کم‌تر از ۱۰ دقیقه فاصله دارم. "
            "سفارش سیر استیک من به طرز وحشتناکی سرد به دستم رسید. سریع رسید اما سررررد. "
            "تو فاصله ۱۰ دقیقه‌ای چطور تونستن انقدر غذا رو سرد کنن جای سوال داره"
        ],
        "fa",
    )
    assert "سفارش سیر استیک شما به طرز وحشتناکی سرد به دستتان رسید" in said


def test_a_light_verb_does_not_end_the_clause() -> None:
    # Row 799: «… و مجبور شد» was cut off from «بره از رستوران بیاره».
    message = (
        "کیفیت گوشت استفاده شده واقعا پایین بود ولی متاسفانه گوشت فقط بوی چربی میداد سس چدار "
        "هم که انقدر بد پخش شده بود که بیشتر به ظرف مربوط میشد تا غذا در ضمن پیک هم پول خرد "
        "نداشت و مجبور شد بره از رستوران بیاره که باعث تلف شدن وقت شد"
    )
    units = [unit.text for unit in select([message], "fa")]
    assert not any(text.endswith(("مجبور شد", "باعث شد")) for text in units)


def test_thanks_at_the_end_of_a_clause_goes_and_the_clause_stays() -> None:
    said = reflect(["یکی از بهترین پیتزاهایی بود که خوردم و البته گرونترین، مرسی"], "fa")
    assert said == "یکی از بهترین پیتزاهایی بود که خوردید و البته گرونترین"


def test_a_question_with_an_exclamation_is_asked_not_turned_into_an_order() -> None:
    # Rhetorical (no question word): quoted as said, with its «؟» (round 3, pattern 4).
    said = reflect(["برا مهمونی جعبه شیرینی نصفه ببریم؟!"], "fa")
    assert said == "گفتید «برا مهمونی جعبه شیرینی نصفه ببریم؟»"
    assert reflect(["جعبه شیرینی نصفه ببریم"], "fa") == "گفتید «جعبه شیرینی نصفه ببریم»"


def test_a_long_first_sentence_keeps_its_opening_clause() -> None:
    # Row 156: the comparison «دفعه قبل …» was dropped, leaving «ژامبون … هم» hanging.
    said = reflect(
        [
            "دفعه قبل که سفارش داده بودم هر سالاد ۴ تکه مرغ سوخاری داشت، ژامبون روی سالاد هم "
            "حداقل ۳ برابر بود، اینبار ۳ تکه خیلی خیلی کوچک بود و ژامبون خیلی کمی روش بود، "
            "حقیقتا برام خیلی عجیب بود که ماهک اینقدر افت کرده …"
        ],
        "fa",
    )
    assert said.startswith("دفعه قبل که سفارش داده بودید")


def test_a_final_m_meaning_too_is_quoted_not_made_your() -> None:
    said = reflect(["خیلی سرد بود پیتزا، خوبم پخته نشده بود"], "fa")
    assert "خوبتان" not in said and "خوبم" in said


def test_you_meaning_the_company_on_a_short_stem_is_quoted() -> None:
    said = reflect(["چرا همچین زیتون پروده‌ای میدین من هرچقدر از غذا راضی ام از زیتون ناراضی"], "fa")
    assert "شما هرچقدر" not in said and "میدین" in said
    assert said.startswith(("گفتید", "می‌پرسید", "گله دارید"))  # r33: a "why" protest


def test_what_hangs_after_a_trimmed_thanks_goes_with_it() -> None:
    # Row 847: «… به دستم رسید و از بابت ممنون اما …» came back as «… و از بابت اما …».
    said = reflect(
        [
            "سلام شیرینی زود به دستم رسید و از بابت ممنون اما شیرینی کهنه، سفت، اصلا تازه نیست "
            "و به صورتیه که انگار توی یخچال بوده چندروز و روی هم موندنشون باریکشون کرده و سفت"
        ],
        "fa",
    )
    assert said.startswith("شیرینی زود به دستتان رسید") and "بابت" not in said
    assert "اما شیرینی کهنه" in said


def test_the_turn_of_a_long_sentence_is_kept() -> None:
    # Row 849: the point («ولی ۳ عدد تارت بزرگ آوردند») closed a 40-word sentence.
    said = reflect(
        [
            "موقع سفارش تعداد شیرینی را ننوشته بودند فقط نوشته بودند تارت کوچک ۱ کیلو همین "
            "سفارش را از قنادی‌های دیگر می‌گرفتم تارت کوچک حدود ۲۵ عدد بود من هم بر مبنای کوچک "
            "بودن سفارش دادم ولی ۳ عدد تارت بزرگ برایم آوردند"
        ],
        "fa",
    )
    assert "ولی ۳ عدد تارت بزرگ برایتان آوردند" in said


@pytest.mark.parametrize(
    "message",
    ["دندونامون یخ زد و آبرومون رفت", "اصلا مثل شیرینی‌تر نبود آبروم جلو مهمونام رفت"],
)
def test_an_unanalysed_our_or_my_quotes_the_clause_rather_than_half_shift_it(
    message: str,
) -> None:
    assert reflect([message], "fa") == f"گفتید «{message}»"


def test_a_noun_before_a_copula_takes_your() -> None:
    # Row 939: «آخرین خریدم بود» ("my last purchase") came back as the verb «خریدید بود».
    said = reflect(["کبابها بد و لاستیکی بود آخرین خریدم بود"], "fa")
    assert said.endswith("آخرین خریدتان بود")


def test_a_state_with_a_separate_am_is_you_are() -> None:
    assert reflect(["نون تازه و نرم بود. راضی ام"], "fa") == "نون تازه و نرم بود، راضی هستید"


def test_and_so_on_does_not_leave_a_hanging_and() -> None:
    said = reflect(["داخل ساندویچ پر از پیاز بود که همراه کلم قرمز و … مخلوط شده بود"], "fa")
    assert said == "داخل ساندویچ پر از پیاز بود که همراه کلم قرمز مخلوط شده بود"


def test_a_word_that_is_whole_is_not_taken_for_my_before_a_copula() -> None:
    assert reflect(["بسیار خوش مزه و سالم بود"], "fa") == "بسیار خوش مزه و سالم بود"


def test_our_with_an_object_marker_is_shifted_whole() -> None:
    said = reflect(["بوی بدی میداد دماغمونو گرفتیم و خوردیم ولی راضی نبودم"], "fa")
    assert said == "بوی بدی میداد دماغتان را گرفتید و خوردید ولی راضی نبودید"


def test_a_closing_thanks_for_something_is_courtesy_not_a_fragment() -> None:
    said = reflect(["خیلی کمتر بود، ولی خوشمزه بود، بابت نان‌های نرم و تازه هم تشکر"], "fa")
    assert said == "خیلی کمتر بود، ولی خوشمزه بود"


def test_a_word_spelt_with_dashes_is_not_cut() -> None:
    said = reflect(["اصلا ربطی به اسنپ-ن-اشته و مشکل خود قنادی بوده"], "fa")
    assert "اسنپ-ن-اشته" in said


def test_when_clause_is_not_cut_at_its_own_verb() -> None:
    # Dev row 1464: «… و وقتی به دستم رسید» was cut from what happened then.
    said = reflect(
        [
            "مشکل از خود قنادی بوده چون اصلا درست بسته بندی نکرده بودن و داخل یه نایلون خیلی "
            "کوچیک همه جنس‌های منو جا داده بودن و وقتی به دستم رسید ظرف نان کشمشی باز شده بود "
            "و همه ریخته شده بود خورد شده بود اما اصلا ربطی به اسنپ نداشته و مشکل خود قنادی بوده"
        ],
        "fa",
    )
    assert "وقتی به دستتان رسید، ظرف نان کشمشی باز شده بود" in said  # r11: a run-on's comma


def test_thanks_then_but_keeps_both_halves_in_order() -> None:
    assert (
        reflect(["ممنون از کیفیت اما غذا ولرم بود."], "fa") == "از کیفیت ممنونید، اما غذا ولرم بود"
    )


def test_i_must_say_is_a_preface_not_an_order() -> None:
    said = reflect(["با سلام اول از همه باید بگم نهار امروز من یه تجربه متفاوت بود"], "fa")
    assert said == "نهار امروز شما یه تجربه متفاوت بود"


def test_a_closing_salute_is_courtesy() -> None:
    said = reflect(["غذا عالی بود. درود بر این دوستان خوب"], "fa")
    assert said == "غذا عالی بود"


def test_a_request_to_the_company_is_quoted() -> None:
    said = reflect(["یه سیب زمینی تحویل داده نشد. حداقل هزینشو برگردونین"], "fa")
    assert said == "یه سیب زمینی تحویل داده نشد، گفتید «حداقل هزینشو برگردونین»"


def test_my_with_a_glued_copula_is_quoted() -> None:
    assert reflect(["قطعا سفارش آخرمه"], "fa") == "گفتید «قطعا سفارش آخرمه»"
    assert reflect(["بدترین قیمه زندگیم بود"], "fa") == "بدترین قیمه زندگی‌تان بود"


def test_a_pure_thanks_is_not_cut_to_a_fragment() -> None:
    assert reflect(["از پیک اسنپ فود ممنون"], "fa") == "از پیک اسنپ فود ممنونید"


def test_persian_in_latin_letters_is_quoted() -> None:
    said = reflect(["Tamame tot farangiaye roye cake rikhte bod"], "fa")
    assert said == "گفتید «Tamame tot farangiaye roye cake rikhte bod»"


def test_a_later_sentence_gives_its_first_clause_when_it_ends_at_a_verb() -> None:
    # Row 549: the burnt, bitter chicken (the point) was dropped for the preamble.
    said = reflect(
        [
            "با این که تو نظرات خونده بودم جوجه کباب با استخون معمولا سوخته تحویل میشه.. اما "
            "سفارش دادم تا تست کنم.. به طرز عجیبی سوخته بود و مزه تلخی داشت این اولین سفارشم "
            "از این رستوران که اینقدر نا راضیم جوجه بدون استخوان خوب بود مثل همیشه"
        ],
        "fa",
    )
    assert "به طرز عجیبی سوخته بود و مزه تلخی داشت" in said


def test_a_long_first_sentence_is_not_reflected_from_its_middle() -> None:
    # Row 597: «نه اسمی بود که …» came without the complaint it continued.
    said = reflect(
        [
            "کیفیت نسبت به قیمت واقعا در حد پایینی برخوردار بود ضمن اینکه مقوا پیتزا انگار از "
            "تو کوچه برداشته بودن نه اسمی بود که ببینیم واقعا از رستوران اورده یا اغذیه فروشی "
            "پیتزا خیلی معمولی ٦ تا برگ پپرونی با یه پنیر در مجموع خوب نبود"
        ],
        "fa",
    )
    assert "کیفیت نسبت به قیمت واقعا در حد پایینی برخوردار بود" in said


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("خوب بود ممنون حتما بازم سفارش میدم", "خوب بود، حتما بازم سفارش می‌دهید"),
        ("خوب بود مرسی اسنپ فود", "خوب بود"),
        ("خیلی ممنون از پیک", "از پیک ممنونید"),
        ("همه چی عالی بود. موفق باشید", "همه چی عالی بود"),
    ],
)
def test_thanks_and_sign_offs_inside_a_telling_go(message: str, expected: str) -> None:
    assert reflect([message], "fa") == expected


def test_an_ironic_thanks_is_quoted() -> None:
    said = reflect(["ممنون که غذا کاملا سرد ارائه شد"], "fa")
    assert said == "گفتید «ممنون که غذا کاملا سرد ارائه شد»"


def test_a_stray_ezafe_is_echoed_only_in_a_quote() -> None:
    said = reflect(["داغ بود و خوشمزه با بسته بندی ی خوب"], "fa")
    assert said == "گفتید «داغ بود و خوشمزه با بسته بندی ی خوب»"


def test_a_thanks_for_something_after_the_telling_goes_whole() -> None:
    said = reflect(["با سلام اصلا کیفیت مناسبی نداشت. باتشکر از پیگیری خوبه برنامه"], "fa")
    assert said == "اصلا کیفیت مناسبی نداشت"
    assert reflect(["باتشکر از پیک"], "fa") == "از پیک ممنونید"


def test_an_intensifier_left_by_a_trimmed_thanks_goes() -> None:
    said = reflect(["واقعا عالی بود هم گرم بود هم بسیار عالی واقعا ممنونم"], "fa")
    assert said == "واقعا عالی بود هم گرم بود هم بسیار عالی"


def test_a_well_wish_is_courtesy_beside_a_telling_and_alone() -> None:
    said = reflect(["خیلی خوب بود ممنونم. انشاالله موفق باشید و پر روزی"], "fa")
    assert said == "خیلی خوب بود"
    assert reflect(["انشاالله موفق باشید"], "fa") == ""  # r29: nothing to reflect, as a thanks


def test_a_thanks_to_you_is_not_cut_from_its_you() -> None:
    said = reflect(["متشکرم ازتون عالی بود"], "fa")
    assert said == "گفتید «متشکرم ازتون عالی بود»"


def test_a_closing_but_thanks_goes_with_its_conjunction() -> None:
    said = reflect(["متاسفانه تردیلا مکزیکی ارسال نشده بود، ولی کلا از سرعت و نظمتون متشکرم"], "fa")
    assert said == "متاسفانه تردیلا مکزیکی ارسال نشده بود"


def test_your_meaning_the_company_on_a_noun_is_quoted() -> None:
    said = reflect(["پیتزا پرملاتتون اسمش پرملات ولی اصلا دیگه پرملات نیست"], "fa")
    assert said.startswith("گفتید «پیتزا پرملاتتون")


def test_a_forty_word_review_keeps_its_impact() -> None:
    # Row 674: the three days of stomach ache were dropped at a 36-word budget.
    said = reflect(
        [
            "قیمه بادمجان بدون بادمجان فرستاده بودن و توش لپه بود که لپه هاش اصلا نپخته بود ۳روز "
            "دل درد داشتم از نفخ شدید با اینکه نصف غذا رو هم نخوردم اولین و آخرین سفارش ام بود "
            "از این رستوران"
        ],
        "fa",
    )
    assert "دل درد" in said


def test_i_would_appreciate_is_a_request_quoted_whole() -> None:
    said = reflect(["ویفر رو اشتباهی یه چیز دیگه فرستادن. ممنون میشم بیشتر دقت کنید"], "fa")
    assert said.endswith("گفتید «ممنون میشم بیشتر دقت کنید»")


def test_a_short_thanks_closing_a_clause_goes() -> None:
    said = reflect(["نمیدونم چرا پیتزا سرد بود ظاهرا ممنون از پیک زحمتکش"], "fa")
    assert said == "نمی‌دانید چرا پیتزا سرد بود ظاهرا"


def test_colloquial_i_think_is_not_an_order() -> None:
    assert reflect(["فک کنم مونده بود"], "fa") == "فکر می‌کنید مونده بود"


def test_your_written_apart_is_quoted() -> None:
    said = reflect(["پیتزا هاتون عالی بود ولی دیشب که گرفتم انقدر بد بود"], "fa")
    assert said.startswith("گفتید «پیتزا هاتون")


def test_a_thanks_for_several_things_is_shifted_whole_but_not_across_a_verb() -> None:
    said = reflect(["ممنون از پاسخگویی و پیگیری و برخورد عالی"], "fa")
    assert said == "از پاسخگویی و پیگیری و برخورد عالی ممنونید"
    said = reflect(["ممنونم از اسنپ فود واقعا لذت بردم"], "fa")
    assert not said.endswith("ممنونید") and "لذت بردید" in said


def test_a_thanks_to_a_name_closing_the_message_goes() -> None:
    said = reflect(["مثه همیشه داغ بود و قسمت مرغش تازه نبود مرسی سیب"], "fa")
    assert said == "مثه همیشه داغ بود و قسمت مرغش تازه نبود"


def test_a_blessing_closing_the_message_is_courtesy() -> None:
    said = reflect(["کلوچه خرمایی بسیار کهنه بود. تن درست و سلامت در پناه حق باشید"], "fa")
    assert said == "کلوچه خرمایی بسیار کهنه بود"
