"""An English first message that only thanks us: "Thank you! Have a nice evening.".

Asked "What did you like most about it?" (the praise prompt), a thanks is made to explain
itself, which no listener does. A message of thanks and small courtesies only ("ok, thanks
for the quick reply :)", "Thank you.....you do the same!!") is answered "you're welcome",
and the listening goes on. Anything more ("Thanks. It is on the same ticket.", "thanks, just
sent") is a telling and is left to the usual path.
"""

from __future__ import annotations

import re

_THANKS = (
    r"(?:many\s+|big\s+|a\s+big\s+)?(?:thanks|thank\s+(?:you|u|ya)|thanx|thnx|thx|tks|tysm|ty"
    r"|much\s+appreciated|appreciate\s+it)"
    r"(?:\s+(?:so|very)\s+much|\s+a\s+(?:lot|bunch|ton)|\s+again|\s+as\s+always|\s+kindly)*"
)
# What the thanks is for, when it is only for answering us ("for the quick reply").
_FOR = (
    r"(?:\s+for\s+(?:(?:the|your|all\s+(?:the|your)|such\s+a|this)\s+)?"
    r"(?:(?:quick|fast|prompt|speedy|swift|kind|great|timely|helpful)\s+)?"
    r"(?:help|response|responses|reply|replies|follow|follow-?up|follow\s+up|update|updates"
    r"|info|information|assistance|support|time|patience|heads-?up|heads\s+up|answer|note"
    r"|reaching\s+out|responding|replying|following\s+up|following(?:\s+(?:me|back))?"
    r"|checking(?:\s+in|\s+up)?|getting\s+back(?:\s+to\s+me)?|letting\s+me\s+know"
    r"|looking\s+into\s+(?:it|this)|the\s+follow|your\s+help))?"
)
_ACK = (
    r"ok|okay|k|cool|great|awesome|perfect|excellent|wonderful|got\s+it|will\s+do|sounds\s+good"
    r"|all\s+set|no\s+problem|np|yes|yep|sure|you\s+too|same\s+to\s+you|you\s+do\s+the\s+same"
    r"|good\s+night|have\s+an?\s+(?:nice|great|good|wonderful|lovely|safe|blessed)\s+"
    r"(?:day|evening|night|week|weekend|flight|one|trip|morning|afternoon|sunday|monday"
    r"|tuesday|wednesday|thursday|friday|saturday)"
)
_PART = rf"(?:{_THANKS}{_FOR}|{_ACK})(?:\s+(?:guys|all|team|y'all))?"
_COURTEOUS = re.compile(rf"{_PART}(?:\s+{_PART})*", re.IGNORECASE)
_THANKED = re.compile(_THANKS, re.IGNORECASE)
_FURNITURE = re.compile(r"[@#]\w+|https?://\S+|&amp;")
_SEPARATORS = re.compile(r"[^\w\s'-]+|(?<!\w)-+|-+(?!\w)")
_UNEASY = re.compile("[😒🙄😡😠🤬😤😑😐]")  # "thanks. 😒": thanks said through the teeth


def only_thanks(text: str) -> bool:
    """Whether an English message is thanks and small courtesies, nothing told."""
    plain = _FURNITURE.sub(" ", text)
    if not _THANKED.search(plain) or _UNEASY.search(plain):
        return False  # "Have a great week 🌞" wishes us well; no thanks to answer
    parts = [p.strip() for p in _SEPARATORS.split(plain) if p.strip()]
    return bool(parts) and all(_COURTEOUS.fullmatch(" ".join(p.split())) for p in parts)
