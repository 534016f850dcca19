"""Persian mixed reviews: praise beside a let-down is a complaint, owned before it is thanked.

«مرغ خیلی عالی بود فقط برنجش اصلا تازه نبود», «سیب زمینی مخصوص شور بود ولی پیتزا عالی»,
«دیر اومد ولی راضی بودیم» were thanked («خوشحالمان کردید: …») with the let-down inside the
quote of what pleased us: the rice, the salty fries and the wait were never apologised for.
cues.EVENT misses «تازه نبود» (its «تازه» is praise), «کمه», «دوست ندارم», and the older checks
only look after the last "but". Once the customer confirms the reflection, a telling that
holds one of these let-downs in a clause of its own is apologised for (the praise is thanked
too, by ``liked_beside``).

Narrow on purpose: a let-down only in words that cannot be praise or a wish («کم بود», «سرد
شده بود», «تازه نبود», «دیر رسید»); not in a clause that wishes or proposes («کاش …», «اگه …
بهتره»: the idea's thanks fit), tells an earlier order («سری قبل …»), or spares it
(«نه کم نه زیاد», «سرد نبود»).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogues import telling

# A let-down in words no praise shares: food gone wrong, a quality denied, too little, late,
# missing or swapped.
_LETDOWN: dict[str, tuple[str, ...]] = {
    "fa": (
        # a quality denied: «تازه نبود», «خوشمزه نبود», «دوست نداشتم», «راضی نبودم»
        "تازه نبود*", "تازه نیست*", "تازه نیس", "خوشمزه نبود*", "خوش مزه نبود*",
        "گرم نبود*", "داغ نبود*", "داغ نیست*", "ترد نبود*", "جالب نبود*", "راضی نبودم",
        "راضی نبودیم", "راضی نیستم", "ناراضی*", "نا راضی*", "دوست نداشت*", "خوب نبود*",
        "پخته نشده*", "چنگی به دل",
        # food gone wrong
        "مونده بود*", "مانده بود*", "بیات", "یخ زده*", "یخ کرده*", "سرد بود*", "سرد شده*",
        "سرد رسید*", "سرد اومد*", "شور بود*", "شوره", "سوخته", "بی مزه", "بیمزه", "بدمزه*",
        "بد مزه*", "خام بود*", "خشک بود*", "خشکن", "خشکه", "تنده", "تند بود*", "نا مطبوع*",
        "بو میداد*", "بوی بد*", "آبکی", "ابکی",
        # too little: «کم بود», «حجمش کمه», «کمتر بود»
        "کم بود*", "کمه", "کمتر بود*", "کمتر از قبل", "کمتر شده",
        # late
        "دیر رسید*", "دیر اومد*", "دیر آمد*", "دیر امد*", "دیر میرسه", "دیر سید", "تاخیر داشت*",
        "تأخیر داشت*", "دیر ارسال*",
        # missing, forgotten or swapped
        "نفرستاد*", "نیاورد*", "نیاوردن", "فراموش شده*", "فراموش کرد*", "یادشون رفت*",
        "یادشون رفته*", "اشتباه کرد*", "اشتباه ارسال*", "اشتباه فرستاد*",
        "عوض شده بود", "فرق داشت*", "تفاوت داشت*", "متفاوت بود*", "شباهتی",
        # fewer or smaller than ordered or shown: «یدونه فرستادن», «اندازه‌اش نصف عکسش بود»
        "یدونه فرستاد*", "یه دونه فرستاد*", "یکی فرستاد*", "نصف عکس*", "کوچکتر از عکس*",
        "کوچیکتر از عکس*", "نصف اون چیزی",
        # crushed («ریخته بودند» is as often "poured" as "spilled": «آبی که ریخته بودند عالی»)
        "له شده*", "به هم ریخته*", "بهم ریخته*",
    ),
}  # fmt: skip

# A thing sent in place of another: «به جای دوغ نوشابه فرستادن». Only with a verb of sending
# in the clause: «به جای وایسادن توی صف», «ظروف کاغذی به جای پلاستیکی» swap nothing ordered.
_INSTEAD: dict[str, tuple[str, ...]] = {"fa": ("به جای", "بجای", "به جاش", "بجاش")}
_SENT: dict[str, tuple[str, ...]] = {
    "fa": ("فرستاد*", "میفرست*", "می فرست*", "اورد*", "آورد*", "ارسال*", "تحویل داد*",
           "گذاشته بود*"),
}  # fmt: skip

# A wish or a proposal in the clause: an idea, thanked as one («کاش …», «اگه … بهتره»).
_WISH: dict[str, tuple[str, ...]] = {
    "fa": ("کاش", "ایکاش", "اگر", "اگه", "بهتره", "بهتر بود", "لطفا", "لطفاً", "پیشنهاد*",
           "میتونست", "می تونست", "بشه", "باشه", "نباشه", "کنید", "کنین", "بذارید", "بزارید",
           "توصیه", "کاشکی", "بهتر است", "بهتر هست"),
}  # fmt: skip

# Proposals the clause check cannot see from the let-down's sentence.
_PROPOSED: dict[str, tuple[str, ...]] = {
    "fa": ("در صورت امکان", "خواهد بود", "پیشنهاد*", "میشه", "بشه", "بدید", "بدین", "کنن")
}

# An earlier order, others' word, a long-missed pleasure, or a let-down called natural: «سری
# قبل … راضی نبودم», «بعضی از دوستان میگن … راضی نبودن», «مدتها بود انقدر راضی نبودم».
_NOT_NOW: dict[str, tuple[str, ...]] = {
    "fa": ("قبلا", "قبلاً", "سری قبل", "دفعه قبل", "دفعه‌ی قبل", "بار قبل", "دفه قبل",
           "دفعه پیش", "دفه پیش", "بار پیش",
           "سری پیش", "سری قبلی", "دفعه قبلی", "بار قبلی", "پیش از این",
           "بر خلاف", "برخلاف", "مدتها بود",
           "مدت ها بود", "خیلی وقت بود", "بعضی", "میگن", "طبیعی", "تنوع*", "استرس",
           "نگران بودم", "میترسیدم", "می ترسیدم", "نرسه", "تخفیف*"),
}  # fmt: skip
# The customer says it did not matter: «… ولی اونقدر خوشمزه بود که نبود نی مهم به نظر نرسید».
_NO_MATTER: dict[str, tuple[str, ...]] = {
    "fa": ("مهم به نظر نرسید", "مهم نبود", "مهم نیست", "اشکالی نداشت", "اشکال نداره",
           "اشکالی نداره", "ایرادی نداره", "ایرادی نداشت", "موجه", "مقصر نمی*", "مقصر نیست*",
           "مقصر نبود*"),
}  # fmt: skip
# A let-down said to be small («کمی تند بود», «برنج یه خورده کم بود») beside praise: the
# blind gate's readers preferred the thanks (x_fa53: 5 of its 13 losses), so it is no
# let-down here. "Not very" («خیلی تازه نبود», «زیاد جالب نبود») softens a denied quality.
_MILD: dict[str, tuple[str, ...]] = {
    "fa": ("کمی", "یکم", "یکمی", "یه کم", "یه کمی", "یه خورده", "یخورده", "یک خورده",
           "یه ذره", "یذره", "اندکی", "کمیی", "یه مقدار", "یک مقدار", "یه مقداری",
           "یه کوچولو", "کوچولو"),
}  # fmt: skip
_NOT_VERY = {"خیلی", "زیاد", "چندان", "اونقدر", "آنقدر"}
# The customer's own overall verdict is praise: «سسش کم بود ولی در کل خوب بود», «فقط سیب زمینی
# خوب نبود وگرنه همه چی عالی بود». Their readers preferred the thanks (g_fa53: 6 of 19 losses).
_OVERALL_GOOD = re.compile(
    r"(?:در\s*کل|در\s+مجموع|به\s*طور\s*کلی|وگرنه)[^.!؟?،,\n]{0,25}?"
    r"(?:خوب|عالی|راضی|خوش|بی\s*نظیر|بینظیر)"
)
# «نه خمیر و نه سوخته», «بدون سرد شدن»: a let-down denied.
_SPARED = {"نه", "بدون"}
# «خوشمزه بودولی …»: the "but" glued to the verb before it.
_GLUED_BUT = re.compile(r"(بود|بودن|بودند)(ولی|اما)(?=\s)")

# Clause ends: sentence marks, commas, and the words that turn a review ("but", "except").
_CLAUSE = re.compile(r"[.!؟?،,;:\n…]+|\s(?:ولی|اما|منتها|فقط|البته|بجز|به جز)\s")


def letdown_clause(messages: Sequence[str], language: str, kind: str = "praise") -> bool:
    """A clause of the telling tells a let-down in its own words, not wished nor spared.

    An idea (``kind``) only when no word of the whole telling wishes or proposes: «… بوی بدی
    دارد. عوض کردن آن‌ها در صورت امکان …» is thanked as the idea it is.
    """
    if language != "fa":
        return False
    text = " " + _GLUED_BUT.sub(r"\1 \2", " ".join(messages)) + " "
    if telling.has(text, _NO_MATTER, "fa") or _OVERALL_GOOD.search(text):
        return False
    if kind == "idea" and (telling.has(text, _WISH, "fa") or telling.has(text, _PROPOSED, "fa")):
        return False
    return any(_let_down(clause) for clause in _CLAUSE.split(text))


def _let_down(clause: str) -> bool:
    """This clause tells a let-down: not denied, wished, an earlier order's or others'."""
    seq = telling.tokens(clause)
    if telling.find(seq, _MILD["fa"], "fa"):
        return False  # «کمی تند بود»: a small let-down beside praise keeps the thanks
    found = [
        a
        for a, b in telling.find(seq, _LETDOWN["fa"], "fa")
        if not _spared(seq, a) and not (a > 0 and seq[a - 1] in _NOT_VERY and _denied(seq, b))
    ]
    if not found:  # «به جای دوغ نوشابه فرستادن»; not «پیک به جای تحویل دادن، …»
        sent = {a for a, _ in telling.find(seq, _SENT["fa"], "fa")}
        instead = telling.find(seq, _INSTEAD["fa"], "fa")
        found = [a for a, b in instead if sent - {b}]
    if not found:
        return False
    return not (telling.find(seq, _WISH["fa"], "fa") or telling.find(seq, _NOT_NOW["fa"], "fa"))


def _denied(seq: Sequence[str], end: int) -> bool:
    """The let-down found ends on a denial: «تازه نبود», «جالب نیست», «دوست نداشتم»."""
    last = seq[end - 1] if 0 < end <= len(seq) else ""
    return last.startswith(("نبود", "نیست", "نیس", "نداشت"))


def _spared(seq: Sequence[str], at: int) -> bool:
    """«نه سوخته», «بدون تاخیر»: the word before denies the let-down."""
    return at > 0 and seq[at - 1] in _SPARED
