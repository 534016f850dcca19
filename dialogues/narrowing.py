"""A correction that narrows the problem told, not a new one: "no, it's only on the iPhone".

«لا، المشكلة بس في الايفون، في الاندرويد شغال» to the reflection of «التطبيق … يطلع لي خطأ
ويقفل» replaced the telling: the crash was gone from the reflection and the owner's card
said only where it happens. "The problem" («المشكلة», «مشکل») with "only" («بس», «فقط»),
or "only/just on …" opening the correction, points back at the telling: it adds to it.
"""

from __future__ import annotations

import re

_NARROWS = {
    "en": re.compile(
        r"^(?:(?:the |that )?(?:problem|issue)(?: is| was|'s)?"
        r"|it(?: is|'s| was| only happens| happens)?)?\s*"
        r"(?:only|just)\s+(?:on|in|with|when|for|at|after|from)\b",
        re.IGNORECASE,
    ),
    "fa": re.compile(
        r"^(?:(?:مشکل|مشکلش|ایراد|ایرادش)(?: هم)?\s+)?(?:فقط|فقط هم|تنها)\s+"
        r"(?:تو|توی|در|روی|رو|با|وقتی|موقع|برای|سر)\b"
    ),
    "ar": re.compile(
        r"^(?:(?:ال)?(?:مشكل[ةه]|مشكلتي|عطل)\s+)?(?:بس|فقط|بالذات)\s+"
        r"(?:في|ف|على|مع|لما|لمن|وقت|عند|بال|بـ|ب)"
    ),
}


def narrows(text: str, language: str) -> bool:
    """True when the correction only says where or when the problem told happens."""
    return bool(_NARROWS[language].match(text.strip()))
