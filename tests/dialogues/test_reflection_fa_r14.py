"""Persian reflections, round 14: a long telling said back without its setting and sign-off
(``fa_long``); every complaint, verdict, request and praise stays."""

from __future__ import annotations

from dialogues.reflection import fa_long, reflect
from dialogues.reflection.units import Unit


def _units(*sentences: str) -> list[Unit]:
    return [Unit(text, i, False, i + 1, "") for i, text in enumerate(sentences)]


def test_a_long_review_loses_its_opening_setting_and_keeps_its_verdict() -> None:
    message = (
        "من دیروز عصر سفارش دادم. غذا خیلی زود رسید و کاملا داغ بود. کوبیده خوشمزه بود"
        " ولی برنج به نسبت قیمت می‌تونست بهتر باشه. در کل من این رستوران رو به همه"
        " پیشنهاد می‌کنم."
    )
    said = reflect([message], "fa")
    assert "دیروز عصر" not in said  # the setting goes
    assert "برنج به نسبت قیمت" in said  # the criticism stays
    assert "پیشنهاد می‌کنید" in said  # and the verdict, in the bot's voice
    assert "چند نکته‌ی دیگر هم گفتید" in said  # what went is said to have been heard


def test_a_closing_courtesy_goes_but_the_praise_stays() -> None:
    message = (
        "من زیاد از این کافه قهوه می‌گیرم. قهوه‌اش همیشه تازه و خوشمزه و داغ است. کیک"
        " شکلاتی هم عالی و نرم بود و با قهوه خیلی خوب بود. امیدوارم همیشه کیفیت ثابت"
        " بمونه. سالم و سلامت باشید."
    )
    said = reflect([message], "fa")
    assert "سالم و سلامت" not in said and "زیاد از این کافه" not in said
    assert "کیک شکلاتی هم عالی و نرم بود" in said


def test_a_first_person_telling_of_what_went_wrong_is_no_setting() -> None:
    # «من … سفارش دادم، … تحویل گرفتم»: what was sent instead is the complaint itself.
    units = _units(
        "من چای سبز برند الف سفارش دادم ولی چای سیاه برند ب تحویل گرفتم",
        "اگه برند ب رو می‌خواستم خودم انتخاب میکردم",
        "وقتی محصول رو ندارید جنس دیگه نفرستید",
    )
    assert fa_long.choose(units, [0, 1, 2]) == [0, 1, 2]


def test_a_short_setting_with_a_complaint_in_it_stays() -> None:
    units = _units(
        "من دیشب سفارش دادم و خیلی دیر رسید",
        "پیتزا کاملا سرد بود و پنیرش سفت شده بود و اصلا قابل خوردن نبود",
        "سیب زمینی هم کم بود و خیلی چرب بود",
    )
    assert fa_long.choose(units, [0, 1, 2]) == [0, 1, 2]


def test_a_wish_that_names_the_problem_stays() -> None:
    units = _units(
        (
            "پیتزا مثل همیشه خوشمزه بود ولی این بار کاملا سرد رسید و پنیرش سفت و نانش"
            " خشک بود و سیب زمینی هم کم بود"
        ),
        "من مشتری همیشگی هستم",
        "امیدوارم مشکل سرد رسیدن غذا برطرف بشه",
    )
    assert fa_long.choose(units, [0, 1, 2]) == [0, 2]


def test_a_short_telling_is_left_as_it_was() -> None:
    units = _units("من دیروز سفارش دادم", "غذا سرد بود", "ممنون")
    assert not fa_long.applies(units)
    assert fa_long.choose(units, [0, 1, 2]) == [0, 1, 2]


def test_nothing_goes_when_only_setting_would_be_left() -> None:
    units = _units(
        "من دیروز سفارش دادم",
        "من همیشه از اینجا میگیرم",
        "سالم و سلامت باشید و موفق باشید همیشه در کنار خانواده",
        "ما هم همیشه سفارش میدیم",
    )
    assert fa_long.choose(units, [0, 1, 2, 3]) == [0, 1, 2, 3]


def test_a_reason_told_in_the_first_person_is_no_setting() -> None:
    # «من به خاطر تند بودنش سفارش داده بودم»: why the missing sauce mattered.
    units = _units(
        "بی مزه‌ترین همبرگری بود که خوردم و نوشته بودن با سس تند",
        "من به خاطر تند بودنش سفارش داده بودم",
        "سیب زمینی هم که واقعا بد مزه و سرد بود",
    )
    assert fa_long.choose(units, [0, 1, 2]) == [0, 1, 2]


def test_a_closing_verdict_of_a_few_words_is_never_left_behind() -> None:
    units = _units(
        "پیتزا پر از پنیر بود و گوشت خیلی کمی داشت و مزه گوشت اصلا حس نمیشد",
        "برش‌ها هم اصلا خوب بریده نشده بود و همش از روش میریخت",
        "قارچ سوخاری هم اصلا ترد نبود و خیلی چرب بود",
        "در مجموع غیر قابل قبول",
    )
    assert fa_long.choose(units, [0]) == [0, 3]


def test_a_wish_alone_brings_the_telling_with_it() -> None:
    units = _units(
        "همه چیز عالی بود و غذا نیمه شب کاملا داغ و خوشمزه رسید",
        "امیدوارم همیشه همینطور بمونه و همین کیفیت رو داشته باشید",
    )
    assert fa_long.choose(units, [1]) == [0, 1]


def test_a_run_on_review_keeps_its_closing_verdict() -> None:
    message = (
        "پیتزا پر از پنیر و گوشت خیلی کمی داشت به طوری که مزه گوشت اصلا حس نمیشد برش‌ها"
        " اصلا خوب بریده نشده بود و همش از روش میریخت و فقط با قاشق میشد خورد قارچ سوخاری"
        " هم اصلا ترد نبود و خیلی چرب بود قیمتش هم بالا بود در مجموع غیر قابل قبول"
    )
    said = reflect([message], "fa")
    assert "در مجموع غیر قابل قبول" in said
    assert said.index("در مجموع") < said.index("چند نکته‌ی دیگر")  # the verdict, then «more»


def test_a_wish_for_a_good_day_is_a_greeting_not_content() -> None:
    for greeting in ("سلام وقتتون بخیر", "روز بخیر،", "عصرتون بخیر"):
        said = reflect([f"{greeting} غذا خیلی سرد رسید و نون هم خشک بود"], "fa")
        assert "بخیر" not in said
        assert "غذا خیلی سرد رسید" in said


def test_with_all_due_respect_is_not_said_in_the_bots_voice() -> None:
    said = reflect(["من یه انتقاد کوچیک دارم جسارتا. غذا خیلی دیر رسید و کاملا سرد بود"], "fa")
    assert "جسارتا" not in said
    assert "کاملا سرد بود" in said
