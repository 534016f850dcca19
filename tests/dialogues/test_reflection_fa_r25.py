"""Persian reflections, round 25: word-level mends the blind gates' readers asked for."""

from __future__ import annotations

from dialogues.reflection import fa, fa_slips, reflect
from dialogues.text import ZWNJ


def test_a_list_verb_after_and_and_a_line_break_stays_in_its_sentence() -> None:
    # Digikala's «و …» ("and so on") with its dots stripped, then the list's verb.
    told = "ویندوز ۷ نصب میشه ولی برخی درایورها مربوط به کارت گرافیک و    شناسایی نمیشن"
    assert fa_slips.mend(told).endswith("کارت گرافیک شناسایی نمیشن")
    said = reflect(["غذا سرد بود ولی برخی سس ها و    نیومد"], "fa")
    assert "سس ها و،" not in said and "سس ها نیومد" in said
    # After «و   » a clause of its own («مخالف بودم»، not a verb alone) still opens a line.
    apart = "عدم هماهنگی با اندروید و   مخالف صد  بودم اما الان موافقم"
    assert fa_slips.mend(apart) == apart
    long_line = "قطعات داخلی پیداست و   خیلی کم پیدا میشه و به جز اینجا ندیدم"
    assert fa_slips.mend(long_line) == long_line  # more than a short predicate: untouched


def test_a_comma_typed_between_two_spaces_sits_on_its_word() -> None:
    assert fa_slips.tidied("پس روشنگر و مفید ، بخوانید") == "پس روشنگر و مفید، بخوانید"
    assert fa_slips.tidied("شما طبق درخواست بودید , تمامی") == "شما طبق درخواست بودید، تمامی"
    assert fa_slips.tidied("گفتید «چاپ چندم هست؟ ، کسی»") == "گفتید «چاپ چندم هست؟ ، کسی»"
    assert fa_slips.tidied("قیمت ۱۰ ، ۲۰ هزار") == "قیمت ۱۰ ، ۲۰ هزار"  # digits: untouched
    said = reflect(["ترجمه خوبی داره . در کل ، ارزش خوندن داره"], "fa")
    assert " ،" not in said and "در کل، ارزش" in said


def test_its_or_my_typed_apart_goes_back_on_its_word() -> None:
    assert fa_slips.tidied("پیتزا ش عالی بود") == "پیتزاش عالی بود"
    assert fa_slips.tidied("گفتید «معده م درد گرفت»") == f"گفتید «معده{ZWNJ}م درد گرفت»"
    # «م» (my) outside a quote is the bot's voice: never glued there unshifted.
    assert fa_slips.tidied("اعصاب م خورد شد") == "اعصاب م خورد شد"
    assert fa_slips.tidied("گفتید «فقط رنج 3 م به بالا»") == "گفتید «فقط رنج 3 م به بالا»"
    assert fa_slips.tidied("گفتید «از ش نظرم»") == "گفتید «از ش نظرم»"  # too short a word
    said = reflect(["هر موقع این کتابو میخونم حسابی اعصاب م خورد میشه و هیچ کس کاری نمیکنه"], "fa")
    assert "اعصاب م" not in said


def test_let_us_before_an_if_is_still_let_us() -> None:
    # «بخوانیم» opening the clause is "let us read", never «بخوانید» (an order of the bot's).
    assert fa.shift("کتاب مفیدیه، بخوانیم و اگر بتوانیم به کار بگیریم") is None
    # After «اگر/باید» a «ب…یم» is their plain subjunctive, shifted as before.
    assert fa.shift("اگر بتوانیم در زندگی به کار بگیریم") == "اگر بتوانید در زندگی به کار بگیرید"
    said = reflect(["کتاب مفیدیه، بخوانیم و اگر بتوانیم به کار بگیریم"], "fa")
    assert "بخوانید" not in said and "«" in said


def test_a_closing_farewell_is_the_sign_offs() -> None:
    told = "کتاب دوست داشتنی ای بود خیلی خوندنی میشه"
    assert fa_slips.mend(told + " .یا علی و با علی") == told
    assert fa_slips.mend(told + " .التماس دعا") == told
    assert fa_slips.mend(told + "    یا حق") == told
    said = reflect(["روشنگر و مفید بود در زندگی به کار گرفتم .التماس دعا"], "fa")
    assert "دعا" not in said
    # «یا علی» inside a word or not at the end stays («دنیا علی»، «یا علی گفتیم و رفتیم»).
    assert fa_slips.mend("یا علی گفتیم و شروع کردیم") == "یا علی گفتیم و شروع کردیم"
    assert fa_slips.mend("این رمان برای دنیا علی") == "این رمان برای دنیا علی"


def test_a_bare_closing_verdict_after_a_quote_is_said_as_theirs() -> None:
    quoted = "گفتید «کتاب با ترجمه این آقا خوندم»، افتضاح"
    assert fa_slips.tidied(quoted) == "گفتید «کتاب با ترجمه این آقا خوندم»، و به نظرتان افتضاح بود"
    assert fa_slips.tidied("گفتید «پیشنهاد میکنم بخرید»، عالیه").endswith("به نظرتان عالی است")
    # Said already in the quote: not said twice.
    assert fa_slips.tidied("گفتید «افتضاحه کارتون»، افتضاح") == "گفتید «افتضاحه کارتون»"
    # After words of ours («واقعا، عالی») it stays: «و …» would part "really great".
    assert fa_slips.tidied("واقعا، عالی") == "واقعا، عالی"


def test_a_comma_typed_onto_the_next_word_sits_on_its_own() -> None:
    assert (
        fa_slips.tidied("پس داستانی عاشقانه ،متفاوت با بقیه")
        == "پس داستانی عاشقانه، متفاوت با بقیه"
    )
    assert fa_slips.tidied("گفتید «عالی ,مفید»") == "گفتید «عالی، مفید»"
    assert fa_slips.tidied("قیمت ۱۰ ،۲۰ هزار") == "قیمت ۱۰ ،۲۰ هزار"  # digits: untouched


def test_a_question_mark_typed_apart_sits_on_its_word() -> None:
    assert fa_slips.tidied("می‌پرسید «این ترجمه مال کیه ؟»") == "می‌پرسید «این ترجمه مال کیه؟»"
    assert fa_slips.tidied("گفتید «صفحه ۷ ؟»") == "گفتید «صفحه ۷ ؟»"  # after a digit: untouched


def test_a_quote_closing_on_and_is_a_list_going_on() -> None:
    quoted = "گفتید «با حذف کنترل ها و میکروفون و»، قیمتش پایین اومده"
    assert fa_slips.tidied(quoted) == "گفتید «با حذف کنترل ها و میکروفون و …»، قیمتش پایین اومده"
    assert fa_slips.tidied("گفتید «ادامه بدید و …»") == "گفتید «ادامه بدید و …»"  # said so already
