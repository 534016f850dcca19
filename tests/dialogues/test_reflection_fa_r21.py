"""Persian reflections, round 21: a long comment typed without punctuation is cut only where
a clause ends, so a quote never stops mid-clause."""

from __future__ import annotations

from dialogues.reflection import fa_points, fa_seams, fa_sides, fa_text, reflect
from dialogues.reflection.units import Unit


def test_a_progressive_is_told_by_its_aux_and_verb() -> None:
    tokens = "فکر کردم نمیفهمم داره چی میگه".split()
    assert fa_seams.progressive(tokens, 3)  # «داره … میگه»: the same person
    assert not fa_seams.progressive("دوتا قفل داره و میشه بست".split(), 2)  # «داره و …»
    assert not fa_seams.progressive("دوستان دارن پیشنهاد میکنم".split(), 1)  # not one person


def test_a_known_word_whose_tail_is_a_word_is_never_parted() -> None:
    assert "اندرسون" in fa_text.prepare("مجموعه داستانهای کوتاه اندرسون رو دوست داشتم")
    assert "ایراداتی" in fa_text.prepare("در کل خوب بود ولی ایراداتی هم داشت")  # a plural
    assert "اپراتور" in fa_text.prepare("اپراتور پشتیبانی جواب درستی نداد")
    assert "قرار بود" in fa_text.prepare("غذا قراربود ساعت هشت برسه")  # run together: parted
    assert "رسید فقط" in fa_text.prepare("غذا زود رسیدفقط سرد بود")


def test_a_common_word_run_on_to_another_is_still_parted() -> None:
    assert "پیتزا مزه" in fa_text.prepare("پیتزامزه خوبی نداشت و سرد بود")
    assert "چهار فصل" in fa_text.prepare("سالاد چهارفصل تازه نبود")
    assert "براساس" in fa_text.prepare("قیمت براساس وزن حساب شد")  # both halves rare: whole
    assert "دیگرگون" in fa_text.prepare("حال و هوای کتاب دیگرگون شد")  # «گون»: a suffix


def test_a_thanks_with_what_it_is_for_is_never_cut_out_of_its_clause() -> None:
    said = reflect(["خیلی ممنون بخاطر بسته بندی تمیز و ارسال سریع"], "fa")
    assert "خیلی،" not in said  # never the intensifier left without its thanks
    assert "ممنون بخاطر" in said


def test_a_thanks_closing_on_its_verb_never_takes_the_next_clause_as_its_object() -> None:
    assert fa_text.prepare("غذا خوب بود ممنون برای ارسال سریع") == (
        "غذا خوب بود ممنون برای ارسال سریع"
    )  # «ممنون برای …»: what it thanks for
    said = fa_text.prepare("از فروشگاه برای این محصول متشکرم برای طراحی عالیه و سبکه")
    assert "متشکرم برای" not in said  # «… متشکرم | برای طراحی عالیه»: a new clause


def test_menu_is_never_shifted_to_you_where_no_verb_takes_me() -> None:
    assert fa_seams.menu("های جدید خیلی گرونه".split()) is True  # «منو های …»: the menu
    assert fa_seams.menu("حسابی معطل کرد".split()) is False  # a verb takes "me"
    assert fa_seams.menu("عید، اصلا خوب نبود".split()) is None  # no verb in its clause: unsure
    said = reflect(["همیشه از این رستوران راضی بودم ولی منو عید، اصلا کیفیت خوبی نداشت"], "fa")
    assert "شما را عید" not in said
    said = reflect(["قیمت پیتزاها با منو یکسان نبود"], "fa")
    assert "شما را" not in said  # after a preposition «منو» is the menu
    said = reflect(["پیک منو نیم ساعت معطل کرد"], "fa")
    assert "شما را" in said  # "me", shifted as before


def _unit(text: str, position: int) -> Unit:
    return Unit(text, position, False, 1, " " if position else "")


def test_a_kept_clause_cut_on_a_noun_before_that_is_said_on_to_its_verb() -> None:
    units = [
        _unit("بعد از نصب ویندوز اولین چیزی", 0),
        _unit("که خوشم اومد باتریش بود که واقعا عالیه و کیفش خیلی معمولیه", 1),
    ]
    said = fa_seams.mended(units, [units[0]])[0].text
    assert said == "بعد از نصب ویندوز اولین چیزی که خوشم اومد باتریش بود"
    units = [
        _unit("شارژش هم خوبه اولش", 0),
        _unit("که روشنش کنی کند میچرخه و فکر میکنی قدرتی نداره", 1),
    ]
    said = fa_seams.mended(units, [units[0]])[0].text
    assert said == "شارژش هم خوبه اولش که روشنش کنی کند میچرخه"  # not on past «و …»


