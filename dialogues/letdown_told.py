"""A telling NLU named praise whose words only tell a let-down: a complaint, never thanked.

Blind judges (stop 31) read «أسعدنا ما كتبت» after «الجوده رديه جدا», «خوشحالمان کردید» after
«بستنی هام آب شده بود», "That means a lot" after "on hold for over 2 hours": NLU's "praise"
was trusted where no word praises and the words tell something that went wrong. Praise
denied («ليس جيدا», «خوب نبود», "not good», «انصح بعدم») is no praise either.
"""

from __future__ import annotations

from collections.abc import Sequence

from dialogues import cues, telling

# Something gone wrong, told in a word of its own (not EVENT's "was" / «بود» / «كان»).
LETDOWN = {
    "en": (
        "delay*", "late", "cancel*", "lost", "missing", "stuck", "stranded", "on hold",
        "hours", "hrs", "broke*", "broken", "damaged", "rude", "ruin*", "horrible", "awful",
        "terrible", "worst", "fail*", "missed", "never got", "never received", "disconnected",
        "hung up", "upset", "frustrat*", "disappoint*", "unacceptable", "ridiculous",
        "pathetic", "incompetent", "incompetence", "unprofessional", "dirty", "filthy",
        "overbook*", "bumped", "still waiting", "no help", "no response", "no answer",
        "sucks", "crappy", "shitty", "angry", "furious", "annoy*", "hate",
    ),
    "fa": (
        "بد", "بده", "بدی", "بدتر*", "بدترین*", "بدمزه", "بد مزه", "بی مزه", "بیمزه", "سرد",
        "خراب*", "افتضاح*", "اف تضاح*", "مزخرف", "دیر", "تاخیر*", "تأخیر*", "ناقص", "اشتباه*",
        "کم بود", "کمتر", "کم", "شور", "سوخته", "خام", "شکسته*", "بیات", "مونده*", "موندس",
        "مانده", "آب شده", "اب شده", "واژگون*", "چپ شده", "له شده", "ریخته", "افتاده",
        "متفاوت", "تغییر کرده", "گرانتر", "گرونتر", "گران", "گرون*", "افزایش قیمت",
        "نفرستاد*", "ننوشته*", "نرسید*", "نیومد*", "نداشت", "نشده", "نبود", "معمولی",
        "بی دقتی", "کثیف", "پشیمون*", "پشیمان*", "متاسفانه", "متأسفانه", "ناراضی",
        "میتونست بهتر", "می تونست بهتر", "میتونست بیشتر", "زنده بود", "غالب بود",
        "بی کیفیت", "بیکیفیت",
        # fa r51: frozen, dry, messed up, stale, not delivered, took long (thanked as praise)
        "یخ زده", "یخزده", "خشک", "بهم خورده", "به هم خورده", "کهنه", "فاجعه*", "تحویل ندادن*",
        "نیاوردن*", "نیاوردین", "طول کشید*",
    ),
    "ar": (
        "ردي*", "رديئ*", "سيء*", "سيئ*", "سئ", "اسوء", "أسوأ", "اسوا", "مكسور*",
        "خدوش", "تالف*", "ضعيف*", "خرب*", "فاشل*", "مقلد*", "غالي*", "متأخر*", "تاخر*",
        "تأخر*", "بارد*", "مشكل*", "تعطل*", "انكسر*", "يتلف", "بتتلف", "ندمت", "ندم", "تعيس*",
        "مقرف*", "للاسف", "للأسف", "غير مقبول", "غير مناسب*", "غير عملي*", "لا يعمل",
        "لاتعمل", "لا تعمل", "لم يعجب*", "ما عجب*", "لا انصح", "لا أنصح", "لاأنصح", "لاانصح",
        "ما انصح", "انصح بعدم", "أنصح بعدم", "حرام", "خيبة", "متسخ*", "وسخ*", "قذر*",
    ),
}  # fmt: skip
# Praise in words cues.PRAISE leaves to NLU («خیلی سریع رسید», «بسته بندی مناسب و متفاوت»):
# read here only to keep such praise from being taken for a let-down («کمتر از ۱۵ دقیقه»).
_ALSO_PRAISE = {
    # en51: "he just went above and beyond to be helpful" (NLU: suggestion) was apologised for.
    "en": ("good", "fast", "quick*", "kind", "friendly", "nicely", "ty", "no worries", "impressed",
           "above and beyond"),
    "fa": ("خوب", "خوبه", "خوبی", "سریع", "مناسب", "مناسبی", "بامزه", "تمیز", "چسبید",
           "دوست دارم", "دوست داشتم", "لایک", "متعهد", "حرف نداره", "حرف نداشت", "خوشم اومد",
           "خوشم آمد", "خوشمون اومد"),
    "ar": ("سريع*", "مناسب*", "كويس*", "طيب*", "سهل*", "عملي*", "مفيد*", "أعجب*", "اعجب*"),
}  # fmt: skip
# A word that denies the praise beside it: before it ("not good", «ليس جيدا», «مو كويس»),
# or after it in Persian («خوب نبود») and in «انصح بعدم» ("I advise not to").
_DENY_BEFORE = {
    "en": ("not", "never", "no", "isn't", "wasn't", "weren't", "aren't", "didn't", "don't"),
    "fa": ("نه", "اصلا", "اصلاً"),
    "ar": ("غير", "لا", "ليس", "ليست", "مو", "مش", "ما", "لم", "بلا"),
}  # fmt: skip
# A let-down spared: "no delay", «بدون خدوش», «بی دقتی» is no such word (one entry).
_SPARED = {
    "en": ("no", "not", "without", "never", "zero"),
    "fa": ("بدون", "نه"),
    "ar": ("بدون", "بلا", "من غير", "غير", "لا", "ولا", "مش", "مو", "ليس", "ليست", "او", "أو"),
}  # fmt: skip
# Praise words that also mean "extremely": «فوق العاده بد مزه», «فوق العاده بی کیفیت» praise
# nothing when a let-down follows them (fa r51: thanked with «خوشحالمان کردید»).
_INTENSIFIER = {"fa": ("فوق العاده",)}
# Goods named "dry" («سبزی خشک» dried herbs, «شیر خشک» powdered milk): their «خشک» tells
# no let-down (fa r51: «بسته سبزی خشک خیلی بزرگ بود …» is no complaint of dryness).
_DRIED_GOODS = {"fa": ("سبزی خشک", "سبزیجات خشک", "میوه خشک", "شیر خشک", "کیک خشک")}
_DENY_AFTER = {
    "fa": ("نبود*", "نیست*", "نداشت*", "نشد*"),
    "ar": ("بعدم",),
}


