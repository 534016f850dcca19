"""Persian reflections, round 29: what a fresh judge found wrong in first replies."""

from __future__ import annotations

from dialogues.reflection import (
    fa,
    fa_gaps,
    fa_guard,
    fa_overall,
    fa_seams,
    fa_slips,
    fa_text,
    reflect,
)


def test_spoken_for_me_and_the_formal_i_are_shifted() -> None:
    # «واسم جالب بود» (spoken "for me"), «تحویل اینجانب» (the letter's "I"): never unshifted.
    assert fa.shift("شخصیت اصلی کتاب واسم جذاب بود") == "شخصیت اصلی کتاب برایتان جذاب بود"
    assert fa.shift("بسته دیروز تحویل اینجانب گردیده است") == ("بسته دیروز تحویل شما گردیده است")
    assert fa.shift("اینجانب از این خرید راضی هستم") == "شما از این خرید راضی هستید"
    said = reflect(["پیک سفارش را به اینجانب تحویل نداد"], "fa")
    assert "اینجانب" not in said and "به شما تحویل نداد" in said


def test_enjoyed_is_shifted_and_stuck_together_is_left() -> None:
    # «خیلی بهم چسبید» is "I enjoyed it": «به شما», never «به‌هم» (stuck together).
    assert fa.shift("سوپش خیلی بهم چسبید") == "سوپش خیلی به شما چسبید"
    assert "به‌هم" not in reflect(["پایان داستان واقعا بهم چسبید"], "fa")
    # «بهم چسبیده بود» still tells of rice stuck together
    assert fa.shift("برنجش بهم چسبیده بود") == "برنجش به\u200cهم چسبیده بود"


def test_because_is_no_question() -> None:
    # «چرا که …» is "because": told, never «می‌پرسید «چرا که …»».
    said = reflect(["داستان خیلی خوبی بود، چرا که شخصیت ها را زنده توصیف می کند"], "fa")
    assert "می‌پرسید" not in said and "چرا که" in said
    assert "می‌پرسید" in reflect(["چرا سفارش من هنوز نرسیده؟"], "fa")


def test_a_name_ending_in_mo_is_no_possessive() -> None:
    # «کامو» (Camus): never «کایتان را» ("your «کا»"), left as the name it is.
    assert fa.shift("این دو اثر کامو واقعا شاهکار هستند") == "این دو اثر کامو واقعا شاهکار هستند"
    assert "کایتان" not in reflect(["رمان های کامو خیلی عمیق هستند"], "fa")
    # a frequent two-letter noun still takes "my": «جامو» → «جایتان را»
    assert fa.shift("جامو عوض کردن") == "جایتان را عوض کردن"


def test_a_word_ending_in_its_own_ye_is_not_parted() -> None:
    # «کاراکتری» is «کاراکتر» + «ی», never «کارا کتری» (a kettle) in a quote.
    assert fa_text.prepare("حضور کاراکتری شبیه نویسنده") == "حضور کاراکتری شبیه نویسنده"
    assert fa_seams.one_word("کارا", "کتری")
    # a frequent word after it («بسیارعالی») or a modal before it («نبایدکتری») is still parted
    assert not fa_seams.one_word("بسیار", "عالی")
    assert not fa_seams.one_word("نباید", "کتری")


def test_a_dialogue_set_down_is_quoted() -> None:
    # «گفتم:نه، …» (a book's lines): in a quote, never «گفتم» said in the bot's own voice.
    assert fa_guard.slipped("گفتم:نه، این زندگی است که معنا می‌بخشد")
    assert fa_guard.slipped("ازش پرسیدم: امروز چی یاد گرفتی")
    said = reflect(["کتاب قشنگی بود.\nگفتم:نه، این عشق است که زندگی را معنا می‌بخشد."], "fa")
    assert "«گفتم:نه" in said
    assert not fa_guard.slipped("بهشون گفتم که دیر شده")  # no colon: told, shifted as before


def test_a_word_typed_apart_before_its_last_dal_is_whole() -> None:
    # «میکر د»: a space typed after «ر», never a broken word in a quote.
    assert fa_gaps.dal_apart("کاش تحلیل بیشتری میکر د") == "کاش تحلیل بیشتری میکرد"
    assert fa_gaps.dal_apart("شاگر د او بود، د ر خانه") == "شاگرد او بود، در خانه"
    assert fa_gaps.dal_apart("سر د بود") == "سر د بود"  # «سر» is a word: left as typed
    said = reflect(["کتاب بدی نیست. کاش نویسنده تحلیل بیشتری میکر د و راه حل میداد."], "fa")
    assert "میکر د" not in said


def test_the_readers_called_at_the_opening_are_no_word_of_the_point() -> None:
    # «دوستان …» opening the message with no mark after it: the call goes.
    assert fa_slips.mend("دوستان این هدفون خیلی خوبه") == "این هدفون خیلی خوبه"
    assert fa_slips.mend("سلام دوستان من نصبش کردم") == "سلام من نصبش کردم"
    said = reflect(["دوستان من این لپ تاپ رو دو ماهه دارم و خیلی راضی هستم"], "fa")
    assert "دوستان" not in said and "شما این لپ تاپ" in said
    # «دوستانی که …» (those who …) and a call mid-message stay
    assert fa_slips.mend("دوستانی که خریدن راضی هستن") == "دوستانی که خریدن راضی هستن"
    assert "دوستان" in fa_slips.mend("کتاب خوبی بود دوستان بخونید")


def test_a_well_wish_alone_is_not_reflected() -> None:
    # «آرزوی موفقیت دارم براتون» alone is courtesy like a thanks: nothing to reflect.
    assert reflect(["آرزوی موفقیت دارم براتون"], "fa") == ""
    assert reflect(["موفق و پیروز باشید."], "fa") == ""
    said = reflect(["کتاب خوبی بود. آرزوی موفقیت دارم براتون"], "fa")
    assert "کتاب خوبی بود" in said  # beside a telling, the telling is heard


def test_a_closing_recommendation_is_said_beside_a_kept_flaw() -> None:
    # the recommendation closing the review is its verdict: never dropped for «و چند نکته …».
    assert fa_overall.recommended("خوب کار میکنه  من خریدش را به دوستان پیشنهاد میکنم") == (
        "من خریدش را به دوستان پیشنهاد میکنم"
    )
    assert fa_overall.recommended("پیشنهاد میکنم بخرید چون ارزان است") is None  # not closing
    said = fa_overall.with_verdict(
        "البته بدنه‌اش پلاستیکی است و چند نکته‌ی دیگر هم گفتید",
        ["دو ماهه دارم  البته بدنه‌اش پلاستیکی است  ولی خوب کار میکنه  حتما پیشنهاد میکنم"],
    )
    assert said == (
        "البته بدنه‌اش پلاستیکی است، و گفتید «حتما پیشنهاد میکنم» و چند نکته‌ی دیگر هم گفتید"
    )


def test_a_verb_to_you_typed_onto_the_next_word_is_parted() -> None:
    # «دقت کنیداگه …»، «شک نکنیدبرای …»: two words, never one glued non-word in a quote.
    assert fa_text.prepare("روی رنگ دقت کنیداگه بار اوله") == "روی رنگ دقت کنید اگه بار اوله"
    assert fa_text.prepare("شک نکنیدبرای خریدش") == "شک نکنید برای خریدش"
    assert fa_text.prepare("حتما خریدکنید") == "حتما خریدکنید"  # no whole word after it
