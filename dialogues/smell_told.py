"""A smell the food gave off, told in Persian: «شدیدا بوی زهم میداد», «بوی مرغ مانده میداد».

Our event cues hold «بوی بد*» and «بو میداد», but not a smell named between «بوی» and its
verb («بوی زهم میداد», «بوی چربی می‌داد»). The customer who said so was asked «دقیقاً چه
اتفاقی افتاد؟», what they had just told: the smell is what happened.
"""

from __future__ import annotations

import re

from dialogues.text import fold

# «بوی» (a smell of), up to three words naming it, then "gave off" / "had taken on".
_SMELL = re.compile(
    r"(?<![\w\u200c])بوی(?:\s+[^\s.!؟?،,]+){1,3}?\s+"
    r"(?:می[\s\u200c]?|نمی[\s\u200c]?)?(?:داد|دادن|دادند|ده|دهد|دن|گرفته|گرفت)(?![\w\u200c])"
)
_GOOD = re.compile(r"خوب|عالی|خوش|محشر")


def smell_told(messages: list[str] | tuple[str, ...]) -> bool:
    """Whether a Persian telling says the food gave off a smell («بوی X میداد»)."""
    found = [_SMELL.search(fold(m)) for m in messages]
    return any(f and not _GOOD.search(f.group()) for f in found)  # «بوی خوبی میداد» praises