def test_a_clause_ending_on_its_verb_or_kept_with_its_neighbour_is_left_alone() -> None:
    units = [
        _unit("حالا باید یک ساعت دیگه صبر کنم", 0),
        _unit("تا یه غذای دیگه بیارن که معلوم نیست کی میرسه", 1),
    ]
    assert fa_seams.mended(units, [units[0]]) == [units[0]]  # «کنم» closes the clause
    units = [_unit("اولین چیزی", 0), _unit("که دیدم جعبه اش بود که خیلی شیک بود", 1)]
    assert fa_seams.mended(units, units) == units  # both said: joined as written


def test_the_closing_verdict_is_kept_like_a_closing_plea() -> None:
    units = [
        _unit("مکشش خیلی خوبه و صداش هم کمه", 0),
        _unit("کیسه هاش زود پر میشه و باید مرتب عوضشون کرد", 1),
        _unit("سیمش هم یکم کوتاهه", 2),
        _unit("در مجموع ازش راضیم", 3),
    ]
    kept = fa_points.with_closing_plea(units, [0, 1], [8.0, 9.0, 4.0, 6.0], 38)
    assert kept == [0, 1, 3]  # the overall verdict, never the part dropped
    units[3] = _unit("در مجموع سیمش هم مشکی بود", 3)
    assert fa_points.with_closing_plea(units, [0, 1], [8.0, 9.0, 4.0, 6.0], 38) == [0, 1]


def test_a_caveat_after_praise_never_opens_the_reflection_without_that_praise() -> None:
    units = [
        _unit("واقعا خوشمزه بودند", 0),
        _unit("دفعه اول بود که از اینجا سفارش دادم و همه چیز مرتب بود", 1),
        _unit("فقط کاش کالری هر کدوم روی جعبه نوشته بشه", 2),
    ]
    assert fa_sides.with_opening(units, [2]) == [0, 2]  # the praise it turns from
    assert fa_sides.with_opening(units, [1, 2]) == [1, 2]  # not opening on «فقط»: as it was
    units[0] = _unit("غذا خیلی دیر رسید", 0)
    assert fa_sides.with_opening(units, [2]) == [2]  # an opening that is no praise: left out


def test_a_statement_after_a_question_is_told_not_asked() -> None:
    said = reflect(["چرا پیتزا انقدر دیر رسید؟ دفعه بعد زودتر بیارین لطفا"], "fa")
    said_back = "«چرا پیتزا انقدر دیر رسید؟»، گفتید «دفعه بعد زودتر بیارین لطفا»"
    assert f"گله دارید که {said_back}" in said  # r33: a "why" protest
    said = reflect(["چرا پیتزا انقدر دیر رسید؟ مگه پیکتون چندتا سفارش همزمان میبره؟"], "fa")
    assert "گفتید" not in said  # two questions: one «می‌پرسید» for both


def test_a_plural_verb_stretched_on_its_n_keeps_its_stem() -> None:
    assert fa_seams.unstretched("همه این کتاب رو دوست دارن و پایین نمی بیننن!") == (
        "همه این کتاب رو دوست دارن و پایین نمی بینن!"
    )
    assert fa_seams.unstretched("خیلییی خوب بود") == "خیلییی خوب بود"  # not a verb: as it was
    said = reflect(["بعضیا سطح این کتاب رو پایین می بیننن!"], "fa")
    assert "می‌بینن" in said and "می بین" not in said


def test_a_short_closing_verdict_is_kept_past_the_budget() -> None:
    telling = " ".join(["این اتو رو خریدم و وقتی آب ریختم از زیرش آب سرازیر شد"] * 3)
    units = [_unit(telling, 0), _unit("اصلا از این اتو راضی نیستم", 1)]
    assert fa_points.with_closing_plea(units, [0], [12.0, 6.0], 38) == [0, 1]
    units[1] = _unit("لطفا فکری به حال این اتوها بکنید", 1)  # a plea: only within the budget
    assert fa_points.with_closing_plea(units, [0], [12.0, 6.0], 38) == [0]
