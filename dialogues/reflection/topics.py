"""What the clauses a reflection leaves out were about: "…, and you also mentioned the price".

When a long telling has more clauses than a reflection keeps, the kept ones were followed by
a vague tail ("a few other things besides"). A listener who cannot repeat everything still
shows they heard it by naming the topics: up to two aspect nouns (price, delivery, packaging,
staff, taste, …) the customer used in the clauses left out and not in the kept ones, from a
curated list per language, matched as whole words only (fa/ar: a plural or possessive form
is said as the bare noun, so no person shift is ever needed). The frame takes no side: the
clause was not read, so it never says whether it was praise or a complaint.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from itertools import pairwise

from dialogues.reflection import clauses
from dialogues.reflection.clauses import MORE
from dialogues.reflection.units import Unit
from dialogues.text import fold, words

_FRAME = {
    "en": "you also mentioned {}",
    "fa": "درباره‌ی {} هم نکته‌هایی گفتید",
    "ar": "وتحدثت أيضاً عن {}",
}
_AND = {"en": " and ", "fa": " و ", "ar": " و"}

# en: nouns whatever stands before them; the words that are verbs too need a determiner.
_EN_NOUNS = {
    "price": "prices pricing", "delivery": "deliveries", "packaging": "",
    "staff": "", "battery": "batteries", "screen": "screens", "app": "apps",
    "account": "accounts", "website": "websites", "wifi": "", "luggage": "",
    "baggage": "", "legroom": "", "crew": "", "seat": "seats", "food": "",
    "meal": "meals", "password": "passwords", "quality": "", "camera": "cameras",
    "charger": "chargers", "keyboard": "", "warranty": "", "courier": "couriers",
    "driver": "drivers", "subscription": "subscriptions", "portion": "portions",
    "translation": "", "story": "", "plot": "", "characters": "", "fee": "fees",
    "lounge": "", "voucher": "vouchers", "customer service": "",
    "refund": "refunds", "order": "orders", "update": "updates", "taste": "",
    "sound": "", "booking": "bookings", "upgrade": "", "ticket": "tickets",
    "delay": "delays", "connection": "", "internet": "",
}  # fmt: skip
_EN_VERBS_TOO = frozenset("refund order update taste sound booking upgrade delay".split())
_EN_DETERMINERS = frozenset(
    "the my our your their his her its this that these those a an no any every some".split()
)

# fa: the bare noun, said as written here; a plural or possessive ending is taken off.
_FA_NOUNS = (
    "قیمت هزینه ارسال پیک بسته‌بندی کیفیت طعم مزه حجم باتری دوربین شارژ ترجمه داستان "
    "پشتیبانی گارانتی اپلیکیشن جنس سایز طراحی کیبورد نمایشگر بدنه "
    "شارژر تاخیر برنج سالاد سس پرسنل"
).split()
_FA_ENDINGS = ("", "ش", "شون", "شان", "ها", "های", "هاش", "هاشون", "هاشان", "هایش")
_FA_AFTER_VOWEL = ("ی", "یش", "ش")  # «صدای …»، «باتریش»: ezafe or possessive after a vowel

# ar: the noun with its article as it is said back, and its bare stem (folded when matched);
# a stem that is also a common verb or phrase is matched only with the article.
_AR_NOUNS = {
    "السعر": "سعر", "الأسعار": "اسعار", "التوصيل": "توصيل", "التغليف": "تغليف",
    "الموظفين": "موظفين", "الطاقم": "طاقم", "الطعم": "طعم", "الكمية": "كمية",
    "الجودة": "جودة", "البطارية": "بطارية", "الشاشة": "شاشة", "الصوت": "صوت",
    "الترجمة": "ترجمة", "القصة": "قصة", "التطبيق": "تطبيق", "الخدمة": "خدمة",
    "النظافة": "نظافة", "الديكور": "ديكور", "الجلسات": "جلسات", "الشحن": "شحن",
    "الخامة": "خامة", "المقاس": "مقاس", "الحجم": "حجم", "اللون": "لون",
    "الكاميرا": "كاميرا", "الشاحن": "شاحن", "الضمان": "ضمان", "المندوب": "مندوب",
    "الأكل": "اكل", "الطعام": "طعام", "الحساب": "حساب",
    "الانتظار": "انتظار", "الاستقبال": "استقبال",
    "الأسلوب": "اسلوب", "اللغة": "لغة", "الحبكة": "حبكة",
}  # fmt: skip
_AR_ARTICLE_ONLY = frozenset("اكل كمية تطبيق حساب لون حجم صوت طعم شحن ضمان لغة قصة انتظار".split())
_SAME = {"الأسعار": "السعر", "الطعام": "الأكل", "مزه": "طعم"}  # one topic, never named twice
_AR_LEADS = ("", "و", "ف", "ب", "ك", "وب", "فب", "وك")
_AR_ARTICLES = ("ال", "وال", "فال", "بال", "كال", "وبال", "فبال", "وكال", "لل", "ولل", "فلل")
_AR_ONE_TAIL = {"الطعم": "الأكل", "الأكل": "الأكل"}
_AR_SUFFIXES = ("ه", "ها", "هم", "هن")  # not «ي»: «بصوتي» is "in my voice"


def named(
    pieces: list[str], units: Sequence[Unit], messages: Sequence[str], language: str
) -> list[str]:
    """The pieces with the "and more" tail naming what the left-out clauses were about."""
    if MORE not in (u.text for u in units):
        return pieces
    kept = {canon for u in units for canon, _ in _topics(u.text, language)}
    said = " ".join(fold(u.text) for u in units)  # «قیمتشه» kept: no «قیمت» named again
    found: dict[str, str] = {}
    for unit in clauses._units(messages, language):  # every clause, courtesy and data left out
        for canon, word in _topics(unit.text, language):
            if language == "ar" and _AR_ONE_TAIL.get(canon, canon) in map(_AR_ONE_TAIL.get, found):
                continue  # r30: «عن الأكل والطعم»: the taste is the food's, one topic in a tail
            if canon not in kept and canon not in found and not _within(canon, said, language):
                found[canon] = word
    if not found:
        return pieces
    topics = _AND[language].join(_said(w, language) for w in list(found.values())[:2])
    tail = _FRAME[language].format(topics)
    return [tail if u.text == MORE else p for u, p in zip(units, pieces, strict=False)]


def aspects(text: str, language: str) -> list[str]:
    """The topics a clause certainly names (ar_core: whether a clause left out can be named)."""
    return [canon for canon, _ in _topics(text, language)]


def within(canon: str, said: str, language: str) -> bool:
    """Whether the kept clauses name the topic in any form."""
    return _within(canon, said, language)


def _within(canon: str, said: str, language: str) -> bool:
    """Whether a kept clause names the topic in any form (a stem inside a longer word too)."""
    if language == "en":
        return False
    stems = [stem for word, stem in _AR_NOUNS.items() if _SAME.get(word, word) == canon]
    stems = stems if language == "ar" else [w for w in _FA_NOUNS if _SAME.get(w, w) == canon]
    return any(fold(stem)[: -1 if stem.endswith("ة") else None] in said for stem in stems)


def _said(topic: str, language: str) -> str:
    return f"the {topic}" if language == "en" else topic


def _topics(text: str, language: str) -> list[tuple[str, str]]:
    """The aspect nouns a clause certainly names, in order, as they are said back."""
    if text == MORE:
        return []
    if language == "en":
        return _en_topics(text)
    tokens = [fold(w) for w in words(text.replace("بسته بندی", "بسته‌بندی"))]
    lookup = _fa_forms() if language == "fa" else _ar_forms()
    other = _other_sense(tokens)
    return [
        (_SAME.get(lookup[t], lookup[t]), lookup[t])
        for i, t in enumerate(tokens)
        if t in lookup and (i, t) not in other
    ]


def _other_sense(tokens: list[str]) -> set[tuple[int, str]]:
    """«حجم صدا» is loudness, «نان سالاد» a bread, «کیکهای بسته بندی» packaged cakes, «زري
    الصوت» keys: none is the topic."""
    out = set()
    for i, (one, two) in enumerate(pairwise(tokens)):
        if one.startswith("حجم") and two.startswith("صدا"):
            out.add((i, one))
        if one in ("نان", "نون") and two.startswith("سالاد"):
            out.add((i + 1, two))
        if two == fold("بسته‌بندی") and one.endswith("های") and len(one) > 4:
            out.add((i + 1, two))  # fa: «کیکهای بسته بندی»: packaged cakes, not the packaging
        if one in ("کار", "کارهای", "کارای", "کارها") and two == "طراحی":
            out.add((i + 1, two))  # fa: «کارهای طراحی»: design work, not the product's design
        if one in ("زر", "زری", "ازرار") and two.endswith("صوت"):  # ar: the volume keys
            out.add((i + 1, two))
    return out


def _en_topics(text: str) -> list[tuple[str, str]]:
    tokens = [w.lower() for w in words(text)]
    found: list[tuple[str, str]] = []
    for i, token in enumerate(tokens):
        pair = f"{token} {tokens[i + 1]}" if i + 1 < len(tokens) else ""
        if pair in _EN_FORMS:
            found.append((_EN_FORMS[pair], pair))
            continue
        canon = _EN_FORMS.get(token)
        before = tokens[i - 1] if i else ""
        if canon is None or (canon in _EN_VERBS_TOO and before not in _EN_DETERMINERS):
            continue
        found.append((canon, token))
    return found


_EN_FORMS = {form: canon for canon, more in _EN_NOUNS.items() for form in (canon, *more.split())}


@cache  # built once: every form of every noun, folded
def _fa_forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    for noun in _FA_NOUNS:
        bare = fold(noun)
        endings = _FA_ENDINGS + (_FA_AFTER_VOWEL if bare.endswith(("ا", "و")) else ())
        endings = endings if len(bare) > 2 else ("",)  # «سسش»: «سس» said alone would be a piece
        forms.update({bare + e: noun for e in endings})
    return forms


@cache
def _ar_forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    for said, stem in _AR_NOUNS.items():
        bare = fold(stem)
        owned = bare[:-1] + "ت" if bare.endswith("ه") else bare  # «جودة» → «جودتها»
        forms.update({fold(article) + bare: said for article in _AR_ARTICLES})
        for lead in _AR_LEADS:
            if stem not in _AR_ARTICLE_ONLY:
                forms[fold(lead) + bare] = said
            if stem not in ("اكل", "صوت"):  # «اكلهم»: "ate them" too; «صوته»: a voice
                forms.update({fold(lead) + owned + s: said for s in _AR_SUFFIXES})
    for lead in ("", "و", "ف"):  # «باللغة الصينية»: in a language, not about the language
        forms.pop(fold(lead + "باللغة"), None)
    # «فخامة» (luxury) and «بشاشة» (cheerfulness) are words of their own, not «ف/ب» + «خامة»
    # (material) or «شاشة» (screen): a blind reading found "you spoke of the material/screen".
    for word in ("فخامة", "فخامته", "فخامتها", "بشاشة", "بشاشته", "بشاشتها", "بشاشتهم"):
        for lead in ("", "و"):
            forms.pop(fold(lead + word), None)
    return forms
