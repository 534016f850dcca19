"""Persian reflections, round 39: a complaint never hidden behind «چند نکته‌ی دیگر»."""

from __future__ import annotations

from dialogues.reflection import reflect

_MORE = "چند نکته‌ی دیگر"


def test_the_complaint_after_praise_is_said_not_folded() -> None:
    text = (
        "آماده‌سازی، ارسال و تحویل بسیار عالی و زودتر از موعد اعلام شده، انجام شد؛ کیفیت غذا"
        " کاملا پایین و سایز قطعات مرغ بسیار کوچک‌تر از سایز متداول مرغ سوخاری در سایر"
        " رستوران‌ها بود! به طور کلی با توجه به حسن سابقه‌ی پرپروک انتظار دیگری داشتم!"
    )
    reflected = reflect([text], "fa")
    assert "کیفیت غذا کاملا پایین" in reflected, reflected
    assert "نکته‌هایی گفتید" not in reflected, reflected


def test_a_long_complaint_clause_is_cut_after_its_verbs() -> None:
    text = (
        "سیب زمینی و سس سیر و سالاد کلم خوشمزه بود و زمان ارسال عالی. داخل مرغ نپخته بود و"
        " بو میداد و سس پنیر از رو اسمش معلومه باید مثل سس باشه نه پنیر سفت بفرستن تهیه سس"
        " پنیر مراحل داره و افزودنی اما متاسفانه تو ایران فک میکنن پنیر گودا یا چدار و"
        " موزارلا یکم هم بزنن اب بشه میشه سس پنیر."
    )
    reflected = reflect([text], "fa")
    assert "داخل مرغ نپخته بود و بو میداد و " + _MORE in reflected, reflected


def test_the_opening_complaint_of_a_sentence_kept_for_its_praise() -> None:
    text = (
        "بسته بندی فوق العاده نامناسب داشت، وقتی پیتزا رو آورد همه ریخته بودند تو باکس موتور"
        " و یک مقدار از پیتزا از بیرون به مقوای پیتزا چسبیده بود و کش میومد و به همین شکل"
        " پیتزا رو تحویل گرفتم ولی از حق نگذریم پیتزاشون خوشمزه بود، از کیفیتشون واقعا راضی"
        " بودم فقط اگر به مسائل این چنینی توجه کنند و مثلا یه چسب به مقوا پیتزا بزنند تا تو"
        " باکس نریزه کارشون عالی میشه"
    )
    assert "بسته بندی فوق العاده نامناسب داشت" in reflect([text], "fa")


def test_an_announced_criticism_is_not_the_complaint() -> None:
    # «منتهی یه انتقادی داشتم» names no problem: the reply stays as it was.
    text = (
        "کیفیت سالاد مثل همیشه عالی بود. منتهی یه انتقادی داشتم، قبلا ظرف‌های سالاد یک طبقه"
        " جداگانه داشت که مواد مختلف رو جدا نگه میداشت تا موقعی که برسه به دست مشتری. اما"
        " این بار هر ۲ سالادی که سفارش داده بودم فاقد این طبقه بودند! شاید کسی مایل به مصرف"
        " پنیر با سالادش نباشه و اون ایده و طبقه ایده بسیار خوبی بود. امیدوارم دوباره شاهد"
        " استفاده ازشون باشیم. با تشکر."
    )
    assert "انتقادی داشتید" not in reflect([text], "fa")


def test_praise_only_stays_as_it_was() -> None:
    text = "غذا خیلی خوشمزه و داغ بود. پیک هم خیلی مودب بود. بسته بندی هم تمیز و مرتب بود."
    assert "نپخته" not in reflect([text], "fa")
