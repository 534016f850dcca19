"""Persian: the food's one plain fault (cold, stale, dry, undercooked, salty, oily), apologised for.

«غذا سرد سرد رسید», «نون خشک خشک بود», «مرغ نپخته بود» heard «غذایی که سفارش داده بودید در
حد انتظارتان نبود» or a bare «حق شما بهتر از این بود»: a general apology where the let-down
was plain (readers' top reason on stop 34's apology after "yes"). When the customer names one
fault of the food, and nothing else went wrong (late, a taste, a price, a portion, rudeness,
something spilled or missing), the apology names that fault, and the food in their own word
when it is a plain noun («نان», «مرغ», «پیتزا»): «متأسفم که غذا سرد به دستتان رسید».

Only when certain: a fault denied or excused («سرد نبود», «سرد بود ولی مشکلی نیست») is no
let-down, two faults or a fault beside another let-down keep the broader apology (a line that
names one would leave the rest unowned), and a drink or a dairy cold is no fault.

fa59: too little inside («مرغش خیلی کم بود», «فقط نون و پنیر بود»), gone bad («فاسد بود»), a
bad smell («بو میداد») and broken on the way («تخم‌مرغ‌ها شکسته بودن», «کیک له شده بود») are
faults too, in words that mean nothing else. With no food of ours named near the fault the
apology names no subject («چیزکیک کمی بیات بود»: «باید تازه به دستتان می‌رسید»; a cake is no
«غذا»), and a little fault («یکم شور بود») is not said back as «این‌قدر شور».
"""

from __future__ import annotations

from dialogues import telling

# What was too little inside, as the customer says it («مرغش»), and as we say it back.
_FILLINGS = {
    "مرغش": "مرغش", "مرغ": "مرغ", "مرغاش": "مرغش", "گوشتش": "گوشتش", "گوشت": "گوشت",
    "موادش": "موادش", "مواد": "مواد", "پنیرش": "پنیرش", "سوسیسش": "سوسیسش",
    "کالباسش": "کالباسش", "قارچش": "قارچش", "ژامبونش": "ژامبونش",
}  # fmt: skip
_INSIDE = "مواد داخلش"  # «فقط نون و پنیر بود»: the filling, in our words

# Each fault's words, as tokens (zero-width joiners folded away: «نیم‌پز» is «نیمپز»).
_FAULTS: dict[str, tuple[str, ...]] = {
    "cold": ("سرد", "سرده", "یخ", "یخ کرده*", "ولرم"),
    "stale": ("بیات", "بیاته", "مونده", "مانده", "کهنه", "تازه نبود*", "تازه نیست"),
    "dry": ("خشک", "خشکه"),
    "raw": ("نپخته*", "خام", "نیمپز", "نیم پز", "دم نکشیده*", "دمنکشیده*", "خوب نپخته*",
            "درست نپخته*", "پخته نشده*"),
    "salty": ("شور", "شوره", "پرنمک", "پر نمک", "نمکش زیاد*", "نمک زیاد*"),
    "oily": ("چرب", "چربه", "روغنی", "پرروغن", "پر روغن", "پر از روغن", "روغنش زیاد*",
             "روغن زیاد*", "چربیش زیاد*"),
    # fa59: too little inside («مرغش خیلی کم بود», «فقط نون و پنیر بود»), gone bad, smelling
    # bad, or broken on the way: each only in words that can mean nothing else.
    "filling": (*(f"{n} {m}کم" for n in _FILLINGS for m in ("", "خیلی ", "خیلی خیلی ", "بسیار ")),
                "فقط نون و پنیر", "فقط نان و پنیر", "فقط نون و سس", "فقط نون بود*", "همش نون بود*",
                "همهاش نون بود*"),
    "spoiled": ("فاسد*", "گندیده*", "ترشیده*"),
    "smelly": ("بوی بد میداد*", "بوی بد می داد*", "بوی بدی میداد*", "بوی بدی می داد*",
               "بوی بد داشت*", "بوی بدی داشت*", "بو میداد*", "بو می داد*", "بو گرفته*",
               "بوگرفته*", "بوی ماندگی*", "بوی گند*"),
    "broken": ("شکسته بود*", "شکسته شده*", "شکسته رسید*", "شکسته بودن*", "له شده*", "له بود*",
               "له شد*", "له رسید*", "لهیده*"),
}  # fmt: skip

