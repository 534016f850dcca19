"""Insults and swearing are never said back: "you idiots charged me twice" → "you charged …".

The customer's anger is heard (the owner's card keeps their words verbatim); but a statement
or a thanks that repeats «خاک تو سرتون», «يا حرامية» or "f***ing" to them would be the bot
swearing. A clause left with fewer than two words after the insult is gone is dropped.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

_Z = "[\u200c ]?"  # Persian plurals and compounds are written with or without a ZWNJ
INSULT = {
    "en": (
        r"f[u*]+c?k\w*", r"f\*+\w*", r"shit\w*", r"damn\w*", r"bloody", r"crap\w*", r"wtf",
        r"idiots?", r"morons?", r"stupid", r"clowns?", r"thieves", r"thief", r"scammers?",
        r"bastards?", r"ass(?:holes?)?", r"jerks?", r"losers?",
    ),
    "fa": (
        r"خاک\s+(?:تو|بر)\s+سر(?:تون|تان|ت|شون)", rf"مسخره{_Z}(?:ها)", rf"احمق(?:{_Z}ها)?",
        rf"دزد(?:{_Z}ها)", rf"بی{_Z}شعور(?:{_Z}ها)?", r"گمشید", r"لعنتی(?:ها)?",
        rf"کثافت(?:{_Z}ها)?", rf"بی{_Z}شرف(?:{_Z}ها)?", rf"عوضی(?:{_Z}ها)?", rf"شیاد(?:{_Z}ها)?",
    ),
    "ar": (
        r"(?:يا\s+)?حرامي(?:ة|ه|ين|يه)?", r"زبال[ةه]", r"(?:يا\s+)?كلاب", r"(?:يا\s+)?حمير",
        r"(?:يا\s+)?[اأ]غبياء", r"يلعن\w*", r"(?:يا\s+)?نصاب(?:ين|ة|ه)?", r"(?:يا\s+)?تافهين",
        r"(?:يا\s+)?سراقين",
    ),
}  # fmt: skip
_PARTS = re.compile(r"\s*[,،;؛]\s*")
_TRAILING = re.compile(r"[\s,،;؛!]+$")


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    words = INSULT.get(language)
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1024)  # the same text is made civil by several replies of a turn
def civil(text: str, language: str) -> str:
    """The text without its insults; "" when nothing but insults was said."""
    pattern = _pattern(language)
    if pattern is None or not pattern.search(text):
        return text
    comma = "، " if language in ("fa", "ar") else ", "
    kept = []
    for part in _PARTS.split(text):
        left = " ".join(pattern.sub(" ", part).split())
        if len(left.split()) >= 2:
            kept.append(left)
    return _TRAILING.sub("", comma.join(kept))
