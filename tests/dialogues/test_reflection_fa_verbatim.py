"""Persian reflections, round 5: quotes verbatim, prefaces only where a clause opens, slips quoted.

Constructed messages for the patterns of the seed-20261130 sample: a thanks or «باید بگم»
cut out of the middle of a quote, «میتونم بگم» cut out of a clause said in the bot's voice,
«که» left hanging after «اولا», «برنجتونم» (the company's rice) said as the customer's, «بارم»
("my time") kept beside a shifted verb, slips the lexicon's folding hides (بؤد، ام‌خشک، بودو).
"""

from __future__ import annotations

import re

import pytest

from dialogues.reflection import fa, fa_verbatim, reflect
from tests.dialogues.quotes import outside, quotes


@pytest.mark.parametrize(
    "message",
    [
        "از پرسنل فروشگاه متشکرم و بهشون خسته نباشید میگم. سفارشم خیلی زود رسید",
        "خوشمزه بود ولی چند نکته رو باید بگم من سفارشم مرغ نرمال بود که اسپایسی فرستادن",
        "حلیم خوب بود ممنون شله قلمکار خوشمزه نبود ما مجبور بودیم آش بگیریم",
    ],
)
def test_a_quote_gets_back_the_words_cleaning_took_from_its_middle(message: str) -> None:
    said = reflect([message], "fa")
    assert quotes(said)
    for quote in quotes(said):
        assert quote in message  # verbatim: «… فروشگاه، و بهشون …» is no one's words


def test_only_plain_words_are_put_back_never_digits_or_symbols() -> None:
    assert fa_verbatim.restore("غذا سرد بود", ["غذا ۰۹۱۲۳۴۵۶۷۸۹ سرد بود"]) == "غذا سرد بود"
    assert fa_verbatim.restore("من چندین بار", ["واسه من فرستاده. من چندین بار"]) == (
        "من چندین بار"
    )  # said as it stands: never stitched across a full stop


def test_a_comma_the_customer_wrote_stays_and_one_cleaning_added_goes() -> None:
    said = fa_verbatim.restore("خوب بود، شله خوب نبود", ["خوب بود ممنون شله خوب نبود"])
    assert said == "خوب بود ممنون شله خوب نبود"
    said = fa_verbatim.restore("خوب بود، شله خوب نبود", ["خوب بود، ممنونم شله خوب نبود"])
    assert said == "خوب بود، ممنونم شله خوب نبود"


def test_i_can_say_inside_a_clause_is_its_verb_not_a_preface() -> None:
    said = reflect(["چیزی که در مورد این رستوران میتونم بگم اینه که مدیر محترمی داره"], "fa")
    assert "رستوران اینه" not in said  # never the clause with its verb cut out


def test_i_must_say_opening_a_clause_is_still_a_preface() -> None:
    said = reflect(["خوشمزه بود ولی باید بگم که برنج سرد بود"], "fa")
    assert "بگم" not in said and "بگویید" not in said
    assert "برنج سرد بود" in said


@pytest.mark.parametrize(
    "message",
    [
        "اولا که نان بشدت کم بود. دوما پیک هم با تاخیر اومد",
        "اولا غذا یکساعت طول کشید. دوم هم کیفیت بسیار پایین غذا بود.",
    ],
)
def test_an_ordinal_leaves_no_hanging_word(message: str) -> None:
    said = reflect([message], "fa")
    assert not re.search(r"(?:^|[:،«] ?)(?:که|دوم هم|هم) ", said)


def test_your_rice_too_is_never_said_as_the_customers() -> None:
    assert fa.shift("برنجتونم خوب نیست") is None
    assert fa.shift("نمیتونم استفاده کنم") == "نمی‌توانید استفاده کنید"  # a verb, not "your"


def test_my_time_is_never_kept_beside_a_shifted_verb() -> None:
    assert fa.shift("اولین بارم بود سفارش میدادم") is None
    assert fa.shift("غذا سالم رسید و خوردم") == "غذا سالم رسید و خوردید"
    assert fa.shift("خوب بود حتما بازم سفارش میدم") == "خوب بود حتما بازم سفارش می‌دهید"


