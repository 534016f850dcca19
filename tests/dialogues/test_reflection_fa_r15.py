"""Persian reflections, round 15: slips of typing mended before a message is heard
(``fa_slips``), the customer's exclamations and advice kept in a quote, no dangling «یا»,
and a later sentence's strongest clause said alone (``fa_points``)."""

from __future__ import annotations

from dialogues.reflection import fa_points, fa_slips, reflect
from dialogues.reflection.units import Unit


def test_a_stop_after_a_word_that_cannot_end_a_sentence_is_a_slip() -> None:
    said = reflect(["یک رمان تاریخی از. زبان دو خواهر! خیلی خوش خوان است"], "fa")
    assert "از زبان دو خواهر" in said
    assert "از،" not in said
    # «درجه یک.» ends its sentence: «یک» can, so the stop stays a cut.
    assert fa_slips.mend("کیفیت درجه یک. حتما دوباره می‌خرم") == "کیفیت درجه یک. حتما دوباره می‌خرم"


def test_a_verb_typed_in_pieces_is_one_word() -> None:
    assert fa_slips.mend("این روش محبوب به شمار نمی آ ید.") == "این روش محبوب به شمار نمی‌آید."
    said = reflect(["این روش محبوب به شمار نمی آ ید. نویسنده خوب نوشته است"], "fa")
    assert "نمی‌آ ید" not in said and "آ ید" not in said


def test_a_signature_line_is_never_said_back() -> None:
    message = "نقد شما به این کتاب منصفانه نیست.\nنویسنده با دقت منابع را آورده است.\n-ویراستار"
    assert fa_slips.mend(message).endswith("آورده است.")
    said = reflect([message], "fa")
    assert "ویراستار" not in said
    assert "منصفانه نیست" in said


def test_a_closing_vassalam_goes() -> None:
    said = reflect(["هر وقت قیمت رو کم کردین خبر بدین بخرم...والسلام!!!"], "fa")
    assert "والسلام" not in said
    assert "قیمت رو کم کردین" in said


def test_an_exclamation_is_quoted_never_said_in_the_bots_voice() -> None:
    said = reflect(["چه خبره بابا بیست تومن برای یه کتاب"], "fa")
    assert "«چه خبره بابا بیست تومن برای یه کتاب»" in said
    said = reflect(["بابا چقدر این نسخه غلط تایپی داره"], "fa")
    assert "«بابا چقدر این نسخه غلط تایپی داره»" in said
    assert fa_slips.exclaimed("یعنی چی این همه تاخیر")
    assert not fa_slips.exclaimed("بابام این کتاب رو خیلی دوست داشت")  # "my father"


def test_advice_to_other_readers_is_quoted() -> None:
    said = reflect(["داستانش خیلی گیرا بود حتما بخونیدش"], "fa")
    assert "«داستانش خیلی گیرا بود حتما بخونیدش»" in said
    # «حتما باید …» is no imperative to readers: said back as before.
    assert not fa_slips.exclaimed("صدا ضعیف است و حتما باید با هدفون گوش کنیم")


def test_a_told_sentence_loses_the_ya_that_tied_it_to_a_list() -> None:
    assert fa_slips.without_or("یا بستنی کاملا آب شده بود", False, "") == "بستنی کاملا آب شده بود"
    # a call, an either-or, a question, a clause inside its sentence and a verbless tail keep it
    assert fa_slips.without_or("یا خدا چرا اینقدر دیر رسید", False, "").startswith("یا خدا")
    either = "یا کتاب خیلی عمیقه یا من نمیفهمم"
    assert fa_slips.without_or(either, False, "") == either
    assert fa_slips.without_or("یا خیلی باحاله", True, "") == "یا خیلی باحاله"
    assert fa_slips.without_or("یا بستنی آب شده بود", False, "، ") == "یا بستنی آب شده بود"
    assert fa_slips.without_or("یا شخصیت دکتر را", False, "") == "یا شخصیت دکتر را"
    message = (
        "هر بار سفارش ناقص میاد و پیک هم جواب نمیده. بجای نوشابه مشکی نارنجی میارن. "
        "یا بستنی کاملا آب شده میرسه! واقعا چرا اینطوریه؟"
    )
    said = reflect([message], "fa")
    assert "، یا " not in said and " یا بستنی" not in said


def _units(*clauses: tuple[str, int, str]) -> list[Unit]:
    return [
        Unit(text, i, False, sentence, glue) for i, (text, sentence, glue) in enumerate(clauses)
    ]


