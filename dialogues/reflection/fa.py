"""Persian person shift: first person → formal second person (‑م → ‑ید / ‑تان).

Person lives in verb endings and suffixes, and ‑م is ambiguous (سفارشم "my order",
رفتم "I went", ستم "cruelty"). We decide by verb stems and a list of possessed nouns,
and leave a word alone when unsure: a missed shift reads better than a broken word.
"""

from __future__ import annotations

import re

from dialogues.text import ZWNJ, fold

# Past stems (formal and colloquial) whose 1st-person forms end in ‑م: رفتم، گرفتم، اومدم.
_PAST_STEMS = set(
    """
    رفت گرفت داد کرد شد خرید زد دید گفت خورد رسید آمد اومد اومدن داشت خواست تونست توانست
    دونست دانست نوشت پرداخت فرستاد گذاشت ذاشت برد آورد آورد اورد پوشید شنید پرسید نشست
    بست شست ساخت انداخت فهمید کشید خواند خوند رسوند رساند گشت برگشت موند ماند پیچید
    چشید پخت باخت یافت فروخت ترسید خوابید زنگ‌زد پسندید سنجید بخشید جنگید گذشت نگرفت
    تحویل‌گرفت پذیرفت شناخت گرفتار شکست افتاد ایستاد فرمود کوبید پاشید ریخت سوخت دوخت
    دوید مالید بلعید لرزید چرخید رقصید نالید خندید گریست گریه‌کرد
    """.split()
)
# Present stems, after می/نمی/ب/ن: میخوام، نمیدونم، بتونم.
_PRESENT_STEMS = set(
    """
    خواه خوا خواهم دان دون توان تون رو ر گو گ شو ش کن ده د زن گیر رس آی یا خر بین
    خور پرداز فرست گذار ذار زار بر آور ار پوش شنو پرس نشین بند شور ساز انداز فهم کش
    خوان خون رسون رسان گرد گرد مون مان ترس خواب پسند بخش گذر فروش پذیر شناس افت ایست
    دار کار دو نویس نویس تو دوز ریز سوز لرز چرخ خند گری ک
    """.split()
)
_PRESENT_FORMAL = {
    "خوا": "خواه", "دون": "دان", "تون": "توان", "ر": "رو", "گ": "گوی", "ش": "شو",
    "د": "ده", "ذار": "گذار", "زار": "گذار", "یا": "آی", "رسون": "رسان", "مون": "مان",
    "خون": "خوان", "ک": "کن",
}  # fmt: skip
# Nouns a customer says "my …" of: سفارشم → سفارشتان.
_POSSESSED = set(
    fold(w)
    for w in """
    سفارش پول حساب کارت بسته غذا شماره آدرس ادرس گوشی موبایل اشتراک خانه خونه بچه دختر
    پسر همسر شوهر زن مادر پدر مامان بابا خانواده وقت اعصاب حق هزینه پرداخت کالا محصول
    فاکتور رسید کد رمز ایمیل تلفن کیف لپتاپ لپ‌تاپ ماشین بلیط بلیت پرواز چمدان وسایل
    جواب تماس پیام درخواست شکایت مشکل سوال سؤال نظر تجربه روز شب کار دل سر جیب دوست
    همکار مشتری پیتزا ساندویچ برگر سالاد نوشابه پیک سفارشات خرید حال ذهن زندگی دست
    چشم پا کفش لباس مبلغ وجه اعتبار کیف‌پول اپلیکیشن برنامه اکانت پروفایل سبد
    """.split()
)
# Adjectives a customer says "I am …" with: ناراحتم → ناراحتید.
_STATES = set(
    fold(w)
    for w in """
    ناراحت خسته عصبانی نگران راضی ناراضی شاکی مطمئن منتظر گرسنه پشیمان دلخور کلافه
    ناامید خوشحال متاسف متأسف مریض گیج سردرگم عاصی دلسرد ممنون مدیون
    """.split()
)
_WHOLE_WORD = {
    "من": "شما", "ما": "شما", "منو": "شما را", "مرا": "شما را", "بهم": "بهتان",
    "برام": "برایتان", "برایم": "برایتان", "ازم": "از شما", "باهام": "با شما",
    "خودم": "خودتان", "خودمان": "خودتان", "خودمون": "خودتون", "مال‌من": "مال شما",
    "هستم": "هستید", "نیستم": "نیستید", "بودم": "بودید", "نبودم": "نبودید", "باشم": "باشید",
    "هستیم": "هستید", "بودیم": "بودید", "دارم": "دارید", "ندارم": "ندارید", "داریم": "دارید",
    "شما": "مجموعه", "بهمون": "بهتان", "برامون": "برایتان", "ازمون": "از ما",
    "ام": "اید", "‌ام": "‌اید",
}  # fmt: skip
_NEVER = set(
    fold(w) for w in "ستم ظلم اسم چشم رسم قسم علم کم هم قدم نظم حکم خشم جسم گرم نرم".split()
)


