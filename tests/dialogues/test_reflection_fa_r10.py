"""Persian reflections, round 10: the points of a long complaint are heard, not dropped."""

from __future__ import annotations

from dialogues.reflection import fa, reflect


def test_a_bare_past_verb_on_a_present_stem_is_not_second_person() -> None:
    # «کشید» is «طول کشید» ("it took"), never "you pull": the clause is shifted, not quoted.
    assert fa.shift("پیتزا دو ساعت طول کشید تا به دستم رسید") == (
        "پیتزا دو ساعت طول کشید تا به دستتان رسید"
    )
    said = reflect(["سفارش نزدیک یک ساعت طول کشید تا برسه"], "fa")
    assert "«" not in said
    assert "سفارش نزدیک یک ساعت طول کشید تا برسه" in said


def test_a_second_person_verb_is_still_quoted() -> None:
    assert fa.shift("غذا رو خیلی دیر فرستادید") is None  # «آوردید»: the customer to the company


def test_harm_from_the_food_is_heard_over_the_background() -> None:
    message = (
        "از خریدم پشیمون شدم. با اینکه رستوران خیلی نزدیک بود ارسال غذا یک ساعت و نیم طول"
        " کشید تا دستم رسید. وقتی رسید نوشابه هم نبود و غذا هم کمی سرد شده بود متاسفانه."
        " سیب زمینی‌ها هم نرم و بی‌مزه بودن و سس هم نفرستاده بودن. برنج خوب بود ولی مرغش"
        " کهنه بود و باعث دل درد شدیدم شد"
    )
    said = reflect([message], "fa")
    assert "دل درد شدیدتان شد" in said  # the impact, never behind «چند نکته‌ی دیگر»


def test_a_closing_still_not_is_the_outcome_and_is_kept() -> None:
    message = (
        "از سفارشم واقعا ناراحت شدم. با اینکه رستوران تا خونه پنج دقیقه راه بود سفارش"
        " یک ساعت و نیم طول کشید تا برسه. وقتی هم رسید کباب کاملا سرد بود و خودم مجبور"
        " شدم دوباره گرمش کنم. برنج هم خیلی بی کیفیت بود و شفته شده بود. با رستوران تماس"
        " گرفتم موضوع رو گفتم که گفتن پیگیری می‌کنیم و باهاتون تماس می‌گیریم. هنوز که"
        " تماس نگرفتن"
    )
    said = reflect([message], "fa")
    assert "هنوز تماس نگرفتن" in said  # the outcome, its retort's «که» gone


def test_a_spoken_regret_is_said_in_the_written_form() -> None:
    said = reflect(["از خریدم خیلی پشیمون شدم"], "fa")
    assert "از خریدتان خیلی پشیمان شدید" in said


def test_a_later_turn_keeps_its_subject_and_the_opening_problem() -> None:
    message = (
        "با سلام سیب‌ها معلوم بود کیفیت خوبی داشته ولی بسیار مانده بود طوری که باز میکردی"
        " رنگ سفید داخلش به قهوه‌ای زده بود و تکه‌های سیب بعضی هاش حالت پلاسیده داشت درضمن"
        " سایز سیب میتونست یکدست‌تر باشه درصورتی که نسبتا ریز هم داشت پرتقال کیفیتش خوب بود"
        " ولی هیچ برتری نسبت به قیمت بالاترش نداشت از جمله اینکه پوستش بسیار کلفت بود نکته"
        " آخر اینکه قیمتش نسبت به کیفیت ارائه شده بالا بود و با توجه به کامنت هایی که"
        " خونده بودم و قیمت هایی که دیدم توقعم خیلی بالاتر بود"
    )
    said = reflect([message], "fa")
    assert "ولی بسیار مانده بود" in said  # the opening complaint, never dropped
    assert "پرتقال کیفیتش خوب بود ولی هیچ برتری" in said  # never a subjectless «هیچ برتری …»


