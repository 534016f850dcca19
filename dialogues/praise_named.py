"""Thanks for praise that names what was liked instead of quoting the said-back words again.

Readers (issue 8, stop 34) read «ممنونم که گفتید «غذا خوب بود برخورد پیک عالی بود»» right
after «بگذارید ببینم درست متوجه شدم: غذا خوب بود برخورد پیک عالی بود. درست است؟»: the
customer's whole sentence in two replies running (≈20 of 80 Arabic, ≈10 Persian, several
English). Once they said yes they have heard it once; the thanks names the things they
praised, in their own spelling («ممنون از لطفتان درباره‌ی غذا و پیک», "thank you for the
kind words about the crew").

Narrow on purpose: only praise, only a quote the reflection already said and longer than a
short clause (readers preferred "That means a lot: “the crew was wonderful”" to a plain
thanks), only when the quote names a thing from the short list below and holds no "but"
or "not" (a let-down's noun is never thanked as liked). Otherwise the thanks is unchanged.
"""

from __future__ import annotations

import re

from dialogues.ar_praise_named import norm as _ar_norm
from dialogues.ar_thanked_things import one_each, price_aside
from dialogues.heard_back import CUT, said_back
from dialogues.text import fold, words

# A said-back quote of this many words or fewer is still quoted: short and whole.
SHORT_QUOTE_WORDS = 5
MAX_NAMED = 3

# The thing's word as folded, and how the thanks names it ("the crew", «الأكل»).
_THINGS: dict[str, dict[str, str]] = {
    "fa": {
        w: w
        for w in (
            "غذا کیفیت طعم پیک ارسال بسته‌بندی پیتزا کیک ساندویچ همبرگر سالاد نان "
            "شیرینی قیمت سس برنج کباب جوجه مرغ پاستا نودل آبمیوه سوپ حجم سرعت رستوران "
            "فروشگاه کباب‌ها پیتزاها"
        ).split()
    },
    "ar": {
        "الاكل": "الأكل",
        "الأكل": "الأكل",
        "الطعام": "الطعام",
        "الخدمة": "الخدمة",
        "الخدمه": "الخدمة",
        "الموظفين": "الموظفين",
        "الموظفون": "الموظفين",
        "الطاقم": "الطاقم",
        "الفندق": "الفندق",
        "الغرفة": "الغرفة",
        "الغرفه": "الغرفة",
        "الغرف": "الغرف",
        "المكان": "المكان",
        "الافطار": "الإفطار",
        "الإفطار": "الإفطار",
        "الفطور": "الفطور",
        "النظافة": "النظافة",
        "النظافه": "النظافة",
        "الاستقبال": "الاستقبال",
        "الاسعار": "الأسعار",
        "الأسعار": "الأسعار",
        "السعر": "السعر",
        "المنتج": "المنتج",
        "الجودة": "الجودة",
        "الجوده": "الجودة",
        "التوصيل": "التوصيل",
        "المطعم": "المطعم",
        "المسبح": "المسبح",
        "الجهاز": "الجهاز",
        "الشاشة": "الشاشة",
        "الكاميرا": "الكاميرا",
        "البطارية": "البطارية",
    },
    "en": {
        "crew": "the crew",
        "staff": "the staff",
        "pilot": "the pilot",
        "pilots": "the pilots",
        "attendant": "the attendant",
        "attendants": "the attendants",
        "service": "the service",
        "agent": "the agent",
        "agents": "the agents",
        "seat": "the seat",
        "seats": "the seats",
        "food": "the food",
        "wifi": "the wifi",
        "upgrade": "the upgrade",
        "lounge": "the lounge",
        "landing": "the landing",
    },
}
# A let-down or a hedge beside the praise: its nouns must not be thanked as liked. «الموقع»
# is left out of the things: a website or a hotel's location, never sure which (stop 34 gate).
_TURN = {
    "fa": re.compile(
        r"(?:^|[\s.،,])(?:ولی|اما|فقط|ولیکن|نه|بد|سرد|دیر|کم|معمولی|متوسط|جز|"
        # gate readers (stop 34): «به جز پیتزاها», «بی کیفیت‌تر شده», «قیمتش زیاد بود»,
        # «تلخ», «سیاه … بوی خوبی نمیداد», «خام»: a let-down thanked as liked
        r"بی\s+کیفیت\S*|قیمت\S*\s+(?:خیلی\s+)?زیاد|گرون\S*|گران\S*|تلخ|شور|خام|سیاه|بو|بوی|بدتر|کوچیک|کوچک|"
        # fa57's gate: «البته قیمت کمی بالاست», «وگرنه», «هیچ کیفیتی», «کاشکی», «بجای …»,
        # «باز بود», «طول کشید», «خمیر»: a let-down the thanks would name as liked
        r"البته|وگرنه|هیچ\S*|کاش\S*|بجای|جای|بالا\S*|باز|طول|خمیر|یکم|"
        r"با\s+توجه|"  # «با توجه به قیمت، خوب بود»: good for its price, no praise of the price
        r"(?:نبود|نیست|نداشت|نشد|نمی|نکرد|نرسید|نیومد|نیامد)\S*)(?=[\s.،,!؟]|$)"
    ),
    "ar": re.compile(
        r"(?:^|[\s.،,])(?:و?لكن\S*|بس|يعيب\S*|سلبي\S*|ال?زحام|غير|لا|ما|مش|ليس|لم|سيء|سيئ|سيئة|سيئه|الا|إلا|ماعدا|"
        r"عيب\S*|عيوب|مرتفع\S*|غالي\S*|عادي\S*|جاف\S*|يجب|improvement)(?=[\s.،,!؟]|$)"
    ),
    "en": re.compile(
        r"\b(?:but|not|no|never|only|except|although|though|\w+n't|cannot|okay|ok|must be nice)\b",
        re.I,
    ),
}
# English praise NLU names too freely (sarcasm, a complaint with a noun in it): a word of
# praise must be there before a thing is thanked by name (stop 34's English gate).
_PRAISED_EN = re.compile(
    r"\b(?:great|awesome|amazing|wonderful|excellent|fantastic|outstanding|best|love[ds]?|"
    r"kudos|helpful|friendly|kind|superb|stellar|brilliant|perfect|nice|pleasant|smooth)\b",
    re.I,
)
_PRAISED_FA = re.compile(
    r"عالی|خوب|خوش\s*مزه|خوشمزه|بی\s*نظیر|بی‌نظیر|محشر|ممنون|مرسی|سپاس|متشکر|راضی|تازه|داغ|"
    r"سریع|به\s*موقع|مودب|فوق\s*العاده|بهترین|لذیذ|توپ|دستتون\s+درد\s+نکنه|عالیه|خوبه|"
    r"تمیز|با\s*کیفیت|باکیفیت|دلچسب|زود"
)
# «کیفیت و طعم غذا»: the quality, the taste of the dish named beside them; the dish is named.
_ASPECTS = {"کیفیت", "طعم", "حجم", "سرعت", "قیمت", "مزه"}
_JOIN = {"fa": (" و ", "، "), "ar": (" و", " و"), "en": (" and ", ", ")}
_FA_SUFFIX = re.compile(r"(?:ش|شون|شان|تون|تان|ها|های|هاش|ی)$")


