"""Persian reflections, round 41: a second short complaint never folded behind a topic."""

from __future__ import annotations

from dialogues.reflection import reflect
from dialogues.reflection.fa_second import _named, with_second
from dialogues.reflection.units import Unit


def test_a_second_short_complaint_is_said_beside_the_kept_one() -> None:
    text = (
        "بعد از چند بار پیگیری از رستوران، برگر یک ساعت و بیست دقیقه طول کشید تا به دستم رسید،"
        " کیفیت برگر خیلی خیلی بد بود کلا ماسیده و سرد بود و قابل خوردن اصلا نبود،"
        " سیب‌زمینی‌ها هم سرد و له شده و قابل خوردن نبود، با رستوران هم تماس گرفتم و اطلاع"
        " دادم ولی‌ اصلا براشون مهم نبود"
    )
    reflected = reflect([text], "fa")
    assert "سیب‌زمینی‌ها هم سرد و له شده" in reflected, reflected


def test_the_second_complaint_replaces_the_topic_formula() -> None:
    text = (
        "من مشتری دائم پرپروک هستم و همیشه غذاهایش را به همه توصیه میکردم. اما کیفیت واقعا"
        " افت کرده است. سالاد سزار و تاپ ساید بیف بدبو و حداقل یکروز مانده بود!؟ ساندویچ یک"
        " عدد خیارشور مانده و اندکی کاهو داشت. مرغ سالاد سفت و بدبو بود. تلفن انتقاداتشان"
        " هیچ پیگیری نکرد. از پرپروک انتظتر نداشتم."
    )
    reflected = reflect([text], "fa")
    assert "کیفیت واقعا افت کرده است" in reflected, reflected
    assert "درباره‌ی کیفیت" not in reflected, reflected


def test_a_clause_conceded_by_the_next_is_not_said() -> None:
    text = (
        "من همیشه از این رستوران چلو کلاب کاردی انتخاب میکنم اما این بار اشتباهی گزینه خوراک"
        " کاردی رو انتخاب کردم، وقتی غذا به دستم رسید ناراحت بودم از این که برنج سفارش ندادم،"
        " اما وقتی غذا رو دیدم واقعا خوشحال شدم، دور چینهای دیگه هم واقعا خوشمزه بودن. خلاصه"
        " من کلا از چربی گوشت بدم میاد اما این کباب کوچکترین طعم چربی نداره و واقعا با کیفیت"
        " و خوشمزه هست. ممنونم از مدیریت خوبشون"
    )
    reflected = reflect([text], "fa")
    assert "بدم میاد" not in reflected, reflected


def test_a_tail_of_a_clause_left_out_is_not_said() -> None:
    text = (
        "مرغ کاملا سرد و مونده بود سیب زمینی هم سرد و مونده بود من مشتری دائم این رستوران"
        " هستم و این دفعه‌ی چندمی هست که این اتفاق میفته و به توضیحی که موقع سفارش غذا برای"
        " رستوران درباره برشته بودن مرغ فرستاده بودم توجهی نمیشه. این دفعه بر خلاف دفعات پیش"
        " نظرم رو ارسال کردم ولی باید بگم بسیار ناراضی هستم و دیگه از این رستوران سفارش"
        " نخواهم داد."
    )
    reflected = reflect([text], "fa")
    assert "توجهی نمیشه" not in reflected, reflected


def test_negated_asked_and_other_sense_cues_name_no_complaint() -> None:
    assert _named("سیب‌زمینی‌ها هم سرد و له شده")
    assert _named("هیچ مزه‌ای نداشت اصلا شور بود")
    assert not _named("چرب هم نبود")
    assert not _named("خواسته بودم حجم سس رو کم کنند")
    assert not _named("خدا برکت بده به کسب و کارتون")


def test_a_fragment_of_three_words_is_not_said_past_the_budget() -> None:
    # g_fa41x: «… نپخته و غیر قابل استفاده بود، هر دو نپخته، …»: "both" with the two foods
    # it meant left out. A second complaint said past the budget has four words at least.
    units = [
        Unit("غذا کاملا نپخته و غیر قابل استفاده بود", 0, False, 1, ""),
        Unit("جوجه و کوبیده رو جدا فرستادن", 1, False, 2, ""),
        Unit("هر دو نپخته", 2, False, 3, ""),
    ]
    keep, _ = with_second(units, [0, 1])
    assert keep == [0, 1], keep
