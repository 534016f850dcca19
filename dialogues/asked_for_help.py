"""An English plea for help or a request for action on one's own case: never thanked as an idea.

Blind readers (stop 32) found "That's a thoughtful suggestion" after "Can you please help to save
my daughter's life": NLU named a plea a suggestion. Tuning tweets got "Thank you for the idea"
for "… says 'Unable to price'. Please help!", "Could you please help?", "any help would be
appreciated", "how about an update on flight 475", "How about moving my seats to where I bought
them". An idea asked for everyone ("please start offering …", "please send more than one rep to
your counter", "how about a phone system that works?") names no help and no case of one's own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_OWN = r"(?:my|me|us|our|i|we|this)"
# "please help", "pls fix", "please answer the phone", "please get my luggage …".
_PLEASE = re.compile(
    r"\b(?:please|pls|plz)\s+(?:please\s+|please\s+please\s+)?(?:"
    r"help|assist|fix|answer|respond|reply|call|rebook|refund|reimburse"
    rf"|(?:get|find|check|look\s+(?:at|into)|send|move|change)\b[^.!?\n]{{0,25}}\b{_OWN}\b)\b",
    re.IGNORECASE,
)
# "Can you help?", "could you please assist", "would you help me".
_YOU_HELP = re.compile(
    r"\b(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+|plz\s+)?(?:help|assist)\b",
    re.IGNORECASE,
)
# "any help would be appreciated", "update on Flight 462 would be appreciated".
_APPRECIATED = re.compile(
    r"\b(?:help|update|assistance)\b[^.!?\n]{0,40}\bwould\s+be\s+(?:\w+\s+)?appreciated\b",
    re.IGNORECASE,
)
# "how about some help …", "how about an update on flight 475", "how about you reimburse …",
# "how about moving my seats …" (not "how about a phone system that works?", "how about a little
# help for the gate agents", "how about you stop pasting apologies": no case of one's own).
_HOW_ABOUT = re.compile(
    r"\bhow\s+about\s+(?:(?:some|a\s+little|a\s+bit\s+of|any)\s+help(?!\s+for)|an?\s+update"
    rf"|you\s+\w+\b[^.!?\n]{{0,25}}\b{_OWN}\b|(?:now\s+)?\w+ing\s+(?:me|us|my|our)\b)",
    re.IGNORECASE,
)
# A request to talk in private: "follow/dm please", "please see dm!!", "pls follow for DM",
# "you need to follow me first", "you could send me a DM", "dm me" (convo52: thanked as ideas).
_DM = re.compile(
    r"\bfollow(?:\s+(?:me|us|back))?\s*(?:/|and|&|&amp;|for|to)\s*(?:a\s+)?dms?\b"
    r"|\b(?:see|check|read)\s+(?:my\s+|our\s+|the\s+|your\s+)?dms?\b"
    r"|\b(?:dm|message)\s+me\b|\bsend\s+me\s+an?\s+(?:dm|direct\s+message)\b"
    r"|\b(?:need|have)\s+to\s+follow\s+(?:me|us)\b|\bfollow\s+(?:me|us)\s+(?:first|back)\b"
    r"|\bwhen\s+you\s+follow\b|\bdms?\s+would\s+be\s+better\b",
    re.IGNORECASE,
)
_ASKED = (_PLEASE, _YOU_HELP, _APPRECIATED, _HOW_ABOUT, _DM)


def asks_for_help(messages: Sequence[str], language: str) -> bool:
    """An English plea for help or for action on the customer's own case."""
    if language != "en":
        return False
    text = "\n".join(messages)
    return any(pattern.search(text) for pattern in _ASKED)
