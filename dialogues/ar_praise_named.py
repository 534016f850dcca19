"""Arabic praise too long to quote is thanked for what it praised, not with a general thanks.

Readers (issue 8) marked «شكراً لأنك قلت هذا؛ …», «أسعدنا ما كتبت، …» for reviews that
praise named things (the food, the staff's manners, the cleanliness, the price, the view):
general thanks for specific praise. Conversation 56 (``praise_named``) names the things of a
quote said back whole; this reads the whole Arabic telling when its quote was too long:
«شكراً على كلامك الطيب عن الطعام والخدمة», «… عن نظافة المكان وتعامل الموظفين».

Narrow on purpose, because a wrong thing thanked reads worse than a general thanks:
- a thing is named only with a praise word attached to it («الأكل لذيذ», «أروع مذاق»,
  «المكان نظيف»); a heading of praise with no thing («مطعم رائع», «عشاء مميز») praises
  the place;
- only what the review is mainly about: its heading, then its first verdict (the first
  sentence of its body), at most two, never a side point further on;
- never when a let-down, a hedge or a wish is anywhere in the telling («لكن», «للأسف»,
  «عادي», «مبالغ», «اتمنى …»): those stay with the thanks they had.
"""

from __future__ import annotations

import re

from dialogues.ar_thanked_things import one_each, price_aside

MAX_THINGS = 2
# A heading is the short line before the review's body («مطعم رائع  الأكل …»).
HEADING_WORDS = 7
# The first verdict: the body's first sentence, and no further than this many words.
FIRST_VERDICT_WORDS = 22

_MARKS = re.compile(r"[\u064b-\u065f\u0670\u0640]")  # vowel marks and tatweel
_REPEAT = re.compile(r"(\w)\1{2,}")  # «مرااا حلوة»: a letter drawn out
_WORD = re.compile(r"\w+")
_HEADING_SPLIT = re.compile(r"\s{2,}|\n")
_SENTENCE_END = re.compile(r"[.!؟?\n]|\.\.")


_LETTERS = str.maketrans("أإآةى", "اااهي")


def norm(text: str) -> str:
    """One spelling for matching: «أ/إ/آ» «ا», «ة» «ه», «ى» «ي», no marks, no drawn letters."""
    text = _MARKS.sub("", text)
    text = text.translate(_LETTERS)
    return _REPEAT.sub(r"\1", text)