# The catalog key of each fault's apology.
KEYS = {fault: f"apology_food_{fault}" for fault in _FAULTS}

# A fault denied or excused: «سرد نبود», «ولی مشکلی نیست», «اشکال نداره».
_DENIED = ("نبود", "نبودن", "نبودند", "نیست", "نشده", "نشده بود", "نبوده")
_EXCUSED: dict[str, tuple[str, ...]] = {
    "fa": ("مشکلی نیست", "مشکلی نبود", "مشکل نیست", "اشکال نداره", "اشکالی نداره",
           "اشکالی نداشت", "عیبی نداره", "عیب نداره", "ایرادی نداره", "ایراد نداره",
           "مهم نیست", "مهم نبود", "قابل قبول*", "قابل تحمل*", "قابل قبوله", "طبیعیه",
           "طبیعی است", "اصلا سرد نبود"),
}  # fmt: skip

# Another let-down beside the fault (or a fault's word in another sense: «تاریخ … مانده»,
# «ماست کم چرب»), a number (a wait, a count, a date): the broader apology stays.
_ELSE: dict[str, tuple[str, ...]] = {
    "fa": ("طعم*", "مزه*", "بدمزه*", "بد مزه*", "بی مزه*", "بیمزه*", "کیفیت*", "افتضاح*",
           "بد", "بده", "خوب نبود*", "دیر*", "تاخیر*", "تأخیر*", "منتظر*", "معطل*", "طول*",
           "ساعت*", "دقیقه*", "قیمت*", "گران*", "گرون*", "پول*", "بی ادب*", "بد برخورد*",
           "پیک*", "ریخت*", "ریخته*", "له", "خراب*", "کم", "کمه", "کمتر", "حجم*", "کوچک*",
           "کوچیک*", "نازک", "نداشت*", "نفرستاد*", "نیاورد*", "نیورد*", "فراموش*", "ناقص*",
           "به جای", "بجای", "اشتباه*", "سوخته*", "سوخت*", "خمیر*", "سفت*", "تلخ*", "ترش*",
           "تند", "بو", "بوی*", "تاریخ*", "انقضا*", "مریض*", "حالم*", "مسموم*", "شکسته*",
           "بسته بندی*", "بستهبندی*", "ظرف*", "سفارش اشتباه*", "کنسل*", "لغو*", "نرسید*",
           "نیومد*", "نیامد*", "نبود", "نبودش", "نذاشت*", "نزاشت*", "ندادن*", "موی*", "مو",
           "سوسک*", "حشره*", "آشغال*", "کثیف*", "تمیز*", "مشکل اصلی*", "دلدرد*", "دل درد*",
           "زیاد", "زیاده", "زیادی", "کیسه*", "فقط یک", "فقط یه", "فقط یدونه",
           "نفره", "افت*", "ناچیز*", "نازک*", "بی نمک*", "بینمک*",
           "ظاهر*", "دیروز*", "گذشته", "پیگیری*", "اول اینکه", "اولا",
           "سفارش داده بودم ولی", "سفارش داده بودم اما", "سفارش دادم ولی", "سفارش دادم اما"),
}  # fmt: skip

# Left behind («جا مونده»): «مونده» there is something missing, not food gone stale.
_LEFT_OUT = ("جا مانده*", "جا مونده*", "جامانده*", "جامونده*")

# A little («یه کم سرد بود», «یکم نون سرد بود»): softens the fault, names no portion.
_A_LITTLE = ("یه کم", "یک کم", "یکم", "کمی", "یه ذره", "یک ذره")

