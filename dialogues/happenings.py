"""Whether a telling says something happened, for the frame «هل هذا ما حدث؟».

``cues.EVENT`` (ar) also holds words that judge a thing as it is («سيئ», «ضعيف», «صغير»,
«ليس», «لا يصلح», «لا توجد», «عيب»): they mark a complaint, and prompts rightly read them so.
But «إذن صناعه سيئه. هل هذا ما حدث؟» asks whether a verdict happened: only a telling with a
happening in it («وصل», «انكسر», «طلبت», «كان») is asked that.
"""

from __future__ import annotations

from collections.abc import Sequence

from dialogues import cues, telling
from dialogues.reflection.ar_words import NEGATIVE, POSITIVE, WEAK_NEGATIVE
from dialogues.text import fold

# Entries of cues.EVENT["ar"] that judge a state (and wider phrases holding one), no happening.
QUALITY = {
    "ar": (
        "سيئ*", "سيء*", "ناقص*", "ردي*", "رديئ*", "كبير*", "صغير*", "غالي*", "ضعيف*", "مو",
        "مش", "ليس", "ليست", "ما فيه", "مافيه", "لا يصلح", "لايصلح", "ما يصلح", "لا توجد",
        "لاتوجد", "لا يوجد", "لايوجد", "مبالغ", "متدني*", "فاشل*", "مستعمل*", "عيب*", "مقلد*",
        "تقليد", "متسخ*", "وسخ*", "قذر*", "لم يعجب*",
    ),
}  # fmt: skip


def happened(messages: Sequence[str], language: str) -> bool:
    """Something happened in the telling: an event cue that is no mere verdict (ar)."""
    if language not in QUALITY:
        return telling.read(messages, language).event
    seq = telling.tokens("\n".join(messages))
    judged = telling.find(seq, QUALITY[language], language)
    return any(
        not any(a <= start and end <= b for a, b in judged)
        for start, end in telling.find(seq, cues.EVENT[language], language)
    )


# r35: a review with no word of complaint, no "but" and no "sadly" is praise however it was
# told («اليوم وصلتني الساعة … رائعة»، «زرنا المطعم … ننصح كل من يزور …»): «هل هذا ما حدث؟»
# after it asks whether praise happened. «لا»، «ما»، «غير» … may negate a complaint («لا يعلى
# عليها») or be one: any of them keeps the event frame.
_DOUBT = frozenset(fold(w) for w in "لكن ولكن لاكن بس للاسف للأسف مشكله مشكلة عيب عيبه".split())


def glowing(messages: Sequence[str], language: str) -> bool:
    """Whether an Arabic telling holds praise and not one word of complaint or contrast."""
    if language != "ar":
        return False
    found = set(fold(" ".join(messages)).replace("،", " ").split())
    found |= {w[1:] for w in found if w.startswith(("و", "ف")) and len(w) > 3}
    if found & (NEGATIVE | WEAK_NEGATIVE | _DOUBT):
        return False
    return bool(found & POSITIVE)
