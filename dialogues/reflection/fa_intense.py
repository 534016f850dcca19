"""A Persian thanks said with an intensifier («خیلی ممنون»، «واقعا مرسی»): the two go together.

The thanks inside a sentence is cut out (``fa_text.prepare``), but its «خیلی» or «واقعا» was
left behind as a clause of its own: «سلام خیلی ممنون خیلی خوب بود» → «خیلی، خیلی خوب بود»,
«خیلی مرسی غذا عالی بود» → «خیلی، غذا عالی بود». The intensifier of a thanks that is cut goes
with it; a thanks with its object («خیلی ممنون از پیک») or a request («ممنون میشم») stays.
"""

from __future__ import annotations

import re

# Only where a clause opens (the message's start, a greeting, a mark): after a verb the word
# is the clause's own («عالی بود واقعا ممنونم …» is "it really was great"). The thanks is the
# one ``fa_text._MID_THANKS`` cuts: more words follow, none of them what it thanks for
# («از»، «ازتون»، «بابت»، «که») nor «میشم»/«خواهم شد» ("I would be grateful").
_INTENSIFIED = re.compile(
    r"(?:^|(?<=[.!،,؟?]\s)|(?<=[.!،,؟?])|(?<=سلام\s)|(?<=درود\s)|(?<=خیر\s))"
    r"(?:(?:خیلی|واقعا|واقعاً|بسیار|بی ?نهایت)\s+)+"
    r"(?=(?:(?:ممنون|مرسی)\s+(?!برای\s)|(?:ممنونم|متشکرم)\s+)"
    r"(?!از|که\s|بابت\s|بخاطر\s|به خاطر\s|می|خواه)[\u0600-\u06ff])"
)


def without_intensifier(text: str) -> str:
    """The text without the «خیلی»/«واقعا» of a thanks that is cut out of the sentence."""
    return _INTENSIFIED.sub("", text)
