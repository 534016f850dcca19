"""Persian reflections, round 16: no half shift of person (the company's «اوردین», a «we»
that is everyone's, a «we» in «… نخوریم»), and the typist's leftovers mended before a
message is heard (a word typed twice, a list's heading, a sign-off's «با», a line's «فقط»)."""

from __future__ import annotations

from dialogues.reflection import fa, fa_slips, fa_text, reflect


def test_the_companys_verb_typed_without_its_madda_keeps_the_clause_quoted() -> None:
    # Shifting «سفارش دادیم» alone would leave «اوردین» to say the customer brought it.
    assert fa.shift("کیک شکلاتی سفارش دادیم کیک وانیلی اوردین") is None
    said = reflect(["کیک شکلاتی سفارش دادیم کیک وانیلی اوردین آخه چرا"], "fa")
    assert "سفارش دادید" not in said
    assert "«کیک شکلاتی سفارش دادیم کیک وانیلی اوردین" in said
    # A third person «اوردن» is no «you»: the clause still shifts.
    assert fa.shift("غذا رو دیر اوردن و من ناراحت شدم") == "غذا رو دیر اوردن و شما ناراحت شدید"


def test_a_saying_about_all_of_us_is_never_all_of_you() -> None:
    for clause in ("همه ما از یک ترس رنج میبریم", "ما همه گاهی اشتباه میکنیم"):
        assert fa.shift(clause) is None
    said = reflect(["همه ما از یک ترس رنج میبریم. کتاب خوبی بود"], "fa")
    assert "همه شما" not in said and "شما همه" not in said
    # A plain «ما» is the customer's own: shifted.
    assert fa.shift("ما غذا نخوردیم") == "شما غذا نخوردید"


def test_a_we_in_a_negative_subjunctive_is_never_left_beside_a_shifted_verb() -> None:
    # «امیدوارید … نخوریم» mixes two people: the clause is quoted whole.
    assert fa.shift("امیدوارم دیگه غذای سرد نخوریم") is None
    assert fa.shift("مجبور شدیم غذا رو نخوریم") is None
    assert fa.shift("ما پول نداریم") == "شما پول ندارید"


def test_a_little_word_typed_twice_is_said_once_but_praise_stays() -> None:
    assert fa_slips.mend("امیدوارم ضربه ای به به ذهن جامعه نزنیم") == (
        "امیدوارم ضربه ای به ذهن جامعه نزنیم"
    )
    assert fa_slips.mend("غذا از از دهن افتاده بود") == "غذا از دهن افتاده بود"
    # «به به» opening a sentence is praise, never a slip.
    assert fa_slips.mend("به به چه غذای خوبی") == "به به چه غذای خوبی"


def test_a_lists_heading_is_no_content() -> None:
    message = "نقاط قوت: غذا گرم رسید و پیک مودب بود نقاط ضعف: نوشابه نداشت"
    assert fa_slips.mend(message) == "غذا گرم رسید و پیک مودب بود. نوشابه نداشت"
    said = reflect([message], "fa")
    assert "نقاط" not in said and ":" not in said
    assert "نوشابه نداشت" in said


def test_a_sign_offs_with_goes_with_it() -> None:
    assert fa_text.prepare("کتاب خوبی بود.با ارادت").rstrip() == "کتاب خوبی بود"
    assert fa_text.prepare("کتاب خوبی بود، با احترام").rstrip() == "کتاب خوبی بود"
    said = reflect(["ترجمه خیلی ضعیف بود.با ارادت"], "fa")
    assert "با" not in said.replace("ترجمه خیلی ضعیف بود", "")


def test_only_closing_a_line_opens_the_next() -> None:
    message = "گذاشتن مجله برای دانلود ایده خوبی است فقط ؛\nزودتر به روز کنید"
    assert fa_slips.mend(message) == (
        "گذاشتن مجله برای دانلود ایده خوبی است\nفقط زودتر به روز کنید"
    )
    said = reflect([message], "fa")
    assert "است فقط" not in said and "فقط»" not in said


def test_invisible_joiners_beside_a_mark_and_a_lone_quote_mark_go() -> None:
    message = 'این کتاب رو بخونید از خنده.\u200c\u200c......" واقعا آدم غبطه میخوره'
    mended = fa_slips.mend(message)
    assert "\u200c" not in mended and '"' not in mended
    said = reflect([message], "fa")
    assert '"' not in said and "\u200c»" not in said
    # Quote marks in a pair name something: they stay.
    assert fa_slips.mend('کتاب "شازده کوچولو" عالی بود').count('"') == 2
    # A joiner inside a word stays.
    assert fa_slips.mend("می\u200cخوام") == "می\u200cخوام"


def test_a_face_typed_between_two_words_is_a_break() -> None:
    assert fa_slips.mend("همش عشق ممنوعه:/تا کی آخه") == "همش عشق ممنوعه تا کی آخه"
    assert fa_slips.mend("خیلی خوب بود:-)ممنون") == "خیلی خوب بود ممنون"


def test_until_when_is_exasperation_told_never_asked() -> None:
    assert fa_slips.rhetorical("از این موضوع خسته شدم تا کی؟")
    said = reflect(["از این موضوع تکراری خسته شدم تا کی؟"], "fa")
    assert "می‌پرسید" not in said
    assert "خسته" in said
    # «آیا» beside it still asks.
    assert not fa_slips.rhetorical("آیا تا کی تخفیف هست؟")