# The food named before the fault, in the customer's word, as we write it.
_ITEMS = {
    "غذا": "غذا", "غذاها": "غذاها", "غذاش": "غذا", "غذامون": "غذا", "غذام": "غذا",
    "نان": "نان", "نون": "نان", "نانش": "نان", "نونش": "نان", "نونا": "نان", "نونها": "نان",
    "مرغ": "مرغ", "مرغش": "مرغ", "مرغها": "مرغ", "مرغا": "مرغ",
    "پیتزا": "پیتزا", "پیتزاها": "پیتزاها", "پیتزاش": "پیتزا",
    "برنج": "برنج", "برنجش": "برنج", "گوشت": "گوشت", "گوشتش": "گوشت",
    "کباب": "کباب", "کبابش": "کباب", "کبابها": "کباب‌ها", "جوجه": "جوجه", "جوجش": "جوجه",
    "ساندویچ": "ساندویچ", "ساندویچش": "ساندویچ", "ساندویچها": "ساندویچ‌ها",
    "برگر": "برگر", "همبرگر": "همبرگر", "سوپ": "سوپ", "سوپش": "سوپ", "پاستا": "پاستا",
    "سیبزمینی": "سیب‌زمینی", "سیبزمینیها": "سیب‌زمینی‌ها",
    "زمینی": "سیب‌زمینی", "زمینیها": "سیب‌زمینی‌ها",
    "کوبیده": "کوبیده", "فلافل": "فلافل", "الویه": "الویه", "کیک": "کیک", "شیرینی": "شیرینی",
    "شیرینیها": "شیرینی‌ها", "ماهی": "ماهی", "خورشت": "خورشت", "خورش": "خورش",
    "غدا": "غذا", "غداها": "غذاها",  # «غدا سرد شده بود»: the meal, mistyped
    "تخممرغ": "تخم‌مرغ", "تخممرغها": "تخم‌مرغ‌ها",
}  # fmt: skip

# Not food gone cold or stale (a drink, dairy, ice cream), nor a place.
_NOT_FOOD = ("نوشابه*", "نوشیدنی*", "دوغ*", "آب", "اب", "ماست*", "شیر", "بستنی*", "یخچال*",
             "نوشابش", "قهوه*", "چای*", "هوا", "هوای", "سالاد*", "ژله*", "دسر*",
             "سیگار*", "تنباکو*")  # fmt: skip

# Before «شور/خشک» these name a kind of food, not a fault: pickles, dried garlic or fruit.
_KIND_OF = ("خیار", "سیر", "میوه", "لیمو", "نعناع", "شیر", "آلو", "الو", "توت", "انجیر")

# Two foods joined, or a food that is where the fault was, not what had it.
_AND = ("و", "هم", "روی", "رو", "داخل", "وسط", "توی", "تو", "لای", "زیر")

_WINDOW = 4  # words before the fault where its food is named: «نون برگر واقعا مونده بود»


def food_fault(told: str, language: str) -> tuple[str, str] | None:
    """The one plain fault of the food told, and the food's word, or None when not certain."""
    if language != "fa" or telling.has(told, _EXCUSED, "fa"):
        return None
    if any(ch.isdigit() for ch in told):
        return None
    seq = telling.tokens(told)
    spans = {fault: telling.find(seq, words, "fa") for fault, words in _FAULTS.items()}
    found = {fault: places for fault, places in spans.items() if places}
    if len(found) != 1:
        return None
    ((fault, places),) = found.items()
    taken = {at for a, b in places for at in range(a, b)}
    for a, b in telling.find(seq, _A_LITTLE, "fa"):
        taken |= set(range(a, b))  # «یه کم سرد»: «کم» softens, it is no portion short
    for a, b in places:
        if b < len(seq) and seq[b] in _DENIED and fault != "stale":
            return None  # «سرد نبود»: not a let-down
        if fault == "cold" and b < len(seq) and seq[b].startswith("زده"):
            return None  # «کیک یخ زده بود»: frozen solid, not arrived cold (the gate)
        if fault == "oily" and a and seq[a - 1] == "کم":
            return None  # «ماست کم چرب»: a kind of food, no fault
        if a and seq[a - 1].startswith(_KIND_OF):
            return None  # «خیار شور», «سیرهای خشک», «شیرینی خشک»: a kind of food (fa58's gate)
    if telling.find(seq, _LEFT_OUT, "fa"):
        return None  # «قسمتی از سفارش جا مانده بود»: left out, not stale
    rest = [t for at, t in enumerate(seq) if at not in taken]
    if telling.find(rest, _ELSE["fa"], "fa") or telling.find(rest, _NOT_FOOD, "fa"):
        return None
    items = {_item(seq, a) for a, _ in places}
    item = items.pop() if len(items) == 1 else "غذا"  # «برنج خام بود و جوجه نپخته»: both
    if item == "غذا" and _other_food(seq, len(seq)):
        return None  # «آجیل چهارمغز کهنه بود» beside «غذا»: two foods, one we would not name
    if not item and _other_food(seq, len(seq)) and not _near_fault(seq, places):
        return None  # a food of another kind told apart from the fault: whose fault, unsure
    if fault == "filling":
        item = _FILLINGS.get(seq[places[0][0]], _INSIDE)  # «مرغش»: theirs; «فقط نون…»: ours
    if fault == "dry" and item == "نان":
        return "stale", item  # «نون خشک خشک بود»: bread gone dry is bread not fresh
    return fault, item


