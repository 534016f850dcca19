"""Whether a telling says something happened, for the frame «هل هذا ما حدث؟».

``cues.EVENT`` (ar) also holds words that judge a thing as it is («سيئ», «ضعيف», «صغير»,
«ليس», «لا يصلح», «لا توجد», «عيب»): they mark a complaint, and prompts rightly read them so.
But «إذن صناعه سيئه. هل هذا ما حدث؟» asks whether a verdict happened: only a telling with a
happening in it («وصل», «انكسر», «طلبت», «كان») is asked that.
"""

from __future__ import annotations

from collections.abc import Sequence

from dialogues import cues, telling

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