# The thing as normalised (with «ال» or without), and how the thanks names it.
_THINGS: dict[str, str] = {
    "اكل": "الأكل",
    "الاكل": "الأكل",
    "اكلهم": "الأكل",
    "طعام": "الطعام",
    "الطعام": "الطعام",
    "طعامهم": "الطعام",
    "الماكولات": "المأكولات",
    "ماكولات": "المأكولات",
    "الاكلات": "الأكلات",
    "اكلات": "الأكلات",
    "الوجبات": "الوجبات",
    "الاطباق": "الأطباق",
    "طعم": "الطعم",
    "الطعم": "الطعم",
    "مذاق": "المذاق",
    "المذاق": "المذاق",
    "المشويات": "المشويات",
    "مشويات": "المشويات",
    "الحلويات": "الحلويات",
    "حلويات": "الحلويات",
    "القهوه": "القهوة",
    "قهوه": "القهوة",
    "البيتزا": "البيتزا",
    "الشاورما": "الشاورما",
    "السلطات": "السلطات",
    "الفطور": "الفطور",
    "الافطار": "الإفطار",
    "الخدمه": "الخدمة",
    "خدمه": "الخدمة",
    "الموظفين": "الموظفين",
    "الموظفون": "الموظفين",
    "موظفين": "الموظفين",
    "العاملين": "العاملين",
    "العاملون": "العاملين",
    "العمال": "العاملين",
    "الطاقم": "الطاقم",
    "طاقم": "الطاقم",
    "الاستقبال": "الاستقبال",
    "التعامل": "التعامل",
    "تعامل": "التعامل",
    "المعامله": "المعاملة",
    "معامله": "المعاملة",
    "معاملتهم": "المعاملة",
    "العطور": "العطور",
    "عطور": "العطور",
    "النظافه": "النظافة",
    "نظافه": "النظافة",
    "النضافه": "النظافة",
    "الاسعار": "الأسعار",
    "اسعار": "الأسعار",
    "اسعاره": "الأسعار",
    "السعر": "السعر",
    "سعر": "السعر",
    "سعره": "السعر",
    "المنظر": "المنظر",
    "منظر": "المنظر",
    "الاطلاله": "الإطلالة",
    "اطلاله": "الإطلالة",
    "الجو": "الأجواء",
    "الاجواء": "الأجواء",
    "اجواء": "الأجواء",
    "الديكور": "الديكور",
    "ديكور": "الديكور",
    "التوصيل": "التوصيل",
    "الشحن": "الشحن",
    "التغليف": "التغليف",
    "الجوده": "الجودة",
    "جوده": "الجودة",
    "الخامه": "الخامة",
    "خامه": "الخامة",
    "المنتج": "المنتج",
    "منتج": "المنتج",
    "السلعه": "السلعة",
    "سلعه": "السلعة",
    "الجهاز": "الجهاز",
    "جهاز": "الجهاز",
    "العطر": "العطر",
    "عطر": "العطر",
    "المطعم": "المطعم",
    "مطعم": "المطعم",
    "الفندق": "الفندق",
    "فندق": "الفندق",
    "المقهي": "المقهى",
    "مقهي": "المقهى",
    "الكافيه": "المقهى",
    "كافيه": "المقهى",
    "المحل": "المحل",
    "محل": "المحل",
    "المكان": "المكان",
    "مكان": "المكان",
}
_PLACES = {"المطعم", "الفندق", "المقهى", "المحل", "المكان"}
_STAFF = {"الموظفين", "العاملين", "الطاقم"}
_MANNERS = {"التعامل", "المعاملة"}
# Only these are praised by «سريع»: «وجبات سريعة» is fast food.
_FAST = {"التوصيل", "الشحن", "الخدمة", "الموظفين", "العاملين", "الطاقم", "الاستقبال"}
_PRICES = {"الأسعار", "السعر"}
# Praise of a price only («سعر مناسب», «أسعار معقولة»): of a restaurant it is a hedge.
_PRICE_PRAISE = re.compile(r"^(?:مناسب\w*|معقول\w*|رخيص\w*|ممتاز\w*|رائع\w*|جيد\w*)$")
# Praise after the thing («الأكل لذيذ», «موظفين ودودين», «الخدمة فوق العادة»).
_PRAISE = re.compile(
    r"^(?:ال)?(?:رائع|ممتاز|لذيذ|نظيف|راقي|ودود|سريع|حلو|جميل|مميز|متميز|محترم|مهذب|"
    r"خرافي|فاخر|ممتع|مريح|متعاون|بشوش|لطيف|شهي|طيب|مدهش|مذهل|ظريف|انيق|اصلي|منعش|رايق|فريد|"
    r"دقيق|عملي|مبهر|خلاب|ساحر|هادي|هادئ)(?:ه|ين|ون|يه|ا)?$"
    r"|^(?:يجنن|تجنن|تحفه|روعه|خيال|فوق)$"
)
# Praise before the thing («أروع مذاق», «أفضل خدمة», «حسن التعامل», «قمة الأدب»).
_PRAISE_BEFORE = re.compile(r"^(?:ب?ا?(?:روع|فضل|حسن|جمل|طيب|حلي|لذ|نظف|طعم)|حسن|قمه|بقمه)$")
# Any superlative of praise («أفضل», «أروع», «أحلى»): a heading or verdict's first praise.
_SUPERLATIVE = re.compile(r"^(?:من)?ا(?:روع|فضل|حسن|جمل|طيب|حلي|لذ|نظف|طعم|رقي|شهي)$")
# Words that may stand between a thing and its praise («الأكل كان لذيذ جداً», «مرا حلو»,
# «أكثر من رائع»).
_BETWEEN = re.compile(
    r"^(?:كان|كانت|جدا|جدآ|فعلا|حقا|بصراحه|مره|مرا|كتير|وايد|حيل|للغايه|هو|هي|اكثر|من)$"
)
# A let-down, a hedge or a wish anywhere: the thanks names nothing.
_LETDOWN = re.compile(
    r"(?<!\w)و?(?:ل?لكن\w*|بس|غير|لا|مش|مو|ليس|ليست|لم|لن|مافي|مافيه|مافيش|ماكو|فش|ماكو|"
    r"سيء|سيئ\w*|سئ|سيي\w*|للاسف|الاسف|عيب\w*|يعيب\w*|سلبي\w*|مرتفع\w*|غالي\w*|مبالغ\w*|"
    r"عادي\w*|متوسط\w*|مقبول\w*|ال?زحام|ال?زحمه|بطي\w*|ال?تاخير|تاخر\w*|متاخر\w*|بارد\w*|"
    r"ناقص\w*|مشكل\w*|يجب|لازم|ياريت|اتمني|نتمني|ارجو|نرجو|تغير\w*|اختلف\w*|سابقا|زمان|"
    r"ضعيف\w*|قليل\w*|اقل|وحش\w*|مقرف\w*|خايس\w*|زفت|الا|ماعدا|عدا|باستثناء|ملاحظه|ملاحظات|"
    r"معقول\w*|نوعا|ربما|احيانا|اسوا|خساره|لاباس|باس|ينقص\w*|مزدحم\w*|ازدحام\w*|ال?زحمه\w*|"
    r"ال?مشكل\w*|قله|ال?عيب\w*|ملاحظ\w*)(?!\w)"
)
# «ما» is a "not" in speech («ما عجبني») but also "what" in praise («من أحسن ما يكون»).
_NOT_MA = re.compile(r"(?<!\w)ما(?!\w)")
_MA_PRAISE = re.compile(
    r"(?:احسن|افضل|اجمل|اروع|اطيب|احلي|كل|الي|مثل)\s+ما(?=\s)|(?:^|\s)ما(?=\s+شاء)"
)
_PRICE_HEDGE = re.compile(r"(?:سعر\w*|اسعار\w*)\s+(?:\w+\s+)?(?:معقول\w*|مقبول\w*)")


