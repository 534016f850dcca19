"""The parts of a telling that say something was fine: they name no topic of what went wrong.

A correction often keeps what it corrects: «لا، الاكل كان بارد بس التوصيل كان في وقته», "no,
the food was fine, it was the driver who was rude". The delivery that came on time, the food
that was fine, are not what let them down: the apology named them («آسف لأن الشحنة لم تصل كما
يجب» for a cold meal that came on time).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from dialogues import cues, telling

# Said of a part that went right: "was fine", "on time", «في وقته», «به موقع رسید».
FINE = {
    "en": ("was fine", "were fine", "is fine", "are fine", "was ok", "was okay", "on time",
           "no problem", "no issue", "was not the problem", "wasn't the problem",
           "not the issue"),
    "fa": ("به موقع", "سر وقت", "سروقت", "به‌موقع", "مشکلی نداشت", "اوکی بود", "خوب بود",
           "مشکل نبود", "مشکلی نبود", "درست بود"),
    "ar": ("في وقته", "في الوقت", "بالوقت", "على الوقت", "في موعده", "بموعده", "كان تمام",
           "كان زين", "كان كويس", "مافيه مشكلة", "ما فيه مشكلة", "ما فيه مشكله",
           "مو المشكلة", "مو المشكله", "ليس المشكلة", "كان ممتاز"),
}  # fmt: skip

_PART_END = re.compile(r"[.!?؟\n;؛،,]+")


@cache  # the lists are constants: one pattern a language, not built again per telling
def _contrast(language: str) -> re.Pattern[str]:
    """A "but" between two parts, as a whole word."""
    words = sorted(cues.CONTRAST.get(language, ()), key=len, reverse=True)
    return re.compile(r"(?<!\S)(?:" + "|".join(map(re.escape, words)) + r")(?!\S)", re.I)


def split_fine(messages: Sequence[str], language: str) -> tuple[list[str], list[str]]:
    """The parts that tell what went wrong, and those that say something was fine."""
    told: list[str] = []
    fine: list[str] = []
    contrast = _contrast(language)
    for message in messages:
        for part in _PART_END.split(message):
            for piece in contrast.split(part):
                if piece.strip():
                    (fine if telling.has(piece, FINE, language) else told).append(piece.strip())
    return told, fine
