"""A closing verdict run on to the last clause of an unpunctuated Persian comment, set apart.

Digikala comments come with their punctuation stripped: «… گرد و غبار رو هم با دمنده خارج
میکنه من ازش راضیم». The closing verdict («من ازش راضیم»، «در کل راضی هستم»، «ازش لذت
بردم») then rode inside a long last clause that selection left out, and the reflection kept
the complaint alone, reversing the tone (judged wrong). Where such a verdict closes the
message right after a finite verb, it is made a sentence of its own, so the closing-verdict
rule (fa_points.with_closing_plea) can keep it.
"""

from __future__ import annotations

import re

from dialogues.reflection.fa_lexicon import _stems
from dialogues.text import fold

# «… حتما پیشنهاد میکنم»: the closing advice, a verdict too (fa_select.VERDICT keeps it).
_ADVISED = (
    r"(?:حتما\s+|قطعا\s+|حتماً\s+)?(?:(?:اینو|این رو|خریدش رو|خریدشو)\s+)?"
    r"(?:پیشنهاد|توصیه)\s*(?:می|نمی)(?:\u200c|\s)?کنم"
)
# «… اگر به هوای کیفیتش میخرین اشتباه میکنین»: the closing warning to other buyers (r24).
_WARNED = (
    r"(?:اگر|اگه)\s+(?:[^\s.!؟?،,]+\s+){0,5}?(?:ن?می\u200c?|ب)خری(?:ن|د)\s+"
    r"اشتباه\s+(?:می\u200c?|می\s)?کنی(?:ن|د)"
)
_VERDICT = re.compile(
    r"\s+(?:و\s+)?((?:در ?کل\s+|در ?مجموع\s+)?(?:من\s+|منکه\s+)?"
    r"(?:ازش\s+|از\s+(?:این|خریدم|خریدش)\s+(?:[^\s.!؟?،,]+\s+)?)?"
    r"(?:خیلی\s+|واقعا\s+|کاملا\s+|بسیار\s+)?"
    r"(?:(?:نا)?راضی(?:م|\u200cام| ام| هستم| نیستم| (?:می|نمی)\u200c?باشم)|لذت بردم|"
    + _ADVISED
    + ")|"
    + _WARNED
    + ")[\\s.!]*$"
)
_BARE = frozenset("است هست نیست داره نداره داشت نداشت بود نبود شد نشد کرد نکرد داد نداد".split())
_LEAST = 48  # words at least: a telling well past the word budget (38), whose tail gets dropped


def verdict_apart(text: str) -> str:
    """``text`` with a closing verdict run on after a finite verb made its own sentence."""
    match = _VERDICT.search(text)
    if match is None or len(text.split()) < _LEAST:
        return text
    before = text[: match.start()].split()
    if not before or not _finite(before[-1]) or {"از", "که", "ک"} & set(before[-4:]):
        return text  # «از خریدی که کردم راضی ام»: one clause; «… خوبه.»: punctuated
    return text[: match.start()] + ". " + match.group(1)


# «در کل فوق العادس»، «در مجموع گزینه مناسبی بود»: a judgement within its first words.
_JUDGED = re.compile(
    r"(?:در ?کل|در ?مجموع|در ?هر ?صورت|به ?هر ?حال)\s+(?:\S+\s+){0,2}?"
    r"(?:عالی|خوب|فوق|راضی|ناراضی|بد|مناسب|افتضاح|ضعیف|بی ?نظیر|ارزش)"
)
_OVERALL = re.compile(r"\s+(?=(?:در ?کل|در ?مجموع|(در ?هر ?صورت|به ?هر ?حال))\s)")
# «شاید براتون جالب باشه در هرصورت …»: "whatever the case" follows a hedge, in the subjunctive.
_HEDGED = frozenset(("باشه", "باشد", "نباشه", "نباشد"))


def overall_apart(text: str) -> str:
    """``text`` with «در کل …» (the verdict of the whole) after a finite verb opening a
    sentence of its own («… یکمی عذاب میده | در کل فوق العادس»), in a long comment."""
    if len(text.split()) < _LEAST:
        return text
    out, start = [], 0
    for match in _OVERALL.finditer(text):
        before = text[start : match.start()].split()
        judged = _JUDGED.match(text[match.end() :])  # «در کل فوق العادس»، not «در کل من …»
        verb = before and (_finite(before[-1]) or (match.group(1) and before[-1] in _HEDGED))
        if judged and verb and not {"از", "که", "ک"} & set(before[-3:]):
            out.append(text[start : match.start()] + ".")
            start = match.start()
    return "".join(out) + text[start:]


def _finite(word: str) -> bool:
    """«میکنه»، «نمیده»، «خریدم»، «بود»، «داره»: a verb closing a clause."""
    key = fold(word)
    if not key[-1:].isalpha():
        return False  # «… میکنه.»: the clause is closed already, by its writer
    if key.startswith(("می", "نمی")) and len(key) > 3:
        return True
    if key in _BARE:
        return True
    for ending in ("م", "ن", "ه", "ند", "یم"):  # «خرید» bare is as often the noun
        stem = key[: -len(ending)]
        if key.endswith(ending) and stem.removeprefix("ن") in _stems()[0] and len(stem) > 1:
            return True
    return False


# «سوختن یه برج در لندن...؟!!!»: dots trailing into a question mark are the asking's pause.
_DOTS_ASKED = re.compile(r"(?:\.{2,}|…)+\s*[؟?](?=[!؟?]*(?:\s|$))")


def asked(text: str) -> str:
    """``text`` with dots before a question mark taken out, so the question stays asked,
    and a sentence asked by its first words but closed on «!» given its «؟»."""
    return _EXCLAIMED.sub("\\1؟!", _DOTS_ASKED.sub("؟", text))


# «بهتر نیست نظر با امتیاز همخوانی داشته باشه!!!»: a rhetorical question, never a statement.
_EXCLAIMED = re.compile(r"((?:^|(?<=[.!؟?\n]))\s*(?:بهتر نیست|مگه|مگر)\s[^.!؟?\n،,]{3,}?)!+")
