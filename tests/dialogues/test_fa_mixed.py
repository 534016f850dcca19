"""Persian mixed reviews: a let-down beside praise is apologised for, the praise thanked too."""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.fa_mixed import letdown_clause
from dialogues.fa_order_food import food_order_apology
from tests.dialogues.liked_heard import liked_heard
from tests.dialogues.script import Script

_APOLOGY = ("متأسف", "عذر می‌خواهم")


def _after_yes(text: str, intent: str = "praise") -> str:
    chat = Script("fa")
    chat.start()
    chat.says(text, intent=intent, sentiment="positive", score=0.3)
    return chat.says("بله", intent="affirm")


@pytest.mark.parametrize(
    "text",
    ["کباب عالی بود فقط نونش اصلا تازه نبود", "سالاد فصل شور بود ولی همبرگر عالی",
     "دیر رسید ولی غذا خوشمزه بود", "به جز پیاز حلقه‌ای‌ها که مونده بود، بقیه خیلی خوشمزه بود.",
     "خوشمزه بود ولی سس‌ها کم بود", "به جای دوغ نوشابه فرستاده بودن ولی خوب بود",
     "پیتزا خیلی خوشمزه بودولی این دفعه سیب زمینیش رو دوست نداشتم",
     "طعمش خوب بود ولی دو تا سفارش دادم یدونه فرستادن", "خوشمزه بود اما اندازه‌اش نصف عکسش بود"],
)  # fmt: skip
def test_the_letdown_is_apologised_for_and_the_praise_thanked(text: str) -> None:
    # «خوشحالمان کردید: «مرغ خیلی عالی بود فقط برنجش اصلا تازه نبود»»: the stale rice thanked.
    reply = _after_yes(text)
    assert any(word in reply for word in _APOLOGY), reply
    assert "خوشحالمان کردید" not in reply, reply


def test_the_praise_is_heard_beside_the_apology() -> None:
    reply = _after_yes("کباب عالی بود فقط نونش اصلا تازه نبود")
    assert liked_heard("fa", reply), reply


@pytest.mark.parametrize(
    "text",
    ["بربری خیلی خوشمزه بود. نه خمیر و نه سوخته.",
     "بر خلاف دفه پیش که اصلا خوب نبود این بار واقعا راضی بودم",
     "مدتها بود که انقدر از سفارش غذا راضی نبودم. عالی بود",
     "ممنون بابت استفاده از ظروف کاغذی به جای پلاستیکی",
     "نی فراموش شده بود، ولی اونقدر غذا خوشمزه بود که نبود نی مهم به نظر نرسید",
     "عالی بود فقط کاش سس بیشتری بذارید", "من شخصا آلبالو دوست ندارم ولی بقیه خوششون اومد",
     "نمی‌دونم چرا بعضی از دوستان میگن راضی نبودن، عالی بود",
     # small, past or excused (the blind gate's readers preferred the thanks)
     "خیلی خوشمزه بود فقط کمی شور بود، ولی در کل عالی", "کباب عالی، نون یه خورده کم بود",
     "دفعه‌ی اول یه ذره سرد بود ولی خوشمزه", "سری پیش مونده بود اما این سری عالی بود",
     "پیتزا زیاد تازه نبود ولی کیفیتش خوب بود",
     "یکم سرد بود که به خاطر هوا کاملا موجه است، عالی بود", "سسش کم بود ولی در کل خوب بود",
     "فقط نونش خوب نبود وگرنه همه چی عالی بود", "یه کوچولو خشک بود ولی داغ و مرتب رسید",
     "خیلی نگران بودم که له شده برسه ولی کاملا سالم رسید", "خوبه فقط تخفیفش کمه",
     "آب زیادی که ریخته بودند عالی بود"],
)  # fmt: skip
def test_no_letdown_read_where_it_is_denied_past_others_or_a_wish(text: str) -> None:
    assert not letdown_clause([text], "fa")


def test_an_idea_with_a_wish_stays_an_idea() -> None:
    text = "کاغذ همبرگرها بوی بدی دارد. عوض کردن آن‌ها در صورت امکان خوب خواهد بود."
    assert letdown_clause([text], "fa")
    assert not letdown_clause([text], "fa", "idea")


def test_other_languages_are_untouched() -> None:
    assert not letdown_clause(["great food but it came cold"], "en")


# ---- the meal's apology for a taste complaint NLU named delivery ---------------------------
@pytest.mark.parametrize(
    "text",
    ["سفارش کوبیده داشتم که خیلی شور بود", "پیتزایی که سفارش دادیم اصلا خوش مزه نبود",
     "شیرینی سفارش داده شده بیات و خشک بود"],
)  # fmt: skip
def test_a_taste_complaint_hears_no_delivery_apology(text: str) -> None:
    # «سفارش جوجه با استخوان داشتم که خیلی شور بود» heard «سفارشتان باید سالم و سر وقت به
    # دستتان می‌رسید»: a wait or a breakage never told.
    assert food_order_apology("apology_delivery", text, "fa") == "apology_meal"
    assert food_order_apology("apology_shipment", text, "fa") == "apology_meal"


@pytest.mark.parametrize(
    "text",
    ["غذا دیر رسید و کاملا سرد و بی مزه بود", "قسمتی از سفارش جا مانده بود",
     "نسبت به سفارش و کیفیت بسیار گران بود", "شیر پر چرب سفارش دادیم اما کم چرب فرستادند"],
)  # fmt: skip
def test_the_way_a_price_or_a_missing_thing_keeps_the_order_apology(text: str) -> None:
    assert food_order_apology("apology_delivery", text, "fa") == "apology_delivery"


def test_the_meal_apology_is_said_after_the_yes() -> None:
    chat = Script("fa")
    chat.start()
    chat.says("سفارش کوبیده داشتم که خیلی شور بود", intent="complaint", topic="delivery",
              sentiment="negative", score=-0.5)  # fmt: skip
    reply = chat.says("بله", intent="affirm")
    # fa58: the one fault told («خیلی شور»), named in the meal's place.
    salty = [
        line.format(item="کوبیده ", so="این‌قدر ") for line in variants("fa", "apology_food_salty")
    ]
    assert any(line in reply for line in salty), reply
