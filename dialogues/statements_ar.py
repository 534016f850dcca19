"""Arabic word forms the job statement needs: what «عندما» and «أن» can take."""

from __future__ import annotations

# Openers «عندما» cannot take: a preposition or time word («عندما بعد أول غسلة …»), or a
# feeling said as an adjective («عندما زعلان كتير …»).
_AR_NOT_AFTER_WHEN = frozenset(
    "بعد قبل من في على مع عن كل اليوم امبارح أمس امس زعلان زعلانة متضايق متضايقة مقهور "
    "مقهورة معصب معصبة والله يعني صراحة الصراحة".split()
)


def nominal(text: str) -> bool:
    """A sentence «عندما» cannot open: a definite noun, a preposition or time word first."""
    # «عندما» takes a verb; a sentence opening on a definite noun («المشكلة الأهم إنهم …», what a
    # correction often says) after it is broken Arabic, so such a situation is quoted instead.
    first = text.split(" ", 1)[0]
    opener = first.startswith(("ال", "وال", "فال")) or first in _AR_NOT_AFTER_WHEN
    return opener


_NOUNS = ("فلوس", "مبلغ", "المبلغ", "استرجاع", "استرداد", "تعويض", "حقي", "طلبي",
          # ar63: verbal nouns a want names with a pronoun on them («ابي استبدالها او استرجاع
          # المبلغ» was framed «أريد أن استبدالها …»): «أريد» takes them as they are.
          "استبدال", "ابدال", "إبدال", "تبديل", "تغيير", "ارجاع", "إرجاع", "إلغاء",
          "اصلاح", "إصلاح", "تصليح", "استلام", "اعادت", "إعادت", "اعادة", "إعادة", "تسليم",
          "صيانت")  # fmt: skip
# A pronoun on a verbal noun («استبدالها»، «إرجاعه»): its stem's «ا» before the last letter.
_SUFFIXES = ("هما", "ها", "هم", "كم", "نا", "ه", "ي")


def is_noun(word: str) -> bool:
    """A definite noun, a verbal noun (استرجاع، انتظار) or a known noun of this domain."""
    return (
        word.startswith(("ال", "وال"))
        or word.startswith(_NOUNS)
        or (len(word) >= 4 and word[-2] == "ا")
        or word.endswith("ة")
        or _tenth_form_noun(word)
    )


def _tenth_form_noun(word: str) -> bool:
    """«استخدامها»، «استعمالي»: an «است…ا…» verbal noun with a pronoun (not «أستلمها»)."""
    for suffix in _SUFFIXES:
        stem = word.removesuffix(suffix)
        if stem != word and stem.startswith("است") and len(stem) >= 6 and stem[-2] == "ا":
            return True
    return False


# Words that open like an imperfect verb but are not one: pronouns, particles, and nouns
# with «أ» (أطفالي، أهلي، أسبوع): a word's first letter alone does not make it a verb.
# «أحد» ("someone") opens «ابي احد يركبها لي»: «أريد أن احد …» would be broken Arabic.
_NOT_VERBS = frozenset(
    "انا أنا انت أنت انتم أنتم انتي احنا اني إني انه أنه انها أنها ياها ياه يعني اللي الي "
    "اذا إذا اما أما او أو اي أي ايش إيش اين أين ابدا أبدا ايضا أيضا احد أحد".split()
)
NOUN_STEMS = (
    "أطفال", "اطفال", "أولاد", "اولاد", "أهل", "اهل", "أسبوع", "اسبوع", "أيام", "ايام",
    "أغراض", "اغراض", "أمي", "امي", "أبوي", "ابوي", "أخوي", "اخوي", "أختي",
    "اختي", "أصحاب", "اصحاب", "أسعار", "اسعار", "أموال", "اموال", "ابن", "ابني", "بنت",
    "يوم", "تطبيق", "توصيل", "نفس", "ناس",
)  # fmt: skip
# A subjunctive drops the «ن» of these endings (ترجعون → ترجعوا): after «أن» such a verb
# as the customer wrote it would not agree, so the clause is quoted instead.
_INDICATIVE_N = ("ون", "ين", "ان")


def is_verb(word: str) -> bool:
    """An imperfect verb (أرجع، يرجع، تصل، نستلم): the form «أن / حتى» take."""
    return (
        len(word) >= 3
        and word[0] in "أايتن"
        and word not in _NOT_VERBS
        and not word.startswith(NOUN_STEMS)
        and not is_noun(word)
    )


def fits_that(word: str) -> bool:
    """A verb that «أن» can take as the customer spelled it (not «ترجعون»)."""
    return is_verb(word) and not word.endswith(_INDICATIVE_N)
