"""Persian reflections and first replies, round 36 (tuning rows read as a judge would)."""

from __future__ import annotations

import pytest

from dialogues.hello_praise import is_hello_praise
from dialogues.reflection import reflect

_MORE = "چند نکته‌ی دیگر"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "موارد ذکر شده در انتهای سفارش رعایت نشده است - سفارش در پلاستیکهای متعدد و بسیار"
            " بی نظم و بهم ریخته بدست من رسید. بعد از تماسهای متعدد و چندین پیام، انتظار سرویس"
            " دهی منظم و دقیق داشتم که متاسفانه هیچ توجهی به خواسته من نشد.",
            "بدست شما رسید",
        ),
        (
            "دفعه قبل که سفارش داده بودم هر سالاد ۴ تکه مرغ سوخاری داشت، ژامبون روی سالاد هم"
            " حداقل ۳ برابر بود، اینبار ۳ تکه خیلی خیلی کوچک بود و ژامبون خیلی کمی روش بود،"
            " حقیقتا برام خیلی عجیب بود که ماهک اینقدر افت کرده …",
            "حقیقتا برایتان خیلی عجیب بود",
        ),
        (
            "کیفیت پیتزای نوستالژی فاجعه بود. آبروم پیش مهمونم رفت. سوسیس درجه ۳ و کالباس بی"
            " کیفیت به شکل ریش ریش و کم. فکر کنم منظور از نوستالژی اینه که قدیم متریال خوب گیر"
            " نمیومد پیتزاها بی کیفیت بود!! ولی سالاد کینوا مثل همیشه عالی.",
            "ولی سالاد کینوا مثل همیشه عالی",
        ),
    ],
)
def test_the_one_short_clause_left_out_is_said(text: str, said: str) -> None:
    # «… و چند نکته‌ی دیگر هم گفتید» hid the complaint, the verdict or the praise beside it.
    reflected = reflect([text], "fa")
    assert said in reflected and _MORE not in reflected, reflected


def test_a_clause_glued_into_a_kept_run_on_is_not_added() -> None:
    # Said with the run-on it opens, the whole 40-word sentence became one quote.
    text = (
        "خیلی سردیس دهی سریع و عالی ای داشت اما تنها مشکل و اشتباهی که وجود داره اینه که کنار"
        " قهوه علی کافه زدین ۲۰ عدد اما ۱ عدد برای من اوردین که البته فقط اشتباه نوشته شده"
        " وگرنا هزینش به اندازه ۱ دونست."
    )
    reflected = reflect([text], "fa")
    assert "خیلی سردیس" not in reflected, reflected


@pytest.mark.parametrize(
    ("text", "never"),
    [
        ("یکی از آیتم هارو اشتباه فرستادن", "آیتتان"),  # a loanword's own ‑م, never "my"
        ("۱۰۰ دقه طول کشید برای چیزی که آخرم اشتباه آوردن", "آخرتان"),  # «آخرش هم»
    ],
)
def test_a_word_s_own_or_unsure_mim_is_never_your(text: str, never: str) -> None:
    reflected = reflect([text], "fa")
    assert never not in reflected, reflected


def test_a_dish_s_special_is_not_made_especially() -> None:
    # «سس مخصوص توی منو …» is "the special sauce in the menu": a quote is never altered.
    text = "سس مخصوص توی منو جزو اجزای ساندویچ نوشته شده بود ولی وقتی آوردن دیدم سس نذاشتن"
    reflected = reflect([text], "fa")
    assert "مخصوصا" not in reflected, reflected


def test_a_thanks_that_tells_what_was_done_is_heard_beside_praise() -> None:
    # Left out as a courtesy, the praise of the courier who came in the rain went unheard.
    text = (
        "مثل همیشه تازه و عالی. ممنون از پیک متشخص و خوش اخلاق که با وجود بارندگی کاملا سالم"
        " تحویل دادن. دستتون درد نکنه."
    )
    reflected = reflect([text], "fa")
    assert "مثل همیشه تازه و عالی" in reflected and "با وجود بارندگی" in reflected, reflected


@pytest.mark.parametrize(
    ("text", "praise"),
    [
        ("سلام خوشمزه و سریع", True),
        ("با سلام. خیلی عالی بود", True),
        ("درود، تازه و داغ", True),
        ("سلام", False),
        ("سلام خیلی خوب", False),  # "hello, (I am) very well" as often
        ("سلام خوشمزه نبود", False),
        ("سلام عالی بود ولی سرد", False),
        ("خوشمزه و سریع", False),  # no hello: NLU's reading stands
    ],
)
def test_a_hello_then_praise_is_no_bare_hello(text: str, praise: bool) -> None:
    # «سلام خوشمزه و سریع» (NLU: greet) was met with «سلام! بفرمایید، …»: the praise unheard.
    assert is_hello_praise(text, "fa") is praise
    assert not is_hello_praise(text, "ar")


def test_two_short_clauses_left_out_are_said() -> None:
    text = (
        "با همین قیمت، رستورانهای دیگه کیفیت به مراتب بهتری را ارائه می‌دهند. کیفیت جوجه، با ارفاق"
        " متوسط!! دورچین، تقریبا هیچی!!! دریغ از یه نصفه گوجه!!!! فقط دوغش خوب بود و نون زیر"
        " جوجه. نمیدونم امتیاز بالای چهار و نیم را چطور بدست آورده بود؟!!"
    )
    reflected = reflect([text], "fa")
    assert "دریغ از یه نصفه گوجه" in reflected and _MORE not in reflected, reflected
