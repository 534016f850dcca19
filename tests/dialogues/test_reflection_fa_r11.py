"""Persian reflections, round 11: what is said back is chosen by its role, not its length."""

from __future__ import annotations

from dialogues.reflection import fa, fa_sides, reflect
from dialogues.reflection.units import Unit


def test_the_complaint_a_message_opens_with_is_kept_with_the_next_one() -> None:
    # Two complaints in one long sentence: the one the customer led with (greasy) is never
    # dropped for the tail of the second one.
    message = (
        "پیتزا به شدت چرب بود به صورتی که با دستمال کاغذی هم روغنش رو می‌گرفتی باز هم روغن"
        " داشت، و آخر سر این نوشابه ما هم نمی‌دونم کجا رفت، نه توی کیسه گذاشته شده بود نه"
        " توی جعبه جداگانه گذاشته نشده بود اصلا"
    )
    said = reflect([message], "fa")
    assert said.startswith("پیتزا به شدت چرب بود")
    assert "نوشابه" in said  # and the second complaint, with its subject


def test_a_mixed_message_keeps_its_short_praise() -> None:
    # «… عالی بود اما …»: both sides of a mixed message, never the complaint alone with
    # "a few other things" standing for the praise.
    message = (
        "کیفیت بسته‌بندی عالی بود اما ساندویچ اصلا گرم نبود و نون هم خیلی خشک شده بود و سس"
        " هم نذاشته بودن و نوشابه هم نفرستاده بودن"
    )
    said = reflect([message], "fa")
    assert said.startswith("کیفیت بسته‌بندی عالی بود اما ساندویچ اصلا گرم نبود")
    assert "چند نکته" not in said


def test_a_long_mixed_clause_still_loses_its_praise() -> None:
    # Past 31 words the whole clause would be read back: the praise goes, as before.
    message = (
        "کیفیت بسته‌بندی عالی بود اما ساندویچ اصلا گرم نبود و نون هم خیلی خشک شده بود و سس"
        " هم نذاشته بودن و نوشابه هم نفرستاده بودن و سیب زمینی هم کاملا سرد و بی مزه و"
        " نرم شده بود"
    )
    said = reflect([message], "fa")
    assert "عالی" not in said  # the praise is not read back; its topic is named, unjudged
    assert said.endswith("و درباره‌ی کیفیت و بسته‌بندی هم نکته‌هایی گفتید")
    assert "ساندویچ اصلا گرم نبود" in said


def test_could_have_been_better_is_the_criticism_of_a_mixed_review() -> None:
    # «… می‌تونست بهتر باشه» holds no problem word, yet it is the only criticism: it is
    # kept over praise, never lost behind «چند نکته‌ی دیگر».
    message = (
        "من دیروز از این رستوران سفارش دادم. سفارش خیلی سریع به دستم رسید و کاملا داغ و"
        " تازه بود. برنج دقیقا همونطور که دوست داشتم عالی بود ولی جوجه به نسبت قیمتش"
        " می‌تونست بهتر باشه. البته در کل این رستوران رو پیشنهاد می‌کنم و باز هم سفارش می‌دم."
    )
    said = reflect([message], "fa")
    assert "جوجه به نسبت قیمتش می‌تونست بهتر باشه" in said
    assert "پیشنهاد می‌کنید" in said  # and the verdict


def test_a_waste_of_money_is_heard_as_the_impact() -> None:
    message = (
        "افتضاح. سوپ کاملا سرد و بی‌نمک بود و مستقیم دور ریخته شد. کباب شور و برنج سفت بود."
        " سالاد پلاسیده و بی‌کیفیت. متاسفم برای این اپ که چنین رستورانی در لیست داره."
        " واقعا حیف پول و وقت که برای سفارش از این رستوران گذاشته شد."
    )
    said = reflect([message], "fa")
    assert "حیف پول و وقت" in said


