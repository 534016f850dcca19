"""Persian reflections, round 27: word-level mends the judged samples' readers asked for."""

from __future__ import annotations

from dialogues.reflection import fa, fa_overall, fa_slips, reflect


def test_an_ordinal_is_a_number_never_a_first_person_verb() -> None:
    # «هشتم» is «هشت» (a past stem of «هشتن») + ‑م to the verb reader: never «هشتید».
    assert fa.shift("فصل بیست و هشتم کتاب خوب بود") == "فصل بیست و هشتم کتاب خوب بود"
    assert fa.shift("فصل هشتم خیلی خوب بود") == "فصل هشتم خیلی خوب بود"  # was «هشتید»
    assert fa.shift("قسمت نهم رو دوست داشتم") in (None, "قسمت نهم رو دوست داشتید")
    said = reflect(["کتاب بیست و هشتم این مجموعه بود، خیلی خوب بود"], "fa")
    assert "هشتید" not in said and "بیست و هشتم" in said


def test_a_pronoun_with_a_comma_glued_before_it_is_still_shifted() -> None:
    # «… خوب باشه ،من دوست نداشتم»: the comma typed on «من» never leaves it in our voice.
    assert fa.shift("شاید خوب باشه ،من دوست نداشتم") == "شاید خوب باشه ،شما دوست نداشتید"
    said = reflect(["برای بعضیا شاید جالب باشه ،من دوست نداشتم"], "fa")
    assert "من دوست نداشتید" not in said and "شما دوست نداشتید" in said


def test_maybe_and_now_with_a_glued_also_are_never_mine() -> None:
    # «شایدم» is «شاید هم» ("maybe also"), never «شاید» + "my" shifted to «شایدتان».
    assert fa.shift("شایدم ناقص ترجمه شده") == "شاید هم ناقص ترجمه شده"
    assert fa.shift("الانم هنوز کار میکنه") == "الان هم هنوز کار میکنه"
    said = reflect(["منظورش چی بود اصلا؟؟؟\nشایدم ناقص ترجمه شده"], "fa")
    assert "شایدتان" not in said and "شاید هم" in said


def test_a_comma_typed_without_its_space_gets_one() -> None:
    assert (
        fa_slips.tidied("مزرعه ای سرشار از پند، رفاقت،اندرز")
        == "مزرعه ای سرشار از پند، رفاقت، اندرز"
    )
    assert fa_slips.tidied("پس عالی,تحویل سریع بود") == "پس عالی، تحویل سریع بود"
    assert fa_slips.tidied("قیمت ۱۰,۰۰۰ تومان") == "قیمت ۱۰,۰۰۰ تومان"  # a number: untouched
    said = reflect(["کتابی بی نظیر،تصویر سازی فوق العاده"], "fa")
    assert "نظیر،تصویر" not in said and "نظیر، تصویر" in said


def test_a_stop_or_question_mark_typed_against_the_next_word_gets_its_space() -> None:
    assert fa_slips.tidied("گفتید «کی میاد؟فک کنم دیره»") == "گفتید «کی میاد؟ فک کنم دیره»"
    assert fa_slips.tidied("گفتید «عالی!واقعا خوب بود»") == "گفتید «عالی! واقعا خوب بود»"
    assert (
        fa_slips.tidied("گفتید «ممنون از طاقچه .دمتون گرم»") == "گفتید «ممنون از طاقچه. دمتون گرم»"
    )
    kept = "گفتید «بزرگ نشده چون .روابط آزاد»"  # after «چون» the mark is stray, no stop
    assert fa_slips.tidied(kept) == kept
    said = reflect(["ممنون از طاقچه .دست همتون درد نکنه،کتابا عالی..."], "fa")
    assert "طاقچه ." not in said and "،کتابا" not in said


def test_an_arabic_adverb_in_bal_is_one_word() -> None:
    # «بالاجبار» (ب + ال + اجبار: "perforce") is never parted «بالا جبار» ("up" + a name).
    said = reflect(["چون مهمان داشتم بالاجبار شیرینی رو استفاده کردم اما اصلا خوب نبود"], "fa")
    assert "بالا جبار" not in said and "بالاجبار" in said


def test_my_on_an_adjective_after_a_plural_noun_is_never_left_beside_a_shift() -> None:
    # «مهمونهای خارجیم» is "my foreign guests": «آبروی شما جلو مهمونهای خارجیم» is a half shift.
    assert fa.shift("فقط آبروی من جلو مهمونهای خارجیم رفت") is None
    assert fa.shift("سفارشهای قبلیم سرد بود که حالمون رو گرفت") is None
    assert fa.shift("آبروی من جلو مهمونها رفت") == "آبروی شما جلو مهمونها رفت"  # no ‑م left


def test_the_overall_verdict_is_never_the_part_left_out() -> None:
    assert fa_overall.verdict(
        "باتریش ضعیفه  در کل از خریدم راضی هستم و اگر پول کم دارین بخرین"
    ) == ("در کل از خریدم راضی هستم")
    assert fa_overall.verdict("در کل قشنگه رنگ قرمز فقط برای پشتش هست") is None  # cut mid-clause
    assert fa_overall.verdict("در کل مرسی از دیجی کالا عزیز ک با بسته بندی عالی فرستاد") is None
    assert fa_overall.verdict("در کل جز جوجه اون هم نه چندان عالی ولی بد نبود") is None
    said = "گفتید «کثرت شخصیت ها آدمو گیج می کرد» و چند نکته‌ی دیگر هم گفتید"
    told = ["کثرت شخصیت ها آدمو گیج می کرد و خیلی طولانی بود. اما در کل جذاب بود. دو پیشنهاد دارم"]
    assert fa_overall.with_verdict(said, told) == (
        "گفتید «کثرت شخصیت ها آدمو گیج می کرد»، و گفتید «در کل جذاب بود» و چند نکته‌ی دیگر هم گفتید"
    )
    kept = "گفتید «در کل جذاب بود»"  # said already: never twice
    assert fa_overall.with_verdict(kept, ["در کل جذاب بود"]) == kept


