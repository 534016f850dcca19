"""Guess whether a message is Persian, Arabic or English from its letters and function words."""

from __future__ import annotations

import re
from functools import lru_cache

from nlu.latin import latin_reading
from nlu.script_model import persian_or_arabic

# Letters only Persian uses (Arabic has no پ چ ژ گ; Persian writes ی and ک, not ي and ك).
_FA_LETTERS = frozenset("پچژگیک")
# پ and ژ are letters no Arabic writes, while ی/ي and ک/ك are one letter in two keyboard
# forms: they weigh more than a form. (Iraqi and Gulf Arabic write چ and گ: «چذي», «گال».)
_FA_ONLY_LETTERS = frozenset("پژ")
_FA_ONLY_WEIGHT = 2.0
_FA_SHARED_LETTERS = _FA_LETTERS - _FA_ONLY_LETTERS
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
        # «مشتری شدم و تمام», «عالى و به موقع»: Persian words too (r33); «تمام» is then
        # evidence of neither, and «عالى» typed with Arabic's «ى» no Arabic evidence.
        "تمام",
        "عالی",
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
    plain = _STRETCH.sub(_group_one, word)
    known = plain in _AR_WORDS or plain.translate(_YEH_FORMS) in _FA_WORDS
    return plain if known else word


_STRETCH = re.compile(r"(\w)\1+")


def _group_one(match: re.Match[str]) -> str:
    """``\\1`` as a function: called per match only, where a template string costs a call
    into ``re``'s Python side on every ``sub`` (most words and texts have no match)."""
    return match.group(1)


@lru_cache(maxsize=8192)  # a language's function words recur in nearly every message
def _word_evidence(word: str) -> tuple[int, int]:
    """What one word adds to (persian, arabic): a sum of whole numbers, word by word."""
    word = _known_form(word)
    fa = ar = 0
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


def _arabic_script_scores(text: str) -> tuple[float, float]:
    """(persian, arabic) evidence from letters and function words."""
    # Each letter counted in C (every count a whole number, so the float sums are the
    # ones a loop over the characters made; no Persian letter leaves the int 0 it left).
    fa_letters = sum(map(text.count, _FA_SHARED_LETTERS))
    fa_only = sum(map(text.count, _FA_ONLY_LETTERS))
    fa = fa_letters + _FA_ONLY_WEIGHT * fa_only if fa_letters or fa_only else 0
    ar = float(sum(map(text.count, _AR_LETTERS)))
    for word_fa, word_ar in map(_word_evidence, _WORD.findall(text)):
        fa += word_fa
        ar += word_ar
    return fa, ar


def language_scores(text: str) -> dict[str, float]:
    """Evidence per language; all zeros when the text has no letters."""
    return _scores(text, len(_ARABIC_SCRIPT.findall(text)), len(_LATIN.findall(text)))


def _scores(text: str, arabic_chars: int, latin_chars: int) -> dict[str, float]:
    """``language_scores`` with the text's letters of each script counted."""
    if arabic_chars == 0 and latin_chars == 0:
        return {"fa": 0.0, "ar": 0.0, "en": 0.0}
    # A product name in Latin letters does not make an Arabic review English.
    if latin_chars > arabic_chars and arabic_chars < _SCRIPT_MINORITY:
        lang = _latin_language(text)
        return {name: 1.0 if lang == name else 0.0 for name in ("fa", "ar", "en")}
    fa, ar = _arabic_script_scores(text)
    return {"fa": fa, "ar": ar, "en": 0.0}


def is_ambiguous(text: str) -> bool:
    """True when the letters and words do not tell the languages apart."""
    scores = language_scores(text)
    ranked = sorted(scores.values(), reverse=True)
    return ranked[0] == ranked[1]


def detect_language(text: str, default: str = "fa", previous: str | None = None) -> str:
    """Return "fa", "ar" or "en"; ambiguous text keeps ``previous``, else ``default``."""
    text = _STRETCHED.sub(_group_one, text)
    # Each script's letters counted once (they were searched and counted up to five times).
    arabic_letters = len(_ARABIC_SCRIPT.findall(text))
    latin_letters = len(_LATIN.findall(text))
    mixed = latin_letters and arabic_letters
    held = previous or default
    if mixed and held in ("fa", "ar") and arabic_letters >= _MIXED_WORD:
        # «الapp ما يفتح، always crash»: two scripts, never English; its letters say which.
        fa, ar = _arabic_script_scores(text)
        return "fa" if fa > ar else "ar" if ar > fa else held
    latin_only = latin_letters and not arabic_letters
    reading = latin_reading(text) if latin_only else "script"
    if previous in ("fa", "ar") and reading is None:
        return previous  # «3 rooze montazeram» in a Persian conversation: still Persian
    if reading == "either":  # "salam": the conversation's language, else the default
        return previous or default
    if reading == "tie" and previous:  # "order hanooz" in a Persian chat: still Persian
        return previous
    scores = _scores(text, arabic_letters, latin_letters)
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] > ranked[1]:
        return max(scores, key=lambda k: scores[k])
    fallback = previous or default
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
