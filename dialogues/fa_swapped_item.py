"""Persian: something other than what was ordered was sent; the apology says so.

«به جای دوغ نوشابه فرستادن», «کیک توت فرنگی سفارش داده بودم. شکلاتی آورد» heard the bare
«واقعاً متأسفم؛ نباید این‌طور می‌شد» (NLU gave no topic), or «سفارشتان باید سالم و سر وقت به
دستتان می‌رسید», a wait or a breakage never told (stop 34's readers of Persian, ≈10 of 80 for
the bare apology). When an item swapped for another is told, and nothing else went wrong
(late, cold, spilled, a taste, a price, rudeness, a count short), the apology names the swap.
Beside another let-down the apology NLU's topic chose stays: a swap named alone would leave
the rest unowned.
"""

from __future__ import annotations

import re

from dialogues import telling
from dialogues.text import fold

# What sent it: «فرستادن», «آوردن», «ارسال کردند», «تحویل دادن». Not «نفرستادن» (a thing left
# out: ``fa_missing_item``), hence the space or start before it.
_SENT = (
    r"(?:فرستاد\w*|میفرست\w*|اورد\w*|میار\w*|ارسال (?:کرد\w*|شد\w*|شده\w*|میشه)"
    r"|تحویل (?:داد\w*|شد\w*)|دادن|داده بودن)"
)

# «به جای X، Y فرستادن»: «بجای»/«به جای»/«جاش», then within a few words the sending verb.
_INSTEAD = re.compile(rf"(?:^|\s)(?:به ?جای|جاش\w*)\s(?:\S+\s){{1,6}}?{_SENT}(?:\s|$|[.!؟?،,])")

# «X سفارش دادم (ولی) Y آوردن»: what they ordered or chose, then another thing sent.
_ORDERED = (
    r"(?:سفارش (?:دادم|دادیم|داده بودم|داده بودیم|داده بودن)|خواسته بودم|انتخاب کردم"
    r"|انتخاب کرده بودم)"
)
_ORDERED_OTHER = re.compile(
    rf"(?:^|\s){_ORDERED}[.!،,]*\s(?:ولی|اما|ولیکن)?\s?(?:\S+\s){{1,5}}?{_SENT}(?:\s|$|[.!؟?،,])"
)

# Another let-down beside the swap, or a count short («۲ سیخ سفارش دادم ۱ سیخ فرستادن» is one
# left out: the order's own apology names it; «آدامس سفارش دادم نبود» too), or a size: the
# topic's apology stays.
_ELSE: dict[str, tuple[str, ...]] = {
    "fa": ("طعم*", "مزه*", "بدمزه*", "بد مزه*", "بی مزه*", "بیمزه*", "شور", "شوره", "بیات",
           "سوخته*", "خام", "نپخته", "تازه نبود*", "کیفیت*", "خشک", "سفت", "چرب*", "سرد*",
           "یخ*", "دیر*", "تاخیر*", "تأخیر*", "منتظر*", "معطل*", "ساعت*", "دقیقه*", "قیمت*",
           "گران*", "گرون*", "پول*", "ریخته*", "له", "خراب*", "بی ادب*", "بد برخورد*", "پیک*",
           "خمیر*", "کم", "کمتر", "فقط", "یکی", "یدونه", "یه دونه", "نصف*", "سایز*", "حجم*",
           "کوچک*", "کوچیک*", "تیکه*", "تکه*", "عدد*", "بزرگ*", "نفرستاد*", "نیاورد*",
           "فراموش*", "بوی*", "بو میداد*", "آدرس*", "ادرس*", "کنسل*", "لغو*", "مریض*",
           "حالم*", "کیلو*", "گرم", "دونه", "نبود*", "نیست*", "تاریخ*", "دو", "دوتا*", "سه",
           "سه تا*", "چهار", "پنج"),
}  # fmt: skip

_DIGIT = re.compile(r"\d")

# The apologies NLU's topic may have chosen for a swap: bare, the order's, the meal's, a device's.
_MISTAKEN = (
    "apology", "apology_delivery", "apology_food_sent", "apology_shipment", "apology_meal",
    "apology_product", "apology_missing", "apology_part",
)  # fmt: skip


def swapped_item(told: str, language: str) -> bool:
    """Whether the words tell one item sent in place of another, and nothing else wrong."""
    if language != "fa":
        return False
    text = " ".join(fold(told).split())
    if not (_INSTEAD.search(text) or _ORDERED_OTHER.search(text)):
        return False
    return not _DIGIT.search(text) and not telling.has(told, _ELSE, language)


def swapped_item_apology(key: str, told: str, language: str) -> str:
    """The swap's apology in place of a bare or mistaken one, for a Persian swap told alone."""
    if key not in _MISTAKEN or not swapped_item(told, language):
        return key
    return "apology_wrong_item"
