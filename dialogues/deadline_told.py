"""Whether an answer to "what do you need done?" already says by when it must be done.

"I need to get home to my kids before Sunday", «اینکه هدیه قبل از جمعه برسه», «أبي الشحنة
توصل قبل العيد»: a want with its time says what "solved" means. Asking next "What would make
this right for you?" asks what they have just told (heard in the README chat, stop 27); the
example conversations (docs/conversations.md) go straight to "anything else?" after such an
answer. Only a time word after "before" / "by" / «قبل از» / «قبل ال…» counts: "by email" or
«قبلاً» name no deadline.
"""

from __future__ import annotations

import re

_DAYS_EN = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_TIME_EN = (
    rf"(?:the\s+)?(?:{_DAYS_EN}|tomorrow|tonight|today|noon|midnight|morning|evening"
    r"|(?:this|next|the)\s+(?:week(?:end)?|month)|weekend|end\s+of|christmas|thanksgiving"
    r"|new\s+year|my\s+(?:flight|trip|wedding|birthday|meeting)|\d)"
)
_PATTERNS = {
    "en": re.compile(
        rf"\b(?:by|before|until|till|no\s+later\s+than)\s+{_TIME_EN}"
        rf"|\b(?:on|this|next)\s+{_DAYS_EN}\b|\bin\s+time\s+for\b"
        # "a hotel tonight", "a seat today", "a refund asap": the time said without "by".
        r"|\b(?:tonight|today|asap|right\s+(?:now|away)|this\s+(?:morning|afternoon|evening))\b"
        # "before the store closes", "before my flight leaves": a time told by what ends it.
        r"|(?<!like )(?<!as )\bbefore\s+(?:i|we|my|our|the|it|they|he|she)\s+[a-z]+",
        re.IGNORECASE,
    ),
    # «قبل از سفرم», «پیش از جمعه»: "before" names a deadline whatever follows it; «تا» also
    # means "so that", and only a time word after it makes it "by".
    "fa": re.compile(
        r"(?:^|\s)(?:(?:قبل|پیش)\s+از\s+\S|(?:تا|قبل|حداکثر\s+تا)\s+(?:آخر\s|اول\s|فردا|"
        r"پس[\u200c ]?فردا|امشب|امروز|ظهر|عصر|\S*شنبه|جمعه|[0-9۰-۹]))"
        # «همین امشب», «همین الان»: the time said without «تا».
        r"|(?:^|\s)(?:امشب|همین\s+امروز|همین\s+الان|همین\s+حالا)(?![\w\u200c])"
    ),
    # «قبل العيد», «بحلول الجمعة», «قبل نهاية الشهر»: «قبل» alone is also "earlier".
    "ar": re.compile(
        r"(?:^|\s)(?:قبل|بحلول|لغاية|حتى|خلال)\s+(?:ال\S|نهاية|آخر|اخر|بداية|يوم|بكرة|بكره"
        r"|غدا|غداً|الليلة|[0-9٠-٩])"
        # «الليلة», «اليوم قبل», «بأسرع وقت»: the time said without «قبل».
        r"|(?:^|\s)(?:الليلة|الليله|بأسرع\s+وقت|باسرع\s+وقت)(?!\w)"
    ),
}


def says_by_when(want: str, language: str) -> bool:
    """Whether the want names a time it must be done by ("before Sunday", «قبل العيد»)."""
    pattern = _PATTERNS.get(language)
    return bool(pattern and pattern.search(want))
