"""Persian: praise, then "but …": the apology names what came after the "but", not the food.

«کیفیت غذا عالی بود ولی حجمش کم بود» got «متأسفم که غذا آن‌طور که باید نبود»: the meal's
apology for the very food the customer praised; «کیفیت خوب بود ولی قیمت بالا بود» got "you
expected it to work properly". After a praise and a "but", the words after the "but" tell what
let them down: a price, a wait, a crushed or spilled order, rudeness, or a portion too small or
an item missing (no apology of its own: the plain one, which names nothing they liked). A food
gone wrong there (cold, salty, stale, «کیفیت پایین») keeps the meal's apology.
"""

from __future__ import annotations

from dialogues import cues, telling
from dialogues.meal_quality import NOT_A_MEAL

# A food gone wrong, or how it tasted: the meal's apology still fits.
_FOOD_WRONG: dict[str, tuple[str, ...]] = {
    "fa": ("سرد*", "یخ", "یخ کرده", "ولرم", "شور*", "مونده", "مانده", "بیات", "سوخته", "خام",
           "خشک*", "سفت", "چرب*", "روغن*", "کیفیت*", "بدمزه*", "بد مزه*", "بی مزه*", "بی‌مزه*",
           "تند", "نپخته", "کهنه", "تازه نبود*", "تازه نیست", "تازگی", "بوی*", "خمیر", "ماسیده",
           "طعم*", "مزه*", "تلخ*", "ترش*", "نمک*", "ادویه*", "ترد", "پخت*", "جا نیفتاده*",
           "تعریفی", "گلاب", "افتضاح*", "بد", "بد بود", "خوب نبود", "زیاد بود", "زیادی"),
}  # fmt: skip

# Spoilt food told before the "but": the meal let them down too («کاهوها سیاه شده بود …
# برگر خوب بود. ولی … چنگال»).
_SPOILT: dict[str, tuple[str, ...]] = {
    "fa": ("سرد*", "یخ", "ولرم", "شور*", "مونده", "مانده", "بیات", "سوخته", "خام", "خشک*",
           "کهنه", "سیاه", "بدمزه*", "بد مزه*", "بی مزه*", "افتضاح*", "خراب*"),
}  # fmt: skip

# A price told too high: «ولی گرون», «نسبت به قیمتش کوچیکه», «نمی‌ارزه».
_PRICE: dict[str, tuple[str, ...]] = {
    "fa": ("قیمت*", "گران*", "گرون*", "نمی‌ارز*", "نمیارز*", "مالیات*")
}
_FAIR: dict[str, tuple[str, ...]] = {"fa": ("قیمت مناسب*", "قیمتش مناسب*", "ارزان*", "ارزون*")}

_RUDE: dict[str, tuple[str, ...]] = {
    "fa": ("بی ادب*", "بی‌ادب*", "بی تربیت*", "بی‌تربیت*", "بد برخورد*", "بداخلاق*",
           "بد اخلاق*", "توهین*", "بی احترامی", "بی‌احترامی"),
}  # fmt: skip

# A wait: «ولی تاخیر داشت», «دیر آماده میشه», «زمان رسیدن … بسیار زیاد است».
_LATE: dict[str, tuple[str, ...]] = {
    "fa": ("دیر", "دیرتر", "تاخیر*", "تأخیر*", "منتظر*", "معطل*", "طول کشید*", "زمان رسیدن",
           "زمان ارسال"),
}  # fmt: skip

# The order harmed on its way: crushed, spilled, tossed about («تو راه له شده بود»).
_CARRIED: dict[str, tuple[str, ...]] = {
    "fa": ("حمل*", "جابجا*", "جا به جا*", "بهم ریخت*", "به هم ریخت*", "ریخته بود",
           "ریخته شده*", "قاطی", "چسبید*", "پاره*", "له", "تکون خورده*", "سوراخ"),
}  # fmt: skip

# A portion too small, an item missing or swapped, the packaging: the meal's apology.
_SHORT: dict[str, tuple[str, ...]] = {
    "fa": ("کم", "کمه", "حجم*", "کوچک*", "کوچیک*", "نازک", "نداشت*", "نذاشت*", "نزاشت*",
           "نیاورد*", "نیورد*", "ارسال نشد*", "ارسال نکرد*", "فراموش*", "جا انداخت*",
           "جا گذاشت*", "ناقص*", "نفرستاد*", "آب میرن", "آب رفت*", "اشتباه*", "به جای", "بجای",
           "بسته بندی*", "بسته‌بندی*", "ظرف*"),
}  # fmt: skip


def letdown_after_praise(told: str, language: str) -> str | None:
    """The apology's key for what let them down after a praise and a "but", or None."""
    if language != "fa":
        return None
    seq = telling.tokens(told)
    turns = telling.find(seq, cues.CONTRAST["fa"], "fa")
    if not turns:
        return None
    before = " ".join(seq[: turns[-1][0]])
    after = " ".join(seq[turns[-1][1] :])
    if not telling.read([before], "fa").praise or telling.has(before, _SPOILT, "fa"):
        return None
    if telling.has(after, cues.PRAISE, "fa"):
        return None
    if _late_and_cold(after):
        return "apology_delivery"  # «کیفیت عالی بود ولی دو ساعت دیر رسید و سرد بود»: the way
    if telling.has(after, _FOOD_WRONG, "fa"):  # «… فقط بیش از حد شور بود»: the meal's, not
        return None if telling.has(after, NOT_A_MEAL, "fa") else "apology_meal"  # a device's
    if telling.has(after, _PRICE, "fa") and not telling.has(after, _FAIR, "fa"):
        return "apology_price"
    if telling.has(after, _RUDE, "fa"):
        return "apology_rude"
    if telling.has(after, _LATE, "fa"):
        return "apology_wait"
    if telling.has(after, _CARRIED, "fa"):
        return "apology_delivery"
    # A portion, a missing or swapped item of the food: blind readers preferred the meal's own
    # apology to the general one (stop 32's last gate: 15 of 15); a device's wording never.
    if not telling.has(after, _SHORT, "fa"):
        return None
    return "apology" if telling.has(after, NOT_A_MEAL, "fa") else "apology_meal"


# Cold on arrival: after a wait told, the way let it go cold, not the kitchen.
_COLD: dict[str, tuple[str, ...]] = {"fa": ("سرد*", "یخ", "یخ کرده*", "یخ زده*", "ولرم")}


def _late_and_cold(after: str) -> bool:
    """A wait told after the "but", and of the food only that it came cold (or nothing).

    «کیفیت عالی بود ولی دو ساعت دیر رسید و سرد بود» heard «متأسفم که غذا آن‌طور که باید
    نبود»: an apology for the very food they praised (stop 34's readers of Persian). The delay
    and the cold it brought are the order's way to them.
    """
    if not telling.has(after, _LATE, "fa") or not telling.has(after, _COLD, "fa"):
        return False
    seq = telling.tokens(after)
    cold = telling.find(seq, _COLD["fa"], "fa")
    rest = " ".join(t for at, t in enumerate(seq) if not any(a <= at < b for a, b in cold))
    return not telling.has(rest, _FOOD_WRONG, "fa")