def _named(quote: str, language: str) -> list[str]:
    """The listed things the quote names, in its order, each once."""
    table = {fold(word): name for word, name in _THINGS.get(language, {}).items()}
    found: list[str] = []
    for word in words(quote.replace("بسته بندی", "بسته‌بندی")):
        key = fold(word)
        if language == "ar" and key.startswith("و") and key[1:] in table:
            key = key[1:]  # «والخدمة»: "and the service"
        name = table.get(key)
        if language == "fa" and name == "مرغ" and found_before(quote, word, "تخم"):
            continue  # «تخم مرغ» is an egg, not the chicken
        if language == "fa" and name == "نان" and re.search(r"نان[\s\u200c]*خامه", quote):
            continue  # «نان خامه‌ای» is a pastry, not bread
        if name is None and language == "fa":
            name = table.get(_FA_SUFFIX.sub("", key))  # «غذاش», «کیفیتشون»
        if name and name not in found:
            found.append(name)
    return found


def found_before(quote: str, word: str, before: str) -> bool:
    """Whether ``word`` follows ``before`` in the quote («تخم مرغ»)."""
    return re.search(rf"{before}\s*{re.escape(word)}", quote) is not None


def _listed(things: list[str], language: str) -> str:
    """«غذا و پیک», «الأكل والخدمة», "the crew and the pilot"."""
    last, comma = _JOIN[language]
    if len(things) == 1:
        return things[0]
    return comma.join(things[:-1]) + last + things[-1]


def named_praise(
    kind: str, quote: str, reflection: str | None, language: str, shortest: int = SHORT_QUOTE_WORDS
) -> str:
    """What the praise is thanked for by name, or "" when the quote is kept.

    ``shortest``: a quote of this many words or fewer is kept (thanks_once.py passes 0: the
    quote is not said a second time, however short).
    """
    things = _things(kind, quote, reflection, language, shortest)
    if language == "ar" and price_aside(things, _ar_norm(quote)):
        return ""  # «جهاز منخفض السعر وذا جودة جيدة»: the price is a side point (ar62)
    if not things or len(things) > MAX_NAMED:
        return ""
    return _listed(things, language)


def price_named_aside(kind: str, quote: str, reflection: str | None, language: str) -> bool:
    """Whether named_praise left out an Arabic price named beside other praise (ar62)."""
    things = _things(kind, quote, reflection, language, SHORT_QUOTE_WORDS)
    return language == "ar" and price_aside(things, _ar_norm(quote))


def _things(
    kind: str, quote: str, reflection: str | None, language: str, shortest: int
) -> list[str]:
    """The listed things a said-back praise names, or [] where its quote is kept."""
    if kind != "praise" or language not in _THINGS:
        return []
    whole = quote.removesuffix(CUT)
    if len(whole.split()) <= shortest or not said_back(whole, reflection):
        return []
    if _TURN[language].search(whole):
        return []
    if language == "fa" and not _PRAISED_FA.search(whole):
        return []  # NLU's praise with no word of it («دره نان تست باز بود»): not thanked by name
    if language == "en" and not _PRAISED_EN.search(whole):
        return []  # gate readers: "#ripoff … this seat", "phone off the hook" thanked as kind words
    things = _named(whole, language)
    things = [t for t in things if t not in _ASPECTS] or things
    if language == "ar":
        things = one_each(things)  # «الطعام … الأكل»: one thing, named once (ar62)
    return things


def turns(quote: str, language: str) -> bool:
    """Whether the quote holds a "but", a "not" or a let-down beside its praise."""
    pattern = _TURN.get(language)
    return bool(pattern and pattern.search(quote))