def test_your_work_said_to_the_company_is_quoted() -> None:
    # «ضعیفه کارتون» ("your work is poor") is said to the company: never in the bot's voice,
    # where it would tell the customer their work is poor.
    said = reflect(["غذا خیلی دیر رسید و کاملا سرد بود. واقعا ضعیفه کارتون"], "fa")
    assert "«واقعا ضعیفه کارتون»" in said
    assert "غذا خیلی دیر رسید و کاملا سرد بود" in said


def test_a_numbered_list_after_a_greeting_leaves_no_stray_number() -> None:
    message = (
        "با سلام ۱. حجم سالاد با توجه به قیمتش واقعا کم بود ۲. سس سالاد هم خیلی ترش بود"
        " که بهتره کمتر ریخته بشه"
    )
    said = reflect([message], "fa")
    assert "۲" not in said and "۱" not in said
    assert "واقعا کم بود، سس سالاد" in said


def test_a_bare_sorry_is_the_customers_feeling() -> None:
    # «متاسف» without its «‑م» would read as the bot apologising: said «متأسف شدید».
    said = reflect(["واقعا متاسف خیلی خیلی بد بود هر چی خواستن فرستادن"], "fa")
    assert said.startswith("واقعا متأسف شدید، خیلی خیلی بد بود")


def test_praise_run_into_and_is_two_words() -> None:
    assert reflect(["خیلی خوبو تازه بود ممنون"], "fa") == "خیلی خوب و تازه بود"


def test_a_short_closing_praise_stays_with_the_complaint() -> None:
    message = (
        "نون کاملا خشک بود و یکم سوخته بود قاشق و چنگال هیچی نذاشته بودین سس هم کم بود"
        " یکم ولی غذا زود رسید و بسته بندی خوب بود"
    )
    said = reflect([message], "fa")
    assert said.endswith("ولی غذا زود رسید و بسته بندی خوب بود»"), said
    assert "چند نکته" not in said


def test_a_praise_sentence_is_said_with_the_complaints_it_stands_by() -> None:
    # Complaints fill the budget; the short sentence of praise after them is the other side
    # of the review, said too, never hidden behind «چند نکته‌ی دیگر».
    message = (
        "نوشابه‌ها که زیر جعبه‌ها له شده بودن و بخشی هم ریخته بود توی کیسه، در مورد پیتزا"
        " مخصوص تقریبا میشه گفت نونش سوخته بود، خیلی بد بود و چون مهمون داشتیم باعث"
        " ناراحتی شد. ولی بقیه غذاها خوب و خوشمزه بود، سالادها هم عالی بود"
    )
    said = reflect([message], "fa")
    assert said.endswith("ولی بقیه غذاها خوب و خوشمزه بود، سالادها هم عالی بود"), said
    assert "نونش سوخته بود" in said


def test_we_must_go_elsewhere_is_never_the_bot_telling_the_customer() -> None:
    # «باید بریم جایی که …» said «باید بروید …» is the bot's advice to go elsewhere.
    assert fa.shift("باید بریم از جایی بخریم که میدونیم نونش تازه‌ست") is None
    said = reflect(["کباب اصلا مزه نداشت. باید بریم از جایی بخریم که میدونیم کبابش خوبه."], "fa")
    assert "باید بروید" not in said and "«باید بریم" in said, said


def test_a_clause_with_a_word_lost_before_that_is_quoted() -> None:
    # «… این سالاد و که …»: a word went missing between «و» and «که»; said in the bot's
    # voice it reads as the bot's own garbled sentence, so it is the customer's, quoted.
    assert fa.shift("کاشکی این سالاد و که کاهوش پلاسیده بود نفرستن") is None


def test_a_turn_whose_clause_was_left_out_loses_its_but() -> None:
    # «…، اما برنج هم کاملا سرد بود» after a complaint: the «اما» turned on the clause left
    # out («با اینکه رستوران نزدیک بود»), so it goes; a turn from praise keeps it.
    units = [
        Unit("غذا خیلی دیر رسید", 0, False, 1, ""),
        Unit("با اینکه رستوران نزدیک بود", 1, False, 2, ""),
        Unit("اما برنج هم کاملا سرد بود", 2, False, 2, " "),
    ]
    kept = fa_sides.unturned(units, [units[0], units[2]])
    assert [u.text for u in kept] == ["غذا خیلی دیر رسید", "برنج هم کاملا سرد بود"]
    praised = [Unit("غذا خوشمزه بود", 0, False, 1, ""), *units[1:]]
    kept = fa_sides.unturned(praised, [praised[0], praised[2]])
    assert kept[1].text == "اما برنج هم کاملا سرد بود"