@pytest.mark.parametrize(
    "clause", ["عالی بؤد", "برنج سرد بودش جوجه ام‌خشک بودش", "پیتزا سرد بودو مونده"]
)
def test_a_slip_the_lexicon_folds_away_is_quoted(clause: str) -> None:
    assert fa.shift(clause) is None
    said = reflect([clause], "fa")
    assert quotes(said) == [clause]


def test_a_special_thanks_is_courtesy_not_a_fragment() -> None:
    said = reflect(["من از طرفدارای رستوران شما هستم. تشکر ویژه از مدیریت خوب رستوران"], "fa")
    assert "ویژه" not in said


def test_a_word_unglued_for_reading_is_quoted_as_written() -> None:
    said = reflect(["چرنج کاملا نپوخته وخام بود کاشکی رسیدگی میشد"], "fa")
    assert quotes(said) == ["چرنج کاملا نپوخته وخام بود کاشکی رسیدگی میشد"]


def test_a_sentence_said_twice_is_reflected_once() -> None:
    said = reflect(
        [
            "بسیار عالی. بسیار عالی. بسته بندی‌های منظم و باسلیقه. غذای عالی و خوشمزه. قیمت"
            " مناسب. مدیر بسیار با سلیقه و محترمی داره که در این حد به مشتری احترام میذاره."
            " حتما مجدد از این رستوران غذا تهیه میکنم. در ضمن نان اضافه و کره‌ای هم که"
            " درخواست داده بودیم به همراه غذا برای ما ارسال شد."
        ],
        "fa",
    )
    assert said.count("بسیار عالی") == 1


def test_an_opening_that_only_names_whom_it_is_said_to_is_left_out() -> None:
    said = reflect(["دوستان عزیز باروژ. ساندویچ وجی خوب بود ولی بادمجان کم داشت"], "fa")
    assert "عزیز" not in said and "بادمجان" in said


def test_a_complaint_told_by_a_negated_verb_is_kept_over_background() -> None:
    said = reflect(
        [
            "۴ هزار تومان هزینه پیک حساب شده. منتها ایشون ۱۰ دقیقه قبل از رسید به منزل تحویل"
            " رو زدن و پیامک تحویل برای من اومد. اما بعد از اینکه رسیدن با توجه به اینکه قید"
            " شده بود طبقه اول و جلوی در وایستاده نمیومدن تحویل بدن."
        ],
        "fa",
    )
    assert "نمیومدن تحویل بدن" in said  # the point: they would not bring it to the door
    assert "قید شده بود و" not in said  # never «… با توجه به اینکه قید شده بود» cut short


@pytest.mark.parametrize(
    ("message", "plea"),
    [
        (
            "کیک له شده بود. لطفا در انتخاب پیک دقت شود. پول رو ریختم دور",
            "لطفا در انتخاب پیک دقت شود",
        ),
        ("برگر ساده فرستادید. لطفا دقت کنید", "لطفا دقت کنید"),
    ],
)
def test_a_request_keeps_its_please_in_a_quote(message: str, plea: str) -> None:
    said = reflect([message], "fa")
    assert plea in quotes(said)  # never a bare order in the bot's voice («دقت شود»)


def test_a_range_of_hours_is_not_cut_in_two() -> None:
    said = reflect(["همیشه با کلی تاخیر میارن … ۲ - ۳ ساعت طول میکشه"], "fa")
    assert "۲-۳ ساعت" in said


def test_an_opening_i_mean_and_a_blessing_are_not_the_bots_own() -> None:
    said = reflect(["یعنی خدا خیرشون بده! عالی. امیدوارم ادامه داشته باشه"], "fa")
    assert not said.startswith("یعنی")
    assert "«خدا خیرشون بده»" in said