def test_a_closing_i_liked_it_or_not_is_the_verdict_said_past_the_budget() -> None:
    told = (
        "نمیدونم چرا اصلا محیط و شرایط کتاب های این نویسنده برام قابل تصور و شخصیت پردازی نیست؛"
        "کتاب پر از شخصیت های بیگانه است که یه جوون ایرانی شاید نتونه هیچ هم ذات پنداری باهاشون"
        " داشته باشه؛حداقل واسه من که اینطور بود؛ترجیح میدم کتابی بخونم که حداقل فرهنگ جامعه اش"
        " برام قابل تصور باشه؛راستش من اصلا این کتاب و دوس نداشتم"
    )
    assert "دوس نداشتید" in reflect([told], "fa")


def test_a_call_opening_the_message_is_never_said_in_our_voice() -> None:
    assert fa_slips.mend("طاقچه جان! این چی بود آخه؟!") == "این چی بود آخه؟!"
    assert fa_slips.mend("عزیزان من . اینکه عقیده اش عوض شد مهم نیست") == (
        "اینکه عقیده اش عوض شد مهم نیست"
    )
    kept = "ای جان... چه کرده طاقچه جان"  # «ای جان» is delight, not a call
    assert fa_slips.mend(kept) == kept
    said = reflect(["دوستان ...\nکتاب خیلی کند پیش میره و خسته کننده بود"], "fa")
    assert "دوستان" not in said


def test_an_unmarked_how_opens_an_exclamation_quoted_never_asked() -> None:
    said = reflect(["چقدر داستان بی خود و الکی ای بود. حیف وقتم"], "fa")
    assert "می‌پرسید" not in said and "«چقدر داستان بی خود و الکی ای بود»" in said
    assert fa_slips.exclaimed("چقدر احساسات ما آدم ها شبیه همه")  # never «… شما آدم ها …»
    asked = reflect(["چقدر طول میکشه تا کتاب برسه"], "fa")  # a time: still asked
    assert "می‌پرسید" in asked


def test_a_closing_wish_set_apart_is_the_sign_off() -> None:
    assert fa_slips.mend("برای کار سنگین راضیتون نخواهد کرد  شاد باشید") == (
        "برای کار سنگین راضیتون نخواهد کرد"
    )
    assert fa_slips.mend("عالی بود.خیلی خوشم اومد🍁🍁موفق باشیدد") == "عالی بود. خیلی خوشم اومد🍁🍁"
    to_them = "خدا قوت به تمام سربازان ، در پناه خدا پیروز باشید"  # after a comma: content
    assert fa_slips.mend(to_them) == to_them
    assert fa_slips.mend("موفق باشید") == "موفق باشید"  # nothing else: kept


def test_a_quote_closing_on_a_turn_is_marked_cut() -> None:
    assert fa_slips.tidied("گفتید «هزینه کارتریج زیاده البته» و «…»") == (
        "گفتید «هزینه کارتریج زیاده …» و «…»"
    )
    assert fa_slips.tidied("گفتید «توصیه خود شرکت ولی»") == "گفتید «توصیه خود شرکت …»"
    kept = "گفتید «ولی»"  # the turn alone: nothing before it to cut
    assert fa_slips.tidied(kept) == kept


def test_a_verdict_before_a_hope_ends_there_and_an_earlier_in_general_is_not_it() -> None:
    text = (
        "هر کس یه چیزی میگه در کل من که خریدم زود خراب شد. در کل دوستان من که راضی نبودم امیدوارم"
    )
    assert fa_overall.verdict(text) == "در کل دوستان من که راضی نبودم"
    said = "گفتید «هر کس یه چیزی میگه در کل من که خریدم زود خراب شد»"
    assert fa_overall.with_verdict(said, [text]).endswith("و گفتید «در کل دوستان من که راضی نبودم»")
    shifted = "گفتید «یه چیزی میگه»، در کل شما راضی هستید"  # said already, in our voice
    assert fa_overall.with_verdict(shifted, ["یه چیزی میگه در کل من راضی هستم"]) == shifted


def test_a_bare_verdict_said_thrice_after_a_quote_is_theirs_once() -> None:
    assert fa_slips.tidied("پس گفتید «به همه توصیه‌ش میکنم»، عالی عالی عالی") == (
        "پس گفتید «به همه توصیه‌ش میکنم»، و به نظرتان عالی بود"
    )


def test_a_closing_thanks_again_is_the_sign_off_whole() -> None:
    told = "لطفا کتابهای بیشتری را رایگان قرار دهید.  \nبانشکر مجدد."
    assert fa_slips.mend(told) == "لطفا کتابهای بیشتری را رایگان قرار دهید"
    assert "مجدد" not in reflect([told], "fa")


def test_ratio_typed_without_its_t_is_mended() -> None:
    assert fa_slips.mend("حجمش نسب به قیمتش کمه") == "حجمش نسبت به قیمتش کمه"
    assert fa_slips.mend("نسب و نژاد") == "نسب و نژاد"  # lineage: untouched
