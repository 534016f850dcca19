"""Persian: «سالم و سر وقت» is said only where the telling is of a wait or of harm on the way.

The order's apology «سفارشتان باید سالم و سر وقت به دستتان می‌رسید» (and «ارسال این‌طور
ناامیدتان کرد») was said of watery juice, a stale salad, two sweets of the wrong flavour: a
wait or a breakage nobody told (stop 34's readers of Persian; the rubric's "no 'should have
arrived on time' for a punctual order"). Where nothing of the way to them is told (late, a
wait, cold on arrival, spilled or crushed, never came, the courier), the order's apology says
only that the order let them down.
"""

from __future__ import annotations

import re

from dialogues import telling
from dialogues.text import fold

# The way to them: a wait, cold on arrival, harm in the carrying, not come, the courier.
_THE_WAY: dict[str, tuple[str, ...]] = {
    "fa": ("دیر", "دیرتر", "دیرتـر", "تاخیر*", "تأخیر*", "منتظر*", "معطل*", "انتظار*",
           "طول کشید*", "طول میکش*", "طول می کش*", "ساعت*", "دقیقه*", "زمان*", "موقع*",
           "سر وقت", "هنوز", "نرسید*", "نرسیده*", "نیومد*", "نیامد*", "نیومده*", "کنسل*",
           "لغو*", "سرد*", "یخ*", "ولرم*", "له", "ریخت*", "ریخته*", "بهم ریخت*",
           "به هم ریخت*", "شکست*", "شکسته*", "پاره*", "باز شده*", "چپ*", "کج*", "تکون*",
           "چسبید*", "پخش*", "افتاده*", "جابجا*", "جا به جا*", "حمل*", "خیس*", "نشت*",
           "پیک*", "راننده*", "موتور*", "آدرس*", "ادرس*", "مرسوله*", "پست*", "بسته بندی*",
           "بسته‌بندی*", "ظرف*", "جعبه*", "سالم", "درهم*", "خورد شده*", "خرد شده*", "آب شده*",
           "اب شده*", "ضربه*", "ظربه*", "داغون*", "باز باشه", "باز بود*", "تکه شده*",
           "عرق کرده*", "ارسال بد*", "دم در", "درب*", "ادب*", "برعکس", "گم*",
           # fa55's gate: the way told without a wait word
           "تا برسه", "تا برسد", "تا بدستم", "تا به دستم", "نابود*", "شبیه شیر", "تموم شد*",
           "تمام شد*"),
}  # fmt: skip

# Glued to a number or a word («۱ساعت», «باتاخیر»): a wait told all the same.
_GLUED_WAIT = re.compile(r"ساعت|دقیقه|تاخیر|تأخیر")

_ON_THE_WAY = ("apology_delivery", "apology_food_sent")


def order_apology(key: str, told: str, language: str) -> str:
    """The order's apology without «سالم و سر وقت» where no wait nor harm on the way is told."""
    if language != "fa" or key not in _ON_THE_WAY or telling.has(told, _THE_WAY, language):
        return key
    if _GLUED_WAIT.search(fold(told)):
        return key
    return "apology_order"