def test_a_long_first_sentence_keeps_its_problems_over_its_praise() -> None:
    said = reflect(
        [
            "در کل از غذا راضی بودم بسته بندی مناسب بود و غذا داغ رسید و غذاهای اصلی خوشمزه بود"
            " ولی دو تا نکته رو لطفا پیگیری کنید اول زمان دلیوری یک ساعت بود که خب خیلی"
            " زیاده، و دوم مرغ توی سالاد سزار مزه سوخته داشت. ولی باز هم ممنون"
        ],
        "fa",
    )
    assert "سوخته داشت" in said  # the second problem, never left to «چند نکته‌ی دیگر»
    assert "ولی باز" not in said  # «ولی باز هم ممنون» is all courtesy


def test_a_turn_that_leans_on_what_came_before_never_opens_the_reflection() -> None:
    said = reflect(
        [
            "با سلام همه چی عالی (کیفیت، بسته بندی، کمیت و زمان ارسال) اما چون من درهتل ساکن"
            " بودم پیک به بهانه اینکه اجازه ورود نداره منو تا بیرون هتل کشاند در صورتی که"
            " میتونست درلابی هتل باشه چون هم من بار اولم نبود و هم اگر کسی با ساکنان هتل کار"
            " داشته باشه میتونه درلابی باشه"
        ],
        "fa",
    )
    assert not said.startswith("چون")


def test_a_clause_is_never_said_twice() -> None:
    said = reflect(
        [
            "سری پیش همین مدل جوجه رو سفارش دادم و کاملا هم راضی بودم، هم از پختش، طعمش و"
            " گرم بودن غذا موقع تحویل، ولی اینبار پخت جوجه کامل نبود و کمی طعم بدی میداد و"
            " تا برسه سرد شده بود تقریبا."
        ],
        "fa",
    )
    assert said.count("پخت جوجه کامل نبود") == 1


def test_a_later_sentences_request_is_kept_over_its_background() -> None:
    said = reflect(
        [
            "تخم مرغها شکسته بود و هر آنچه در بسته بود کثیف شده بود. پشتیبانی در حال پیگیری است"
            " ولی به نظرم به پیک‌های اکسپرس آموزش داده بشه که اگر بسته رو می‌اندازن زمین حداقل"
            " در کیسه رو باز کنن یک نگاه بندازن توش."
        ],
        "fa",
    )
    assert "آموزش داده بشه" in said  # the suggestion, not «پشتیبانی در حال پیگیری است»
    assert "شکسته بود" in said


@pytest.mark.parametrize(
    "clause",
    [
        "کلا با قسمت توضیحاتی که نوشته بودمم هم کاری نداشت",  # «بودمم» = «بودم هم»
        "حیف پول چون دیگه انداختمشون دور",  # a past verb with its object, no prefix
        "غذا سرد بود و خوردمش",
    ],
)
def test_a_first_person_verb_with_something_glued_on_is_quoted(clause: str) -> None:
    assert fa.shift(clause) is None


def test_a_question_keeps_its_please() -> None:
    said = reflect(["لطفا پیک بسته را به خودم تحویل دهد چرا در لابی میگزارند؟"], "fa")
    assert "«لطفا پیک بسته را به خودم تحویل دهد چرا در لابی میگزارند؟»" in said


def test_a_request_with_please_is_never_the_bots_own_order() -> None:
    said = reflect(["به جای تخمه کدو برای من تخمه هندوانه ارسال شده لطفا رسیدگی شود"], "fa")
    assert "لطفا رسیدگی شود" in "".join(quotes(said))
    assert "لطفا" not in outside(said)


def test_a_clause_is_never_given_up_for_a_turn_too_long_to_keep() -> None:
    said = reflect(
        [
            "دوستان عزیز باروژ. سس قارچ و خامه یک سس کلاسیک در دنیاست و با اضافه کردن سبزی به خدا"
            " جذاب‌تر نمیشه. ساندویچ وجی خوب بود ولی میتونست بادمجان بیشتری داشته باشه و لطفا"
            " نصف ساندویچ رست بیف کاهو نباشه وقتی قیمتش ۳۰ هزار تومنه سعی کنید از رست بیف"
            " بیشتری در ساندویچ رست بیف استفاده کنید. با تشکر"
        ],
        "fa",
    )
    assert "ساندویچ وجی خوب بود" in said
