"""Persian reflections, round 19: in a mostly praising review the one complaint is the part
kept, never dropped for praise or for a shrug that leans on it."""

from __future__ import annotations

from dialogues.reflection import fa, fa_select, fa_slips, reflect


def test_at_a_friends_suggestion_is_no_verdict_and_never_crowds_out_the_complaint() -> None:
    assert not fa_select.VERDICT.search("به پیشنهاد چندتا از همکارام سفارش دادم")
    assert fa_select.VERDICT.search("حتما پیشنهاد میکنم")  # the verdict itself: as before
    said = reflect(
        [
            "کباب کوبیده واقعا عالی بود. به پیشنهاد چندتا از همکارام اولین بار بود که از شما"
            " سفارش دادم و خیلی راضی هستم. طعم و مزه برنج و زمان رسیدن هم عالی بود. در مورد"
            " ماست هم طعمش خیلی خوب بود فقط حجم ماستتون نسبت به بقیه رستورانها خیلی کمه."
            " براتون آرزوی موفقیت دارم"
        ],
        "fa",
    )
    assert "خیلی کمه" in said  # the one complaint, heard


def test_a_shrug_closing_the_complaint_never_stands_in_for_it() -> None:
    said = reflect(
        [
            "کیک شکلاتی خیلی تازه و خوشمزه بود و بسته بندی هم تمیز. تارت میوه خیلی تازه بود اما"
            " خیلی خیلی ترش بود و آدم نمیتونه زیاد بخوره, اما خب سلیقه‌ای هست, من جای شما بودم"
            " میزان لیموش رو کمتر میکردم چون تارت نباید انقدر ترش باشه. بازم از این قنادی"
            " سفارش میدم."
        ],
        "fa",
    )
    assert "خیلی خیلی ترش بود" in said  # the complaint, kept
    assert "سلیقه‌ای هست" not in said  # the shrug, meaningless without it


def test_the_customers_you_are_to_the_company_is_quoted_never_said_to_them() -> None:
    assert fa.shift("واقعا یکی از بهترین رستوران‌های محله هستید") is None
    assert fa.shift("اگر اهل رمان‌های جنایی هستین حتما بخونید") is None
    assert fa.shift("از خرید راضی ام") == "از خرید راضی هستید"  # their own state: shifted
    said = reflect(["واقعا یکی از بهترین کافه‌های شهر هستید، قهوه عالی و برخورد عالی."], "fa")
    assert "گفتید «" in said and "هستید" in said


def test_agreeing_in_m_is_the_customers_own_and_shifted() -> None:
    assert fa.shift("با نظر کاربر قبلی کاملا موافقم") == "با نظر کاربر قبلی کاملا موافقید"
    assert fa.shift("من مخالفم") == "شما مخالفید"


def test_is_there_such_a_thing_has_no_we_to_shift() -> None:
    assert fa.shift("مگه داریم رمان به این خوبی") is None
    said = reflect(["چه رمانی بود!! مگه داریم رمان به این خوبی؟..."], "fa")
    assert "مگه دارید" not in said and "«مگه داریم رمان به این خوبی" in said
    assert fa.shift("ما هم کتاب داریم") == "شما هم کتاب دارید"  # a plain "we": shifted


def test_a_greeting_glued_by_a_joiner_and_a_whole_sign_off_go() -> None:
    said = reflect(["سلام‌وقت بخیر باشه کیفیت خوب بود ولی غذا خیلی دیر رسید"], "fa")
    assert "بخیر" not in said and "باشه" not in said and "دیر رسید" in said
    said = reflect(["لطفا کتاب های بیشتری از این نویسنده بذارید.\nبا کمال تشکر"], "fa")
    assert "کمال" not in said and "بذارید" in said
    assert "باشه" in reflect(["هر وقت غذا گرم باشه خوبه"], "fa")  # a «باشه» of the telling


def test_a_call_closing_with_a_courtesy_and_an_answered_handle_go() -> None:
    said = reflect(
        ["واقعا قشنگه\nمن تازه شروعش کردم\nقلمش روان و زیباست\nنویسنده جان خسته نباشی🌷🌷"], "fa"
    )
    assert "جان" not in said and "قلمش روان و زیباست" in said
    said = reflect(["به reza\nخود کلمه عربی هست پس باید با تنوین نوشته بشه"], "fa")
    assert "reza" not in said and "تنوین" in said
    # A thanks going on to a request is content: the call stays with it, nothing dropped.
    said = reflect(
        ["کتاب خوبی بود.\nطاقچه جان ممنون که تخفیف میدی لطفا همه کتاب ها رو تخفیف بده"], "fa"
    )
    assert "همه کتاب ها" in said


def test_a_stop_typed_without_its_space_still_ends_the_sentence() -> None:
    said = reflect(["دونات‌ها یخ کرده بود، من همیشه داغ تحویل میگرفتم.۴۰ دقیقه تاخیر داشتند"], "fa")
    assert "می‌گرفتید" in said and "میگرفتم" not in said  # no half shift across the stop
    said = reflect(["عالیه.فقط قیمت ها رو بیارید پایین تر"], "fa")
    assert said.startswith("عالیه، ")
    # A list's number glued to its item is no sentence of its own: as typed.
    said = reflect(["داغون بود. ۱سیب زمینی نداشت.۲موادش خیلی کم بود.۳سوخته بود."], "fa")
    assert "نداشت.۲موادش" in said


def test_only_after_praise_names_the_one_complaint() -> None:
    assert fa_select.BUT_ONLY.search("لپ تاپ خیلی عالیه فقط زود شارژ تموم میکنه")
    assert not fa_select.BUT_ONLY.search("فقط بیست دقیقه طول کشید")  # "only": no praise before
    said = reflect(
        [
            "لپ تاپ خیلی عالیه من که از دیجی کالا خریدم خیلی ازش راضیم فقط زود شارژ تموم میکنه"
            " ولی این مهم نیست مهم سالم و نو بودن تمام قطعات دستگاست امیدوارم شماهم انتخابتون"
            " درست باشه و از خریدتون لذت ببرید و من که راضیم"
        ],
        "fa",
    )
    assert "زود شارژ تموم میکنه" in said  # the one complaint, heard


def test_doubled_brackets_mark_a_title_and_are_never_left_open() -> None:
    said = reflect(
        ["کتاب ((خط مقدم ))...روایتی داستانی و مستند از یک یگان...بشدت پیشنهاد میشه..."], "fa"
    )
    assert "(" not in said and "کتاب خط مقدم" in said


def test_it_seems_goes_on_to_what_seems_so() -> None:
    assert fa_slips.goes_on("میاد", "به", "بنظر")
    assert not fa_slips.goes_on("میاد", "و", "دیر")  # «دیر میاد و …»: a verb of its own


def test_a_message_cut_off_after_and_never_ends_the_reflection_on_it() -> None:
    said = reflect(["بد مزه بود، همه‌اش بستنی بود و خامه نداشت فقط بستنی بود و"], "fa")
    assert not said.rstrip(" .").endswith(" و") and "فقط بستنی بود" in said
