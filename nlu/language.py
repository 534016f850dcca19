"""Guess whether a message is Persian, Arabic or English from its letters and function words."""

from __future__ import annotations

import re

from nlu.latin import latin_reading
from nlu.script_model import persian_or_arabic

# Letters only Persian uses (Arabic has no پ چ ژ گ; Persian writes ی and ک, not ي and ك).
_FA_LETTERS = frozenset("پچژگیک")
# پ and ژ are letters no Arabic writes, while ی/ي and ک/ك are one letter in two keyboard
# forms: they weigh more than a form. (Iraqi and Gulf Arabic write چ and گ: «چذي», «گال».)
_FA_ONLY_LETTERS = frozenset("پژ")
_FA_ONLY_WEIGHT = 2.0
# Final «ى» (alef maksura) is how an Arabic keyboard types Persian's final «ی» («خیلى»).
_YEH_FORMS = str.maketrans("ى", "ی")
# Letters only Arabic uses in ordinary writing (Persian writes ه/ی instead of ة/ى, and
# rarely carries hamza seats outside loanwords).
_AR_LETTERS = frozenset("ةيكىؤئإأ")
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
# «رووووعه», «عاااالی»: a letter stretched for feeling is one letter (the script never
# writes one three times running); stretched, the word reads as neither language's.
_STRETCHED = re.compile(r"([\u0600-\u06FF])\1{2,}")
_LATIN = re.compile(r"[A-Za-z]")
_WORD = re.compile(r"[\w\u200c]+")

# Function words are a tie-breaker when a short text has only shared letters (ا ب ت د ر س ...).
_FA_WORDS = frozenset(
    [
        "است",
        "را",
        "که",
        "هست",
        "بود",
        "نیست",
        "نبود",
        "خیلی",
        "این",
        "اون",
        "آن",
        "چرا",
        "چطور",
        "چی",
        "کی",
        "من",
        "ما",
        "شما",
        "ممنون",
        "مرسی",
        "سلام",
        "باشه",
        "نه",
        "آره",
        "اره",
        "بله",
        "دیگه",
        "هم",
        "تا",
        "با",
        "از",
        "برای",
        "رو",
        "بد",
        "خوب",
        "نمی",
        "میخوام",
        "میشه",
        "نشد",
        "هستم",
        "هستید",
        "کنید",
        "کنم",
        "کردم",
        "شده",
        "شد",
        "ندارم",
        "دارم",
        "ولی",
        "خوبه",
        "سفارش",
        "دادم",
        "بودم",
        "فرستادن",
        "فرستادم",
        "گرفتم",
    ]
)
_AR_WORDS = frozenset(
    [
        # "you": Persian says «تو» / «شما», so «انت» is Arabic («انت بوت؟»).
        "انت",
        "أنت",
        "إنت",
        "انتي",
        "أنتي",
        "انتو",
        "انتم",
        "أنتم",
        "في",
        "على",
        "من",
        "هذا",
        "هذه",
        "ما",
        "لا",
        "انا",
        "الله",
        "هو",
        "هي",
        "ان",
        "إن",
        "عن",
        "الى",
        "إلى",
        "مع",
        "كان",
        "قد",
        "لم",
        "لن",
        "هل",
        "ليش",
        "شو",
        "ايش",
        "وش",
        "مش",
        "مو",
        "بدي",
        "ابي",
        "ابغى",
        "عايز",
        "عاوز",
        "ده",
        "دي",
        "ازاي",
        "كيف",
        "لماذا",
        "متى",
        "اين",
        "شكرا",
        "مرحبا",
        "نعم",
        "ايوه",
        "اه",
        "طيب",
        "تمام",
        "حد",
        "احد",
        "وين",
        "الحين",
        "زي",
        "اللي",
        "الذي",
        "التي",
        "حلو",
        "حلوه",
        "حلوة",
        "روعه",
        "روعة",
        "بها",
        "انصح",
        "أنصح",
        "انصحكم",
        "لاباس",
    ]
)
_FA_PREFIXES = ("می\u200c", "نمی", "می")
_FA_SUFFIXES = ("\u200cها", "های", "\u200cام", "\u200cای")

_MIXED_WORD = 4  # letters of the held language's script that make a mixed message its own
_MODEL_MIN_LETTERS = 5  # fewer letters than this say too little for the n-gram model
_SCRIPT_MINORITY = 12  # Arabic-script letters that make a mixed message fa/ar, not en


def _latin_language(text: str) -> str:
    """English unless the Latin words are clearly Finglish or Arabizi."""
    reading = latin_reading(text)
    return reading if reading in ("fa", "ar") else "en"


_SHARED_WORDS = _FA_WORDS & _AR_WORDS