def _letdown(text: str) -> bool:
    """A let-down, a hedge or a wish anywhere in the telling («لكن», «عادي», «اتمنى»)."""
    bare = _PRICE_HEDGE.sub(" سعر مناسب ", text)  # «أسعار معقولة» praises the price
    if _LETDOWN.search(bare):
        return True
    return len(_NOT_MA.findall(bare)) > len(_MA_PRAISE.findall(bare))


def _thing(word: str) -> str | None:
    """The thanks' name for a word («والخدمه» «الخدمة»), or None."""
    if word in _THINGS:
        return _THINGS[word]
    for prefix in ("و", "ب", "ف", "وال", "بال"):
        if word.startswith(prefix) and word[len(prefix) :] in _THINGS:
            return _THINGS[word[len(prefix) :]]
        if prefix.endswith("ال") and word.startswith(prefix):
            rest = "ال" + word[len(prefix) :]
            if rest in _THINGS:
                return _THINGS[rest]
    return None


def _praised_after(tokens: list[str], at: int, thing: str) -> int | None:
    """Where the praise word after the thing at ``at`` is (words may stand between), or None."""
    for where in range(at + 1, min(at + 5, len(tokens))):
        word = tokens[where]
        bare = word.removeprefix("و") if word != "وايد" else word
        if thing in _PRICES and _PRICE_PRAISE.match(bare):
            return where
        if _PRAISE.match(bare) or _PRAISE.match(word):
            return where
        if not _BETWEEN.match(word):
            return None
    return None


def _is_praise(tokens: list[str], at: int) -> bool:
    """Whether the word at ``at`` is a word of praise («رائع», «أفضل», «مرا حلو»)."""
    word = tokens[at]
    bare = word.removeprefix("و") if word != "وايد" else word
    return bool(_PRAISE.match(bare) or _PRAISE.match(word) or _SUPERLATIVE.match(bare))


