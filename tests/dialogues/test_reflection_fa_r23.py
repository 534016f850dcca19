"""Persian reflections, round 23: the review's verdict and its complaint are never the parts
left out, and a kept piece reads as a whole clause."""

from __future__ import annotations

from dialogues.reflection import (
    fa_cap,
    fa_points,
    fa_slips,
    fa_tail,
    fa_thanked,
    fa_verbatim,
    reflect,
    topics,
)
from dialogues.reflection.units import Unit

_UNHAPPY = (
    "دو هفته پیش این سشوار رو از فروشگاه خریده ام و با توجه به قیمتش انتظار داشتم سالها "
    "کار کنه ولی از روز سوم موقع کار بوی سوختگی میده و باد گرمش هم خیلی ضعیفه و موقع "
    "تحویل هم کارتنش پاره بود و دفترچه راهنما داخلش نبود و سیمش هم خیلی کوتاه هست و "
    "وسط کار مدام خاموش میشه من از این خریدم کاملا ناراضی میباشم"
)


def test_a_closing_verdict_with_a_formal_copula_is_kept() -> None:
    assert fa_tail.verdict_apart(_UNHAPPY).endswith(
        "خاموش میشه. من از این خریدم کاملا ناراضی میباشم"
    )
    said = reflect([_UNHAPPY], "fa")
    assert "ناراضی می‌باشید" in said  # the verdict, never dropped with the last clause
    assert "از این خریدتان" in said  # "this purchase of yours", never «از این خریدید»


_HEDGED = (
    "کسایی که این نویسنده رو میشناسن با داستانش راحت ارتباط میگیرن و کسایی هم که به این "
    "موضوعات علاقه دارن باز به نسبتی با داستان پیش میرن اما کسایی که نه علاقه ای دارن نه "
    "تجربه ای فکر میکنم خوندن این کتاب براشون جالب نخواهد بود و یه جورایی براشون خسته "
    "کننده هست پس اگه شما هم اینجوری هستین نخونید البته باز هم شاید براتون جالب باشه "
    "در هرصورت کتاب خوبی بود مثل همیشه"
)


def test_an_overall_verdict_after_a_hedge_is_its_own_sentence_and_kept() -> None:
    assert "جالب باشه. در هرصورت کتاب خوبی بود" in fa_tail.overall_apart(_HEDGED)
    said = reflect([_HEDGED], "fa")
    assert "کتاب خوبی بود" in said  # the verdict, never only the caveat before it
    plain = _HEDGED.replace("در هرصورت", "و")
    assert fa_tail.overall_apart(plain) == plain  # no «در هر صورت»: «باشه» parts nothing


def test_last_with_a_glued_too_is_never_my_last() -> None:
    said = reflect(["فیلمش اولش خوب بود ولی بعد خراب شد وآخرم با سر خورد زمین"], "fa")
    assert "آخرش هم با سر خورد زمین" in said  # «آخرم» = «آخرش هم», never «آخرتان»
    assert "آخرتان" not in said
    mine = reflect(["بار آخرم بود از اینجا خریدم"], "fa")
    assert "آخرتان" in mine  # «بار آخرم بود»: my last time, shifted as before


def test_a_quoted_cause_keeps_its_because_inside_the_quote() -> None:
    said = reflect(
        [
            "پیتزاش خوب بود ولی همبرگر خوب نپخته بود و اصلا جالب نبود. "
            "چون جعبه مخصوص حمل غذا نداشت، غذا کاملا سرد بدستم رسید"
        ],
        "fa",
    )
    assert "چون گفتید" not in said  # never "because you said …"
    assert "«چون جعبه" in said


def test_a_thanks_for_something_after_a_greeting_keeps_its_thanks() -> None:
    said = reflect(["با سلام ممنون بابت پیتزای داغ تون و بسته بندی تمیز واقعا خوشمزه بود"], "fa")
    assert "«بابت" not in said  # never a quote opening on a dangling «بابت»
    assert "ممنون بابت پیتزای داغ" in said


def test_packaged_goods_are_never_the_packaging_topic() -> None:
    assert topics._topics("شبیه کیکهای بسته بندی کارخونه‌ای بود", "fa") == []
    assert topics._topics("بسته بندی غذا خیلی بد بود", "fa") == [("بسته‌بندی", "بسته‌بندی")]


