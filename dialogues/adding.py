"""A job question answered with "one more thing, …": more of the telling, not the job."""

from __future__ import annotations

import re
from functools import lru_cache

from dialogues import statements, telling

# "oh and also …", "one more thing, …", «یه چیز دیگه هم هست، …», «راستی …», «وكمان …»,
# «شي ثاني، …»: they add to what went wrong; the question they were asked is still open.
_MORE = re.compile(
    r"^\W*(?:"
    r"(?:oh\s+)?(?:and\s+)?also\b|one\s+more\s+thing|another\s+thing|oh\s+and\b|plus\b|p\.?s\.?\b"
    r"|(?:یه|یک)\s+چیز(?:ی)?\s+دیگ(?:ه|ر)(?:\s+هم)?(?:\s+(?:هست|بگم|اینکه))?|راستی|ضمن[اً]?"
    r"|اینم\s+بگم|این\s+را\s+هم\s+بگویم"
    r"|و?كمان|شي\s+ثاني|شغلة\s+(?:تانية|ثانية)|حاجة\s+تانية|و?كذلك|و?أيضا[ًً]?|و?ايضا"
    r"|ونسيت\s+أقول|نسيت\s+اقول"
    r")[\s,،:]*",
    re.IGNORECASE,
)


# "that it comes before Friday", «اینکه …», «أن ترجع …»: the wished-for state, an answer.
_WISH_OPENER = re.compile(
    r"^\W*(?:that|to|for|so|if|just|only"
    r"|(?:ا|اي)ن[\u200c ]?که|که|تا|أن|ان|إن|انو|إنو|حتى|عشان|لو)\b",
    re.IGNORECASE,
)


# "she needs them monday", «فردا لازمش دارم»: when they need it is part of the answer.
WHEN = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:today|tonight|tomorrow|weekend)\b"
    r"|\S*شنبه|جمعه|فردا|امشب|امروز|آخر\s+هفته"
    r"|الخميس|الجمعة|السبت|الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|بكر[ةه]|غد[اًا]|الليلة|اليوم",
    re.IGNORECASE,
)


# "I wanted dinner ready …", «می‌خواستم …», «كنت أبغى …»: a want, whatever else it tells.
_WANT = re.compile(
    r"\b(?:i|we)\s+(?:really\s+|just\s+)?(?:want|wanted|need|needed|would\s+like|'d\s+like|hope"
    r"|hoped|wish|was\s+hoping)\b|می[\u200c ]?خوا(?:م|ستم|یم|ستیم)|لازم\s+دار|نیاز\s+دار"
    # Arabic wants are words of their own: «ابي» inside «ايجابيات», «ودي» inside «وديكور» (a
    # blind reading: "المطعم فخامه وديكور فقط" was asked «هل هذا ما تحتاجه؟») are no want.
    r"|(?<![\w])[وف]?(?:أبغى|ابغى|أبي|ابي|بدي|عايز|عاوز|أريد|اريد|أحتاج|احتاج|ودي|نفسي)"
    r"(?:ه|ها|هم)?(?!\w)",
    re.IGNORECASE,
)


def states_want(text: str, language: str) -> bool:
    """ "I just want a working phone", «ابي جوال سليم»: a want, and nothing that went wrong."""
    return bool(_WANT.search(text)) and not telling.read([text], language).event


_BEFORE = re.compile(
    r"\b(?:before|until|till|by\s+the\s+time)\b|قبل\s+(?:از|ما|أن|ان)|تا\s+قبل|لغاية", re.IGNORECASE
)


def only_tells(text: str, language: str) -> bool:
    """ "now I've been waiting an hour for a reply": what went wrong, with no want in it."""
    read = telling.read([text], language)
    if not read.event or read.need or _WISH_OPENER.match(text) or WHEN.search(text):
        return False
    if _WANT.search(text) or _BEFORE.search(text):
        return False
    if statements.deadline(text, language) or statements.reason(text, language):
        return False
    return not any(
        split(text, language)[1] for split in (statements.split_purpose, statements.split_reason)
    )


@lru_cache(maxsize=64)  # a job answer is asked this by several readers of the same turn
def adds_to_telling(text: str, language: str) -> str:
    """What "one more thing, the rice was cold too" adds when it tells of something wrong."""
    found = _MORE.match(text)
    if not found:
        return text.strip() if only_tells(text, language) else ""
    rest = text[found.end() :].strip()
    return rest if rest and telling.read([rest], language).event else ""


def after_more_lead(text: str) -> str:
    """ "one more thing, no spoon" → "no spoon"; "" when there is no such lead or nothing after."""
    found = _MORE.match(text)
    return text[found.end() :].strip() if found else ""
