"""English complaints thanked: a vow never to come back, a sour "Thanks" closing a let-down.

Round en55: readers of held-out airline tweets found complaints thanked as praise. "I will never
fly with you again, bad weather happens but others communicate better" got "That means a lot":
a vow never to fly, buy or use them again ("#neveragain", "done with you") is a customer lost,
always a let-down. "Now submitted for the third time, please confirm receipt. Thanks" and "the
flight I tried to book for days is gone. Thanks! Keep it up" got "Thank you for telling us
“Thanks”": NLU hears praise in the closing "Thanks", but a "Thanks" or "Keep it up" after a
let-down told, with no word of praise before it, is resigned or sarcastic, never praise.
"I'll never fly another airline again" vows loyalty (praise), and "thanks for rebooking me
after the delay" thanks for something (``sarcastic_thanks`` reads what is thanked for).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogues import telling
from dialogues.letdown_told import LETDOWN

# "never fly with you again", "never flying United again", "never using you guys again",
# "Never again", "#neveragain", "done with you", "last time I fly with you".
_VOW = re.compile(
    r"\bnever\s+(?:ever\s+)?(?:again\b|(?:will\s+i\s+|i'll\s+|gonna\s+)?"
    r"(?:fly|flying|flown|use|using|book|booking|buy|buying|travel\w*|choose|choosing)\b"
    r"(?P<rest>[^.!?\n]{0,60}?)\bagain\b)"
    r"|#never\w*again\b|\b(?:i'm|im|i\s+am|we're|we\s+are)\s+(?:so\s+)?done\s+with\s+(?:you|u)\b"
    r"|\blast\s+time\s+(?:i|we)(?:'ll|\s+will)?\s+(?:ever\s+)?(?:fly|book|use)\b",
    re.IGNORECASE,
)
# "never fly another airline again", "never fly anyone else again": loyalty, not a vow to leave.
_ELSEWHERE = re.compile(r"\b(?:another|other|anyone|anybody|anything|else)\b", re.IGNORECASE)


def vows_never_again(messages: Sequence[str], language: str) -> bool:
    """An English vow never to fly, use or buy them again: a let-down, never thanked."""
    if language != "en":
        return False
    for match in _VOW.finditer("\n".join(messages)):
        if not _ELSEWHERE.search(match.group("rest") or ""):
            return True
    return False


# A closing "Thanks" / "Thanks!" / "Thank you" / "Keep it up" with only tags, names, links or
# marks after it.
_CLOSING_THANKS = re.compile(
    r"(?:^|[.!?,\n\-–—:…)]\s*|\s)(?P<closer>(?:thanks|thank\s+you|thankyou|thx|ty)"
    r"(?:\s+(?:again|guys|a\s+lot|so\s+much|very\s+much|all))?"
    r"(?:[^\w#@]*keep\s+it\s+up)?|keep\s+it\s+up|keep\s+up\s+the\s+(?:good\s+)?work)"
    r"(?:\s+(?:guys|team|folks|everyone|y'all|all))?"
    r"[^\w#@]*(?:(?:#\w+|@\w+|https?://\S+)[^\w#@]*)*$",
    re.IGNORECASE,
)
# Before the closer: a let-down told, in LETDOWN's words or these (a sour tag, a thing redone).
_LET_DOWN = LETDOWN["en"] + (
    "won't", "wont", "can't", "cant", "couldn't", "unable", "no one", "nobody", "nothing",
    "still no", "no reply", "no idea", "third time", "second time", "gone", "worse",
    "useless", "waste*", "charged", "fee",
)  # fmt: skip
# A word of praise or of something put right before the closer: "rebooked me fast. Thanks!"
_PRAISED = (
    "great", "amazing", "awesome", "on time", "love*", "kudos", "pleasant*", "helpful", "helped",
    "excellent", "best", "safe", "good", "nice", "glad", "happy", "appreciate*", "kind", "fix*",
    "sorted", "resolv*", "found", "refund*", "rebook*", "thank*", "thx", "finally", "got it",
    "back", "worked", "works", "quick*", "fast", "perfect", "wonderful", "smooth*", "got me",
    "made my day", "woohoo", "upgrade*", "without", "w/o", "have it", "beautiful*", "kicked",
    # en55's gate: good news closed with "Thanks!" read as sour
    "make it", "just got", "taken care", "commend*", "gave me", "gave us", "booked",
)  # fmt: skip


def closing_thanks_after_letdown(messages: Sequence[str], language: str) -> str | None:
    """A let-down told, then only a closing "Thanks" / "Keep it up": no praise to thank.

    "complaint", or "question" when they asked ("is the new time confirmed or may it get
    cancelled? … Thx": nothing went wrong yet, no apology for a cancellation to come).
    """
    if language != "en":
        return None
    text = "\n".join(messages).strip()
    closing = _CLOSING_THANKS.search(text)
    if not closing:
        return None
    told = text[: closing.start("closer")]
    seq = telling.tokens(told)
    if not telling.find(seq, _LET_DOWN, language) or telling.find(seq, _PRAISED, language):
        return None
    return "question" if "?" in told else "complaint"