def _praised_things(text: str) -> list[str] | None:
    """The things a praise word is attached to, in order, each once.

    None when the segment's first word of praise is attached to no listed thing («ساعة
    جميلة», «سماعه مذهله», «ممتازة وتحفظ …»): its main praise is of something we cannot
    name, and a thing named further on would be a side point.
    """
    tokens = _WORD.findall(text)
    praised: list[tuple[int, str]] = []
    taken = -1  # «تعامل الموظفين»: the staff are named with their manners, not again
    for at, word in enumerate(tokens):
        thing = _thing(word)
        if thing is None or at == taken:
            continue
        nxt = tokens[at + 1] if at + 1 < len(tokens) else ""
        if thing in _MANNERS and _thing(nxt) in _STAFF:
            thing, at = f"تعامل {_thing(nxt)}", at + 1  # «تعامل الموظفين راقي»
            taken = at
        where = _praised_after(tokens, at, thing)
        if where is None and at and _PRAISE_BEFORE.match(tokens[at - 1]):
            where = at - 1  # «أروع مذاق», «أفضل خدمة»
        if where is None:
            continue
        praise = tokens[where].removeprefix("و")
        if praise.startswith("نظيف") and thing in _PLACES:
            thing = f"نظافة {thing}"  # «المكان نظيف»: the cleanliness of the place
        elif praise.startswith("سريع"):
            if thing not in _FAST:
                continue  # «الوجبات السريعة», «أكلات سريعة»: fast food, no praise
            if thing in ("التوصيل", "الشحن", "الخدمة"):
                thing = f"سرعة {thing}"  # «التوصيل سريع»
        elif thing in _MANNERS:
            thing = f"حسن {thing}"  # «التعامل راقي»: good manners
        praised.append((where, thing))
    first = next((at for at in range(len(tokens)) if _is_praise(tokens, at)), None)
    praised.sort()
    if first is not None and (not praised or praised[0][0] > first):
        return None
    return one_each([thing for _, thing in praised])  # «العطور … والعطر»: named once


def _heading(text: str) -> tuple[str, str]:
    """The heading and the body («مطعم رائع  الأكل لذيذ …»), or no heading."""
    parts = _HEADING_SPLIT.split(text.strip(), maxsplit=1)
    if len(parts) == 2 and len(_WORD.findall(parts[0])) <= HEADING_WORDS and parts[1].strip():
        return parts[0], parts[1]
    return "", text


def _first_verdict(body: str) -> str:
    """The body's first sentence, no longer than FIRST_VERDICT_WORDS words."""
    first = _SENTENCE_END.split(body.strip(), maxsplit=1)[0]
    return " ".join(_WORD.findall(first)[:FIRST_VERDICT_WORDS])


# Before a place word, these make it some other place («واي مكان بالجسم», «التوصيل الى
# الفندق»): a praise heading is then not of that place.
_NOT_THE_PLACE = {"اي", "اى", "كل", "الي", "لل", "من", "عن", "حتي"}


def _place(text: str) -> str | None:
    """What the place is called (the restaurant, the hotel), or None: no place is named."""
    tokens = _WORD.findall(text)
    for at, word in enumerate(tokens):
        thing = _thing(word)
        before = tokens[at - 1].removeprefix("و") if at else ""
        if thing in _PLACES and before not in _NOT_THE_PLACE:
            return thing  # «في أي مكان» is anywhere, «التوصيل إلى الفندق» somewhere else
    return None


def ar_praised(current: list[str], language: str) -> str:
    """What an Arabic review mainly praised, by name, or "" to thank as before."""
    if language != "ar":
        return ""
    told = "\n".join(current)
    things = _main_praise(told)
    if price_aside(things, norm(told)):
        return ""  # «ساعه جيده والسعر معقول»: the watch was praised, not only its price
    if len(things) == 2 and things[1] == f"نظافة {things[0]}":
        return f"{things[0]} ونظافته"  # «المطعم ونظافته», not «المطعم ونظافة المطعم»
    return " و".join(things)


def _main_praise(told: str) -> list[str]:
    """The heading's praised things, then the first verdict's: at most two."""
    text = norm(told)
    if _letdown(text):
        return []
    heading, body = _heading(text)
    things = _praised_things(heading) if heading else []
    if things == [] and any(_thing(w) for w in _WORD.findall(heading)):
        return []  # «اطلالة  …»: the heading's thing unpraised; another would be a side point
    if things is None:  # «عشاء مميز», «رائع»: the place, where the review names one
        place = _place(text)
        if place is None:
            return []
        things = [place]
    verdict = _praised_things(_first_verdict(body))
    # the verdict's first thing, unless the heading named it already («المطعم», «المكان»)
    things = one_each(things + (verdict or [])[:1]) if things else (verdict or [])
    return things[:MAX_THINGS]