def _item(seq: list[str], at: int) -> str:
    """The food named just before the fault, in our spelling; «غذا» when none or several.

    «نون ساندویچ خشک بود»: the first names the food («نان»); «پیتزا و ساندویچ سرد بود»: two
    foods, «غذا» holds both.
    """
    window = seq[max(0, at - _WINDOW) : at]
    named = [n for n, t in enumerate(window) if _ours(t)]
    if not named:
        # «چیزکیک کمی بیات بود» heard «غذا باید تازه …»: a cake is no meal, nor are pastries
        # told further back («شیرینی وقتی رسید له شده بود»). Only «غذا» said is «غذا»; else
        # the apology names no subject.
        return "غذا" if any(_ours(t) == "غذا" for t in seq[:at]) else ""
    if named[0] and window[named[0] - 1] == "تخم":
        return "تخم‌مرغ‌ها" if window[named[0]].endswith("ها") else "تخم‌مرغ"  # not «مرغ»
    if any(t in _AND for t in window[: named[-1]]):
        return "غذا"  # «پیتزا و سیب زمینی سرد بود», «گوشت روی پیتزا خام بود»: not one food
    return _ours(window[named[0]])


def _near_fault(seq: list[str], places: list[tuple[int, int]]) -> bool:
    """The other food is right before the fault («چیزکیک کمی بیات بود»): it is what had it."""
    from dialogues.apologies import FOOD, MEAL  # here: apologies imports this module

    for a, _ in places:
        window = seq[max(0, a - 3) : a]
        for table in (FOOD, MEAL):
            if telling.find(window, table["fa"], "fa"):
                return True
    return False


def _ours(token: str) -> str:
    """Our word for a food token, its ending dropped («نانها», «جوجهاش»), or ""."""
    if token in _ITEMS:
        return _ITEMS[token]
    stems = [k for k in _ITEMS if len(k) > 2 and token.startswith(k)]
    return _ITEMS[max(stems, key=len)] if stems else ""


# Our foods with their endings («پیتزارو», «سیبزمینیهای»), and what FOOD and MEAL hold that is
# no food: a taste praised («خوشمزه بود»), the restaurant.
_OURS = (*_ITEMS, "طعم", "مزه", "خوشمزه", "بدمزه", "رستوران")


def _other_food(seq: list[str], at: int) -> bool:
    """A food named that is none of ours: «آجیل مخلوط … شور», «پنیر»; «غذا» would misname it."""
    from dialogues.apologies import FOOD, MEAL  # here: apologies imports this module

    window = seq[:at]
    for table in (FOOD, MEAL):
        for a, _ in telling.find(window, table["fa"], "fa"):
            if not window[a].startswith(_OURS):  # «پیتزارو», «خوشمزه»: ours, or a taste
                return True
    return False


def food_fault_apology(key: str, told: str, language: str) -> str:
    """The fault's own apology in place of the meal's or a bare one, when one fault is told."""
    if key not in ("apology", "apology_meal"):
        return key
    found = food_fault(told, language)
    return KEYS[found[0]] if found else key


def mild(told: str, language: str) -> bool:
    """Each time the fault is told it is a little one («یکم شور بود», «کمی چرب بود»).

    «این‌قدر شور» would overstate it. Read right before the fault («یکم نون سرد بود» too),
    so «خیلی عالی، فقط یکم خشک بود» is a little dry.
    """
    if language != "fa":
        return False
    seq = telling.tokens(told)
    little = telling.find(seq, _A_LITTLE, "fa")
    places = [p for words in _FAULTS.values() for p in telling.find(seq, words, "fa")]
    return bool(places) and all(any(a - 3 < b <= a for _, b in little) for a, _ in places)


def food_values(told: str, language: str) -> dict[str, str]:
    """What the fault's apology fills in: the food («نان », or nothing) and how much.

    ``item``: the food in our word and a space, or "" when the customer named none;
    ``so``: «این‌قدر » for a plain fault, "" for a little one (a fault of degree only).
    """
    found = food_fault(told, language)
    item = found[1] if found else "غذا"
    return {"item": f"{item} " if item else "", "so": "" if mild(told, language) else "این‌قدر "}
