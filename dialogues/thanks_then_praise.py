"""Persian thanks *for* something, then praise in a clause of its own: «مرسی از باروژ، راضی بودم».

«ممنون از پیک محترم» thanks and praises nothing more, so a thanks for something was never read
as praise. But once that thanks ends at a comma or a stop, the next clause can praise on its
own («راضی بودم», «خیلی خوشمزه بود»): the customer was asked «بیشتر از همه چه چیزی به دلتان
نشست؟» as if nothing had been praised, where a listener thanks them for it.
"""

from __future__ import annotations

import re

from dialogues import cues, telling
from dialogues.text import fold, sentences

# «مرسی از باروژ،»: a thanks word, what it was for (no break inside), then a clause break.
_THANKS_FOR = re.compile(
    r"^\s*(?:خیلی\s+)?(?:ممنون|مرسی|سپاس|سپاسگزار|تشکر|متشکر)(?:م|یم)?\s+"
    r"(?:از|برای|بابت|به خاطر|بخاطر)\s+[^،,.!؛;؟?]+[،,.!؛;]+\s*"
)


def praise_after_thanks_for(text: str) -> bool:
    """Whether «ممنون از X، …» (a thanks for something, then a break) goes on to praise."""
    found = _THANKS_FOR.match(text)
    if not found or not text[found.end() :].strip(" .!،,"):
        return False
    rest = text[found.end() :]
    return telling.has(rest, cues.PRAISE, "fa")  # what else it tells is weighed by the caller


# «ممنون», «خیلی مرسی!»: a sentence that only thanks (its praise cue is the thanks word).
_BARE_THANKS = re.compile(r"^\W*(?:خیلی\s+)?(?:ممنون|مرسی|سپاس|تشکر|متشکر)\S*\W*$")


def praise_beyond_thanks(messages: list[str]) -> bool:
    """Whether a sentence other than a bare «ممنون» holds praise (what a thanks would quote)."""
    told = [s for m in messages for s in sentences(m) if not _BARE_THANKS.match(fold(s))]
    return any(telling.has(s, cues.PRAISE, "fa") for s in told)