def test_a_later_sentence_too_long_keeps_its_closing_complaint() -> None:
    message = (
        "کیفیت برگر خیلی بد بود، نون خشک و سرد، انگار از دیروز مونده بود! جالبه که"
        " یک ساعت و نیم هم طول کشید تا برسه، مجبور شدم خودم دوباره گرمش کنم، واقعا"
        " پشیمونم از این سفارش و پولی که دادم و اصلا از غذا لذت نبردم!"
    )
    said = reflect([message], "fa")
    assert "کیفیت برگر خیلی بد بود" in said
    assert "پشیمانید از این سفارش" in said  # the regret closing the telling is heard
    assert "چند نکته‌ی دیگر" in said  # and what went is said to have been heard


def test_a_clause_inside_its_sentence_or_leaning_on_another_is_never_said_alone() -> None:
    units = _units(
        ("دوستانی که با شخصیت اصلی مشکل دارن خیلی بد قضاوت میکنن", 2, ""),
        ("اصلا نباید سراغش بیان", 2, "، "),
    )
    sizes = [len(u.text.split()) for u in units]
    assert fa_points.alone(units, [0, 1], [12.0, 6.0], lambda i: sizes[i], 30) == []
    units = _units(
        ("یک ساعت طول کشید", 2, ""),
        ("که غذا کاملا سرد و بد و بی کیفیت رسید", 2, " "),
    )
    sizes = [len(u.text.split()) for u in units]
    assert fa_points.alone(units, [0, 1], [5.0, 12.0], lambda i: sizes[i], 30) == []
    units = _units(
        ("یک ساعت طول کشید", 2, ""),
        ("غذا کاملا سرد و بد و بی کیفیت رسید", 2, "، "),
    )
    assert fa_points.alone(units, [0, 1], [5.0, 12.0], lambda i: sizes[i], 30) == [1]


def test_a_question_word_only_inside_inke_is_told_not_asked() -> None:
    message = (
        "فضای داستان خوب ساخته شده بود و شخصیت ها باورپذیر بودن. فقط مشکلم با پایانش بود"
        " که انگیزه قاتل رو نفهمیدم و اینکه اون نامه رو کی فرستاده بود!؟"
    )
    said = reflect([message], "fa")
    assert "می‌پرسید" not in said  # a complaint told, never framed as a question
    assert "مشکلم با پایانش بود" in said
    assert fa_slips.rhetorical("یه سالاد کوچیک ۴۳ هزار تومن؟")
    assert not fa_slips.rhetorical("چرا سفارشم هنوز نرسیده؟")
    assert not fa_slips.rhetorical("فقط سوالم اینکه آیا داستان واقعی بود؟")  # it asks


def test_a_thanks_for_something_is_never_left_headless() -> None:
    message = (
        "سلام با تشکر از پیگیری و پیک خوش برخورد شما. کباب واقعا لذیذ و آبدار بود و برنجش"
        " هم کاملا دم کشیده و خوش عطر بود و برای سه نفر کافی بود. بسته بندی هم مرتب و تمیز"
        " بود و غذا گرم رسید"
    )
    said = reflect([message], "fa")
    assert "«از پیگیری" not in said and "، از پیگیری" not in said  # never «از …» alone
    assert "کباب واقعا لذیذ" in said


def test_a_closing_plea_is_heard_and_weaker_clauses_give_way() -> None:
    message = (
        "خوش طعم بود ولی مقدار گوشتش نسبت به نونش کم بود سس هم معمولی بود ولی خوب بود بطور"
        " کلی قابل قبول بود هزینه ارسالش نسبت به فاصله و مقایسه با سایر رستورانها بالاست"
        " لطفا اسنپ فود این مورد رو اصلاح بفرمایید"
    )
    said = reflect([message], "fa")
    assert "اصلاح بفرمایید" in said  # what they ask for is never left behind
    assert "گوشتش نسبت به نونش کم بود" in said  # the strongest complaint stays
    units = _units(("غذا سرد بود", 1, ""), ("ولی خوب بود", 1, " "), ("لطفا گرم بفرستید", 1, " "))
    assert fa_points.with_closing_plea(units, [0, 1], [9.0, 2.0, 8.0], 8) == [0, 2]
    # a plea leaning on what went («ولی لطفا …») is never said alone
    units = _units(("غذا سرد بود", 1, ""), ("ولی لطفا گرم بفرستید", 1, " "))
    assert fa_points.with_closing_plea(units, [0], [9.0, 8.0], 5) == [0]