def test_what_a_thanks_was_for_goes_with_the_thanks() -> None:
    said = reflect(
        ["پیتزا واقعا داغ و خوشمزه بود و راضی بودم. متشکرم هم بابت پیتزا و هم بابت کد تخفیف."], "fa"
    )
    assert "راضی بودید" in said
    assert "بابت" not in said  # never «… راضی بودید، هم بابت پیتزا و هم بابت …»


def test_an_emphatic_i_at_least_is_quoted_never_a_retort() -> None:
    said = reflect(["کباب خیلی آبدار بود. من که خیلی دوست داشتم."], "fa")
    assert "«من که خیلی دوست داشتم»" in said
    assert "شما که" not in said  # «شما که دوست داشتید» reads as "but you liked it!"


def test_two_words_run_together_after_a_non_joining_letter_are_spaced() -> None:
    said = reflect(["تعدادبسته سس زیاد بوداماهمه تند بودند"], "fa")
    assert "تعداد بسته سس زیاد بود اما همه تند بودند" in said
    assert "«" not in said  # spaced, the clause is the bot's own, no typo to quote


def test_a_loanword_or_a_glued_and_is_never_cut() -> None:
    said = reflect(["آواکادو خیلی خوب بود و با ادب وتربیت تحویل دادن"], "fa")
    assert "آواکادو" in said  # never «آوا کادو»
    assert "وتر بیت" not in said


def test_a_stray_comma_before_and_or_a_unit_goes() -> None:
    said = reflect(["رستوران یه مقدار دوره اما زیر ۲۵، دقیقه غذا رو میارن"], "fa")
    assert "زیر ۲۵ دقیقه" in said
    said = reflect(["نان داغ و تازه ,و قیمت مناسب بود"], "fa")
    assert "تازه و قیمت مناسب بود" in said
    assert "," not in said


def test_a_misspelt_wanted_is_quoted_never_shifted_as_a_typo() -> None:
    said = reflect(["لوبیا سبز میخاستم نه لوبیا قرمز"], "fa")
    assert "«لوبیا سبز میخاستم نه لوبیا قرمز»" in said
    assert "می‌خاستید" not in said  # «میخاستم» is «می‌خواستم» misspelt: their words


def test_a_later_sentence_gives_its_first_whole_clause_not_nothing() -> None:
    message = (
        "سفارش من پاستا آلفردو بود ولی پاستا پستو ارسال کردید. امیدوارم این مشکل پیگیری شود"
        " و قابل ذکره که پاستا خوش طعم بود و سبک بود، برای یک شام سبک خیلی خوبه، مخصوصا"
        " در وعده‌ی غذایی شام که میخواین غذای سبک بخورین، چرب هم نبود در کل خوب بود"
    )
    said = reflect([message], "fa")
    assert "این مشکل پیگیری شود" in said  # the request and the praise, not dropped
    assert "پاستا خوش طعم بود" in said


def test_a_we_verb_with_an_object_suffix_is_never_half_shifted() -> None:
    assert fa.shift("نتونستیم بخوریمش") is None  # never «نتونستید بخوریمش»
    said = reflect(["کباب خیلی شور بود. اصلا نتونستیم بخوریمش"], "fa")
    assert "نتونستید" not in said


def test_a_what_kind_of_exclamation_is_quoted() -> None:
    said = reflect(["کیک له شده رسید. این چه وضع ارساله"], "fa")
    assert "«این چه وضع ارساله»" in said


def test_an_hour_and_a_half_run_together_is_spaced() -> None:
    said = reflect(["دو ساعتو نیم بعد غذا رسید"], "fa")
    assert "دو ساعت و نیم بعد غذا رسید" in said


def test_an_addressee_and_greeting_opening_the_message_are_not_quoted() -> None:
    said = reflect(["مدیریت محترم سلام لطفا پیک را توجیه کنید که غذا را دم در تحویل دهد"], "fa")
    assert "مدیریت" not in said
    assert "سلام" not in said


def test_a_greeting_darud_opening_a_thanks_is_not_quoted() -> None:
    said = reflect(["درود بر شما سپاس از ارسال سریع و برخورد خوب پیک"], "fa")
    assert "درود" not in said
    assert "ممنونید" in said