def _fa_word(word: str) -> bool:
    """True for a Persian function word or a word with a Persian-only affix."""
    known = word in _FA_WORDS and word not in _SHARED_WORDS
    return known or word.startswith(_FA_PREFIXES) or word.endswith(_FA_SUFFIXES)


def _known_form(word: str) -> str:
    """The word, or its letters un-stretched when only that form is known («رووعه» → «روعه»)."""
    if word in _AR_WORDS or word.translate(_YEH_FORMS) in _FA_WORDS:
        return word
    plain = _STRETCH.sub(r"\1", word)
    known = plain in _AR_WORDS or plain.translate(_YEH_FORMS) in _FA_WORDS
    return plain if known else word


_STRETCH = re.compile(r"(\w)\1+")


def _arabic_script_scores(text: str) -> tuple[float, float]:
    """(persian, arabic) evidence from letters and function words."""
    fa = sum(_FA_ONLY_WEIGHT if ch in _FA_ONLY_LETTERS else 1.0 for ch in text if ch in _FA_LETTERS)
    ar = float(sum(1 for ch in text if ch in _AR_LETTERS))
    for word in map(_known_form, _WORD.findall(text)):
        persian = word.translate(_YEH_FORMS)
        # «ما», «من» are common words of both languages: evidence of neither.
        if word in _SHARED_WORDS:
            pass
        elif persian in _FA_WORDS and persian not in _SHARED_WORDS:
            fa += 2
        elif word in _AR_WORDS:
            ar += 2
        if persian.startswith(_FA_PREFIXES) or persian.endswith(_FA_SUFFIXES):
            fa += 1
        if persian != word and _fa_word(persian):
            # «ولى», «براى»: a Persian word typed with Arabic's «ى» is no Arabic evidence.
            ar -= word.count("ى")
        # "ال" + at least two letters is the Arabic article (Persian has few such words).
        if len(word) > 3 and word.startswith("ال"):
            ar += 1
    return fa, ar


def language_scores(text: str) -> dict[str, float]:
    """Evidence per language; all zeros when the text has no letters."""
    arabic_chars = len(_ARABIC_SCRIPT.findall(text))
    latin_chars = len(_LATIN.findall(text))
    if arabic_chars == 0 and latin_chars == 0:
        return {"fa": 0.0, "ar": 0.0, "en": 0.0}
    # A product name in Latin letters does not make an Arabic review English.
    if latin_chars > arabic_chars and arabic_chars < _SCRIPT_MINORITY:
        lang = _latin_language(text)
        return {name: 1.0 if lang == name else 0.0 for name in ("fa", "ar", "en")}
    fa, ar = _arabic_script_scores(text)
    return {"fa": fa, "ar": ar, "en": 0.0}


def _latin_only(text: str) -> bool:
    return bool(_LATIN.search(text)) and not _ARABIC_SCRIPT.search(text)


def is_ambiguous(text: str) -> bool:
    """True when the letters and words do not tell the languages apart."""
    scores = language_scores(text)
    ranked = sorted(scores.values(), reverse=True)
    return ranked[0] == ranked[1]


def detect_language(text: str, default: str = "fa", previous: str | None = None) -> str:
    """Return "fa", "ar" or "en"; ambiguous text keeps ``previous``, else ``default``."""
    text = _STRETCHED.sub(r"\1", text)
    mixed = _LATIN.search(text) and _ARABIC_SCRIPT.search(text)
    held = previous or default
    if mixed and held in ("fa", "ar") and len(_ARABIC_SCRIPT.findall(text)) >= _MIXED_WORD:
        # «الapp ما يفتح، always crash»: two scripts, never English; its letters say which.
        fa, ar = _arabic_script_scores(text)
        return "fa" if fa > ar else "ar" if ar > fa else held
    reading = latin_reading(text) if _latin_only(text) else "script"
    if previous in ("fa", "ar") and reading is None:
        return previous  # «3 rooze montazeram» in a Persian conversation: still Persian
    if reading == "either":  # "salam": the conversation's language, else the default
        return previous or default
    scores = language_scores(text)
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] > ranked[1]:
        return max(scores, key=lambda k: scores[k])
    fallback = previous or default
    arabic_letters = len(_ARABIC_SCRIPT.findall(text))
    if previous not in ("fa", "ar") and arabic_letters >= _MODEL_MIN_LETTERS:
        # A first message with only shared letters: let character n-grams decide.
        decided = persian_or_arabic(text)
        if decided is not None:
            return decided
    if arabic_letters:
        # Arabic script that could be either language cannot be English.
        for candidate in (fallback, default):
            if candidate in ("fa", "ar"):
                return candidate
        return "fa"
    return fallback
