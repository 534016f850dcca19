""" "I don't know what to say", «نمی‌دونم از کجا شروع کنم», «ما بعرف شو بدي قول».

A customer lost for words at the opening has told nothing yet: said back («ما بعرف شو بدك
قول»: a half shift, too) it reads as mockery, and "could you put it in a few words?" asks for
what they just said they cannot find. A listener says "take your time" and waits.
"""

from __future__ import annotations

import re

_FILLER = r"(?:honestly|really|um+|uh+|well|راستش|والا|والله|صراحة|بصراحة|يعني|اصلا|اصلاً|خب|خوب)"
_DONT_KNOW = (
    r"(?:i\s+(?:really\s+)?(?:don'?t|do\s+not)\s+(?:even\s+)?know|not\s+sure|idk|no\s+idea"
    r"|نمی\s*دونم|نمی\s*دانم|نمیدونم|نمیدانم|مطمئن\s+نیستم"
    r"|ما\s*بعرف|ما\s*اعرف|ما\s*أعرف|لا\s+اعرف|لا\s+أعرف|لا\s+ادري|لا\s+أدري|ما\s*ادري|مدري"
    r"|مش\s+عارف[ةه]?|مو\s+عارف[ةه]?|معرفش)"
)
_WHAT_TO_SAY = (
    r"(?:what\s+to\s+(?:say|write|tell\s+you)|where\s+to\s+(?:start|begin)|how\s+to\s+"
    r"(?:start|begin|say\s+(?:it|this)|put\s+(?:it|this)|explain(?:\s+(?:it|this))?)"
    r"|چی\s+بگم|چه\s+بگم|چی\s+بنویسم|از\s+کجا\s+(?:شروع\s+کنم|بگم)|چطور(?:ی)?\s+بگم"
    r"|شو\s+(?:بدي\s+)?(?:قول|اقول|أقول|احكي|اكتب)|ايش\s+اقول|وش\s+اقول|ماذا\s+(?:أقول|اقول|أكتب)"
    r"|ما\s+(?:أقول|اقول)|(?:اقول|أقول)\s+(?:ايه|إيه)|من\s+(?:وين|أين|اين)\s+(?:ابدأ|ابدا|أبدأ)"
    r"|(?:ابدأ|ابدا)\s+(?:منين|من\s+وين)|كيف\s+(?:ابدأ|ابدا|أبدأ|اشرح|أشرح|اقول|أقول))"
)
# Arabic and Persian letter forms of one letter read alike here («بدي», «بدی»; «ك», «ک»).
_ONE_FORM = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "أ": "ا", "إ": "ا", "\u200c": " "})
_LOST = re.compile(
    rf"^\W*(?:{_FILLER}\W*)*{_DONT_KNOW}\s+(?:even\s+|حتى\s+)?{_WHAT_TO_SAY}\W*$".translate(
        _ONE_FORM
    ),
    re.IGNORECASE,
)


_WARM = re.compile("[👍🙂😊👌🙏]")


def not_told_yet(text: str, content: list[str]) -> bool:
    """👍 / 🙂 alone, or lost for words: nothing told yet, and no riddle to ask about."""
    return (bool(_WARM.search(text)) and not content) or lost_for_words(text)


def lost_for_words(text: str) -> bool:
    """Only "I don't know what to say / where to start", with small words around it."""
    return bool(_LOST.match(text.translate(_ONE_FORM)))