def test_hours_of_waiting_are_a_point_of_the_quote() -> None:
    # «بیش از ۲ ساعت زمان برد»: the delay is a complaint, never cut for «…».
    message = (
        "برای یه پیتزا کوچیک بیش از ۲ ساعت زمان برد در صورتی که خودم با رستوران تماس"
        " میگرفتم زودتر میرسید کیفیت پیتزا خیلی بد بود و نوشابه کنار غذا کاملا گرم بود"
    )
    said = reflect([message], "fa")
    assert "بیش از ۲ ساعت زمان برد" in said
    assert "کیفیت پیتزا خیلی بد بود" in said


def test_a_long_run_on_in_the_bots_voice_parts_at_its_verbs() -> None:
    message = (
        "کیفیت کباب اصلا مثل دفعه قبل نبود برنجش خیلی خشک و سفت شده بود سالادش هم اصلا"
        " تازه نبود نوشابه هم کاملا گرم بود در کل دفعه قبل خیلی بهتر بود"
    )
    said = reflect([message], "fa")
    assert said.startswith("کیفیت کباب اصلا مثل دفعه قبل نبود، برنجش خیلی خشک")
    assert "سالادش هم اصلا تازه نبود، نوشابه هم کاملا گرم بود" in said
    assert said.count("،") == 2  # never before «در کل …», nor after «شده بود» (a said thing)


def test_pacing_leaves_short_tellings_and_what_was_written_alone() -> None:
    assert fa_sides.paced("غذا سرد بود نوشابه هم گرم بود") == "غذا سرد بود نوشابه هم گرم بود"
    text = (
        "موقع سفارش تعداد را ننوشته بودند فقط نوشته بودند تارت کوچک ۱ کیلو و همین سفارش"
        " را از قنادی‌های دیگر می‌گرفتید که حدود ۲۵ عدد بود"
    )
    # r37: «ننوشته بودند، فقط …» is a clause break (opened_anew); what was written stays whole
    assert "فقط نوشته بودند تارت" in fa_sides.paced(text)


def test_a_short_closing_request_is_heard_past_the_budget() -> None:
    message = (
        "وقتی سفارش برای کسی غیر از صاحب حساب ثبت میشود، بهتره نام گیرنده روی بسته نوشته شود"
        " و این کار مشکلات تحویل و تماس برای تحویل غذا را خیلی کم میکند. همه چیز به موقع"
        " رسید و گرم بود. تنوع نوشیدنی‌ها هم هر چه بیشتر شود بهتر میشود!"
    )
    said = reflect([message], "fa")
    assert "تنوع نوشیدنی‌ها هم هر چه بیشتر شود بهتر میشود" in said, said


def test_what_it_cost_them_closing_the_telling_is_heard() -> None:
    message = (
        "بدترین شامی که می‌شد سفارش داد. رستوران تا خونه ده دقیقه راهه اما دو ساعت طول کشید"
        " تا غذا برسه و توی راه هم خورشت از ظرفش بیرون ریخته بود. برنج به قدری شفته بود که"
        " قابل خوردن نبود. هم پول دادیم هم منتظر موندیم آخرش هم گرسنه خوابیدیم."
    )
    said = reflect([message], "fa")
    assert "آخرش هم گرسنه خوابیدید" in said, said


def test_what_a_waste_is_their_exclamation_quoted() -> None:
    assert fa.shift("واقعا حیف پول") is None  # never the bot's own sigh
    said = reflect(["کباب سرد بود و برنجش هم شفته بود. واقعا حیف پول"], "fa")
    assert "«واقعا حیف پول»" in said, said
