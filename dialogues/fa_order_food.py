"""Persian: food that disappointed is no parcel late or broken on its way.

NLU names «delivery» for many Persian food reviews, and a word like «سفارش» ("order") kept
the delivery apology: «پیتزا خوش مزه‌ای نبود» and «کیک شکلاتی … خیلی راضی نبودم» heard
«سفارشتان باید سالم و سر وقت به دستتان می‌رسید» or «مرسوله باید سالم و سر وقت می‌رسید»,
which name a wait or a breakage they never told (and call a meal a parcel). When how it
tasted is told and nothing of the way to them (late, the courier, spilled, crushed, a thing
missing or swapped), the meal's apology fits. A missing or swapped item keeps the order's
apology («سفارشتان این‌طور ناامیدتان کرد» names it better than "the food").
"""

from __future__ import annotations

from dialogues import telling

# How it tasted or the state it came in: the food let them down, not its way to them.
_TASTE: dict[str, tuple[str, ...]] = {
    "fa": ("طعم*", "مزه*", "بدمزه*", "بد مزه*", "بی مزه*", "بیمزه*", "شور", "شوره", "بیات",
           "مونده*", "مانده*", "سوخته*", "خام", "نپخته", "تازه نبود*", "تازه نیست*",
           "خوشمزه نبود*", "خوش مزه نبود*", "کیفیت*", "خشک", "سفت", "چرب*", "آبکی", "ابکی"),
}  # fmt: skip

# The way to them: late, the courier, spilled, crushed, cold on arrival, lost, cancelled.
_THE_WAY: dict[str, tuple[str, ...]] = {
    "fa": ("دیر", "دیرتر", "تاخیر*", "تأخیر*", "منتظر*", "معطل*", "ساعت*", "دقیقه*", "پیک*",
           "راننده*", "موتور*", "رسید*", "نرسید*", "رسیده*", "نیومد*", "نیامد*", "اومد*",
           "ریخت*", "ریخته*", "له", "تکون*", "چسبید*", "شکسته*", "حمل*", "ارسال*", "تحویل*",
           "آدرس*", "ادرس*", "کنسل*", "لغو*", "سرد*", "یخ*", "خیس*", "باز شده*", "پاره*",
           "طول کشید*", "زمان*", "اسنپ*", "پشتیبانی*", "جعبه*", "برگشته*", "چپ*", "فرستاد*",
           "نفرستاد*", "آورد*", "اورد*", "نیاورد*", "بجا*", "به جا*", "اشتباه*", "کم"),
}  # fmt: skip


# Not the taste: a price («نسبت به سفارش و کیفیت بسیار گران بود»), a thing left behind («جا
# مانده بود»): their own apologies, or the order's, fit better than the meal's.
_NOT_TASTE: dict[str, tuple[str, ...]] = {
    "fa": ("گران*", "گرون*", "قیمت*", "جا مانده*", "جا مونده*", "جا گذاشت*", "جا انداخت*"),
}


def food_order_apology(key: str, told: str, language: str) -> str:
    """The meal's apology for food that let them down in taste, with nothing of its way."""
    if language != "fa" or key not in ("apology_delivery", "apology_shipment"):
        return key
    if telling.has(told, _THE_WAY, language) or telling.has(told, _NOT_TASTE, language):
        return key
    return "apology_meal" if telling.has(told, _TASTE, language) else key
    return key
