"""A recommendation is no idea: «حتما پیشنهاد میکنم همه امتحان کنن», «انصح به لاي سائح».

Persian says "I recommend it" and "I suggest that you …" with one word, «پیشنهاد». A customer
who recommends us to everyone praises; thanking them "for the idea" («ایده‌ی سنجیده‌ای است»)
thanks an idea nobody gave. A recommendation says to whom («به همه», «بهتون», «به دوستان»),
says "try it" («امتحان کنید», «سفارش بدید»), names what it recommends («… رو پیشنهاد میکنم»), or
ends the sentence; an idea goes on to what should change («پیشنهاد میکنم سبزی معطر کمتر
باشه»). «پیشنهاد نمیکنم» ("I don't recommend it") and «به پیشنهاد دوستم» ("on a friend's
recommendation") are no idea either. Arabic recommends with «انصح», never an idea word.
"""

from __future__ import annotations

from collections.abc import Sequence

from dialogues import cues, telling
from dialogues.text import sentences

_WORD = "پیشنهاد"
# «پیشنهادتون میکنم» ("I recommend you [to them]"): the restaurant recommended, not an idea
# («پیشنهادم این است» is "my idea": not here).
_RECOMMENDED = ("پیشنهاد", "پیشنهادتون", "پیشنهادتان", "پیشنهادش", "پیشنهادشون")
# The verb of recommending: "I do", "I give", "is" (one word, or two: «می دم»).
_VERB = ("میکنم", "میکنیم", "میدم", "میدیم", "میدهم", "میکنیم", "میشه", "میشود")
_VERB_TWO = ("می",)
_DENIED = ("نمیکنم", "نمیکنیم", "نمیدم", "نمیدیم", "نمیدهم", "نمیشه", "نمیشود")
# To whom they recommend it, told before the word: «به همه …», «بهتون …».
_WHOM = ("همه", "همگی", "بهتون", "بهتان", "شما", "دوستان*", "دوستام", "کسانی", "کسایی")
# What they tell others to do, after the verb: try it, order it («… همه یکبار امتحان کنن»).
_TRY = ("امتحان", "سفارش", "بخرید", "بخرین", "بگیرید", "بگیرین", "تست")
# Words that may stand between the verb and the sentence's end: "surely", "to you all".
_ADVERBS = {"حتما", "حتماً", "قطعا", "قطعاً", "اکیدا", "اکیداً", "به", "ب", "بهتون", "همه"}
_BEFORE = 5  # how far before the word a recipient («به همه … پیشنهاد میکنم») is read
_AFTER = 4  # how far after the verb "try it" («… همه یکبار امتحان کنن») is read
_OBJECT = ("رو", "را")  # «پیتزا باروژ رو پیشنهاد میکنم»: a dish recommended by name
# Arabic: "I recommend (it to)", never one of cues.IDEA's words.
_AR_RECOMMEND = ("انصح", "أنصح", "ننصح", "ينصح", "نصيحه", "نصيحة", "انصحكم", "أنصحكم")


def _fa_recommends(seq: Sequence[str], at: int) -> bool:
    """Whether the «پیشنهاد» at ``at`` in one sentence's tokens recommends rather than suggests."""
    if at and seq[at - 1] in ("به", "ب") and seq[at] == _WORD:
        return True  # «به پیشنهاد دوستم»: on a friend's recommendation
    rest = seq[at + 1 :]
    if not rest:
        return False  # «یه پیشنهاد:»: the idea is in the next sentence
    if rest[0] in _DENIED:
        return True  # «پیشنهاد نمیکنم»: not recommended, a let-down
    if rest[0] in _VERB:
        after = rest[1:]
    elif rest[0] in _VERB_TWO and len(rest) > 1:
        after = rest[2:]
    else:
        return False  # «پیشنهاد من این هست که …», «پیشنهاد: …»: the idea follows
    if after and after[0] == "که":
        return False  # «پیشنهاد میکنم که …»: what should change follows
    if all(word in _ADVERBS for word in after):
        return True  # «عالی بود پیشنهاد میکنم», «پیشنهاد میشه حتما»
    if seq[at] != _WORD:
        return True  # «پیشنهادتون میکنم به دوستان»
    if at and seq[at - 1] in _OBJECT:
        return True
    if telling.find(list(after[:_AFTER]), _TRY, "fa"):
        return True
    return bool(telling.find(list(seq[max(0, at - _BEFORE) : at]), _WHOM, "fa"))


def recommendation(messages: Sequence[str], language: str) -> str | None:
    """ "praise" for a recommendation, "complaint" for one denied, with no idea's word beside."""
    said = [s for m in messages for s in sentences(m)]
    if language == "ar":
        text = "\n".join(said)
        if telling.has(text, cues.IDEA, "ar"):
            return None
        return "praise" if telling.has(text, {"ar": _AR_RECOMMEND}, "ar") else None
    if language != "fa":
        return None
    found = None
    for sentence in said:
        seq = telling.tokens(sentence)
        for start, _ in telling.find(seq, cues.IDEA["fa"], "fa"):
            if seq[start] not in _RECOMMENDED or not _fa_recommends(seq, start):
                return None  # «کاش …», «پیشنهاد میکنم سبزی … کمتر باشه»: an idea
            denied = start + 1 < len(seq) and seq[start + 1] in _DENIED
            found = "complaint" if denied or found == "complaint" else "praise"
    return found
