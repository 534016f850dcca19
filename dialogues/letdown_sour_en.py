"""English let-downs NLU took for praise or an idea: a sour word at us, a flight that failed.

"it's really aggressive to blast obnoxious entertainment in your guests' faces" was thanked
("Thank you for taking the time to say …"), and "Flight 0736 DAL to DCA 2/24 2:10pm. Tried to
check in could not." was thanked as an idea, quoting the flight line (en61). Thanking a
customer for their anger, or for their booking details, reads as not listening:

- a sour word ("aggressive", "obnoxious", "ridiculous", "disgusting", "rude" …) in a clause
  that is not about the weather and not denied ("not annoying at all") is a let-down;
- a flight line (a flight number, "DAL to DCA", "LGA-BWI") beside a failure told in the same
  message ("could not check in", "sitting for an hour", "cancelled") is a let-down.

Mild words ("annoying" said of the weather, "horrible winter" wished luck) and ideas about a
route with nothing failed ("bring back LGA-BWI service") keep their thanks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogues.praise_compared_en import proposes

_SOUR = re.compile(
    r"\b(?:aggressive|obnoxious|annoying|ridiculous|irritating|disgusting|rude|nasty"
    r"|unacceptable|pathetic|infuriating|appalling|shameful|disgraceful)\b",
    re.IGNORECASE,
)
# "… not rude at all", "never obnoxious": the sour word denied is no let-down.
_DENIED = re.compile(r"\b(?:not|never|no|n't|nothing|isn't|wasn't)\s+(?:\w+\s+)?$", re.IGNORECASE)
# "this horrible winter", "ridiculous snow": the weather is nobody's doing.
_NOT_OURS = re.compile(
    r"\b(?:winter|weather|storm|snow|blizzard|ice|traffic|cold|rain|wind|tsa)\b", re.IGNORECASE
)
_CLAUSE = re.compile(r"[.!?;\n]+|,\s+|\s+(?:but|and)\s+", re.IGNORECASE)
# "Flight 0736", "flight #1937", "on 768 to Logan", "DAL to DCA", "LGA-BWI", "BNA-> TUL".
# Airport codes are capitals ("DAL to DCA"): "ons to pas" in lower case is no route.
_FLIGHT_LINE = re.compile(
    r"\b(?i:flight)\s*#?\s*\d{2,4}\b|\b[A-Z]{3}\s*(?:to|-+>?|>|/)\s*[A-Z]{3}\b"
    r"|(?:^|\s)#\d{3,4}\b"
)
# "can't wait to fly" is glad, not a failure.
_FAILED = re.compile(
    r"\b(?:could\s*(?:not|n['’]?t)|can['’]?t(?!\s+wait)|cannot|unable\s+to|won['’]?t\s+let|cancell?ed"
    r"|delayed|stuck|sitting|still\s+waiting|no\s+one|nobody|missed|lost|broken|failed"
    r"|not\s+working|never\s+(?:showed|came|arrived))\b",
    re.IGNORECASE,
)


def sour_letdown(messages: Sequence[str], language: str, kind: str = "praise") -> bool:
    """The telling is a let-down in English words NLU read as praise or an idea.

    An idea that proposes ("why not let us pick seats? the lottery is irritating", en52)
    stays the idea it is: the grumble is its reason.
    """
    if language != "en":
        return False
    text = "\n".join(messages)
    proposed = kind == "idea" and proposes(messages, language)
    return (_sour_at_us(text) and not proposed) or _flight_failed(text)


def _sour_at_us(text: str) -> bool:
    for clause in _CLAUSE.split(text):
        for m in _SOUR.finditer(clause):
            if not _DENIED.search(clause[: m.start()]) and not _NOT_OURS.search(clause):
                return True
    return False


# Credit given beside the failure: thanks stays theirs ("credit where credit is due").
_CREDITED = re.compile(r"\bthanks? (?:you )?for\b|\bcredit where\b", re.IGNORECASE)


def _flight_failed(text: str) -> bool:
    """A flight line and a failure told in the same message ("Tried to check in could not")."""
    if not _FLIGHT_LINE.search(text) or _CREDITED.search(text):
        return False  # "thanks for making an effort … delayed 5 hours instead of 8" (en61's gate)
    # "flight 1625 was not delayed": a failure denied is good news.
    return any(not _DENIED.search(text[: m.start()]) for m in _FAILED.finditer(text))