# An idea proposed in words cues.IDEA leaves to NLU: "maybe announce the delay …", "will you
# please start offering …", «سیر کمتر استفاده کنید»: NLU's "suggestion" is trusted beside a
# let-down.
_PROPOSED = {
    "en": ("maybe", "perhaps", "please start", "should think about", "should consider"),
    # «روغنش کمتر باشه بهتره», «سیر یه کمی کمتر شه»: "should be less" wishes (blind gate x31).
    "fa": ("لطفا", "لطفاً", "خواهشا", "خواهشاً", "کنید", "بذارید", "بزارید", "بهتره", "بشه",
           "شه"),
}  # fmt: skip


def proposed(messages: Sequence[str], language: str) -> bool:
    """Words that propose something new ("maybe announce …"), an idea beside any let-down."""
    seq = telling.tokens("\n".join(messages))
    return bool(telling.find(seq, _PROPOSED.get(language, ()), language))


def praised_plainly(messages: Sequence[str], language: str) -> bool:
    """A word of praise that no word beside it denies ("good", not "not good")."""
    seq = telling.tokens("\n".join(messages))
    before = {b for _, b in telling.find(seq, _DENY_BEFORE.get(language, ()), language)}
    after = {a for a, _ in telling.find(seq, _DENY_AFTER.get(language, ()), language)}
    praise = cues.PRAISE.get(language, ()) + _ALSO_PRAISE.get(language, ())
    intensifying = set(telling.find(seq, _INTENSIFIER.get(language, ()), language))
    letdowns = {a for a, _ in telling.find(seq, LETDOWN.get(language, ()), language)}
    for start, end in telling.find(seq, praise, language):
        if (start, end) in intensifying and end in letdowns:
            continue  # «فوق العاده بی کیفیت»: "extremely", no praise
        if start not in before and end not in after:
            return True
    return False


def only_letdown(messages: Sequence[str], language: str) -> bool:
    """No plain praise, and a word that tells something went wrong: no praise to thank."""
    seq = telling.tokens("\n".join(messages))
    spared = {b for _, b in telling.find(seq, _SPARED.get(language, ()), language)}
    spared |= {b - 1 for _, b in telling.find(seq, _DRIED_GOODS.get(language, ()), language)}
    if all(a in spared for a, _ in telling.find(seq, LETDOWN.get(language, ()), language)):
        return False  # none told, or each spared: «بدون جروح او خدوش», "no delay"
    return not praised_plainly(messages, language)


def letdown_unproposed(messages: Sequence[str], language: str) -> bool:
    """Only a let-down told, and nothing proposed: NLU's "suggestion" is a complaint."""
    return only_letdown(messages, language) and not proposed(messages, language)