def test_dots_trailing_into_a_question_mark_keep_it_asked() -> None:
    assert fa_tail.asked("مگه داریم...؟!") == "مگه داریم؟!"
    assert fa_tail.asked("یا ...؟مشخص نشد") == "یا ...؟مشخص نشد"  # glued on: left as written
    said = reflect(["چندین ساعت طول کشید تا غذا برسه...؟!!!\nمگه داریم...؟!"], "fa")
    assert "برسه؟" in said and "داریم؟" in said  # asked, never a flat statement


def test_a_thanks_that_tells_what_was_done_is_heard_over_a_formula() -> None:
    said = reflect(
        [
            "ممنون از عزیزان این کافه دیروز برای ما همراه سفارش هامون یه کیک کوچیک هم "
            "فرستادن که خیلی خوشمزه بود بهشون خسته نباشید و خداقوت میگم"
        ],
        "fa",
    )
    assert "کیک کوچیک هم فرستادن" in said  # what they did, never only «خسته نباشید»
    assert not fa_thanked.tells("ممنون از پیک خوش اخلاقتون")  # a thanks, nothing told


def test_a_rhetorical_question_closed_on_exclamation_stays_asked() -> None:
    assert fa_tail.asked("بهتر نیست قیمت ها کمتر باشه!!! اینطوری بهتره").startswith(
        "بهتر نیست قیمت ها کمتر باشه؟!"
    )
    said = reflect(["مگه میشه دو ساعت دیر بیارن!!"], "fa")
    assert "بیارن؟" in said  # asked, never «مگه میشه دو ساعت دیر بیارن» as a statement
    assert fa_tail.asked("غذا عالی بود!!") == "غذا عالی بود!!"  # an exclamation stays one


def test_a_closing_sentence_summing_up_gets_room_from_weaker_clauses() -> None:
    units = [
        Unit("شخصیت اصلی به نظرم دچار یه نوع جنون شده بود", 0, False, 1, ""),
        Unit("حتی توی دیالوگ ها هم مشخص بود و حتی توی تصمیماتش", 1, False, 1, " "),
        Unit("به هر حال نویسنده تونسته خوب داستان و روانشناسی رو ترکیب کنه", 2, False, 2, ""),
    ]
    kept = fa_points.with_closing_plea(units, [0, 1], [9.0, 4.0, 5.0], 22)
    assert kept == [0, 2]  # the summing-up, never the part left out
    run_on = [*units[:2], Unit(units[2].text, 2, False, 1, " ")]
    assert fa_points.with_closing_plea(run_on, [0, 1], [9.0, 4.0, 5.0], 22) == [0, 1]


def test_until_opens_a_clause_its_verb_does_not_close() -> None:
    text = (
        "برای بار چندم سفارش رو دم در ساختمون گذاشته بودند و پیک رفته بود، از وقت تماس پیک "
        "تا اینکه بنده برسم به لابی کمتر از ۱ دقیقه طول کشید ولی ایشون صبر نکردند"
    )
    clauses = [c for c, _, _ in fa_cap._clauses(text)]
    assert not any(c.startswith("به لابی") for c in clauses)  # never cut after «برسم»
    said = reflect([text], "fa")
    assert "دم در ساختمون گذاشته بودند" in said  # the problem itself, never only the wait


def test_the_before_of_a_then_and_now_complaint_is_kept() -> None:
    said = reflect(
        [
            "پیتزاهای این رستوران تا ماه پیش عالی بود ولی این دفعه خمیرش کاملا خام بود و "
            "پنیرش هم خیلی کم بود و اصلا قابل خوردن نبود"
        ],
        "fa",
    )
    assert "تا ماه پیش عالی بود" in said  # what the change is measured against
    assert "خمیرش کاملا خام بود" in said


def test_a_quote_inside_a_quote_is_parted_from_the_words_around_it() -> None:
    message = "فیلم «نفس»با کارگردانی خانوم آبیار هم فوق العاده‌ست"
    assert fa_verbatim.restore(message, [message]) == (
        "فیلم «نفس» با کارگردانی خانوم آبیار هم فوق العاده‌ست"
    )
    glued = "کتاب های صوتی«حالا اگه اجازه نمیدین» رو بشه دانلود کرد"
    assert "صوتی «حالا" in fa_verbatim.restore(glued, [glued])


def test_a_full_stop_typed_before_its_space_ends_the_sentence() -> None:
    said = reflect(["کتاب خوبیه .لذت بردم"], "fa")
    assert " ." not in said  # never «کتاب خوبیه .لذت بردید» in the bot's voice
    assert "لذت بردید" in said
    assert fa_slips.mend("بزرگ نشده چون .روابط") == "بزرگ نشده چون .روابط"  # a stray mark