def shift(text: str) -> str:
    """The text from the listener's side, in formal Persian."""
    tokens = re.split(r"(\s+)", text)
    return "".join(_shift_word(t) if t.strip() else t for t in tokens)


def _shift_word(token: str) -> str:
    match = re.match(r"^([«\"'(]*)(.*?)([.,!?؟،:؛»\"')]*)$", token)
    assert match is not None
    lead, word, trail = match.groups()
    return lead + _shift_core(word) + trail if word else token


def _shift_core(word: str) -> str:
    folded = fold(word)
    if folded in {fold(k) for k in _WHOLE_WORD}:
        return next(v for k, v in _WHOLE_WORD.items() if fold(k) == folded)
    if folded in _NEVER or len(folded) < 2:
        return word
    for shifted in (_verb(word), _state(word), _possessive(word)):
        if shifted is not None:
            return shifted
    return word


def _split_prefix(word: str) -> tuple[str, str]:
    """("می‌", "خوام") for میخوام / می‌خوام / نمی‌دونم; ("", word) otherwise."""
    for prefix in ("نمی", "می"):
        if word.startswith(prefix + ZWNJ):
            return prefix + ZWNJ, word[len(prefix) + 1 :]
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            return prefix + ZWNJ, word[len(prefix) :]
    return "", word


def _verb(word: str) -> str | None:
    """‑م / ‑یم on a verb → ‑ید: رفتم → رفتید، میخوام → می‌خواهید."""
    prefix, rest = _split_prefix(word)
    for ending in ("یم", "م"):
        if not rest.endswith(ending):
            continue
        stem = rest[: -len(ending)]
        if prefix and (stem in _PRESENT_STEMS or fold(stem) in _PRESENT_STEMS):
            return prefix + _PRESENT_FORMAL.get(stem, stem) + "ید"
        for head in ("", "ن", "ب"):  # negative and subjunctive prefixes
            if not stem.startswith(head):
                continue
            core = stem[len(head) :]
            if head == "ب" and core in _PRESENT_STEMS and not prefix:
                return head + _PRESENT_FORMAL.get(core, core) + "ید"
            if not prefix and head != "ب" and core in _PAST_STEMS:
                return stem + "ید"
    # Present perfect: رفته‌ام → رفته‌اید (participle of a known past stem).
    for joint in (ZWNJ + "ام", " ام"):
        if word.endswith(joint) and word[: -len(joint)].rstrip("ه") in _PAST_STEMS:
            return word[: -len(joint)] + ZWNJ + "اید"
    return None


def _state(word: str) -> str | None:
    """‑م / ‑ام on an adjective of feeling → ‑ید / ‑اید: ناراحتم → ناراحتید."""
    for ending, new in ((ZWNJ + "ام", ZWNJ + "اید"), ("ام", "اید"), ("م", "ید")):
        if word.endswith(ending) and fold(word[: -len(ending)]) in _STATES:
            return word[: -len(ending)] + new
    return None


def _possessive(word: str) -> str | None:
    """‑م / ‑ام on a possessed noun → ‑تان: سفارشم → سفارشتان، خانه‌ام → خانه‌تان."""
    endings = (
        ("هامو", "هایتان را"), (ZWNJ + "هام", ZWNJ + "هایتان"), ("هام", "هایتان"),
        ("مو", "تان را"), ("مون", "تان"), ("مان", "تان"), (ZWNJ + "ام", ZWNJ + "تان"),
        ("ام", ZWNJ + "تان"), ("م", "تان"),
    )  # fmt: skip
    for ending, new in endings:
        if not word.endswith(ending):
            continue
        stem = word[: -len(ending)]
        base = fold(stem.rstrip(ZWNJ))
        if base in _POSSESSED or base.removesuffix("ها") in _POSSESSED:
            if ending in ("ام", ZWNJ + "ام") and not stem.rstrip(ZWNJ).endswith(("ه", "ی")):
                continue  # ‑ام after a consonant is a verb or part of the word
            return stem.rstrip(ZWNJ) + new if new.startswith(ZWNJ) else stem + new
    return None
