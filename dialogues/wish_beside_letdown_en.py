"""English jabs and pleas heard as ideas: "would be great to get some help, been trying all night".

Round en55: readers of held-out airline tweets found complaints thanked "for the idea": "would
be great to get some help too, been trying all night", "a ride home would be perfect after
charging $1600", "it would be nice to just pull up to the gate. Still sitting here", "Better
work on a faster response :)". NLU reads "would be great" as a suggestion, but beside a let-down
still going on (still sitting, been trying all night, hangs up on you, after charging them) the
wish is what they did not get: a let-down, owed an apology, not thanks. "Would be helpful to
refresh boarding times for delayed flights" proposes something for the case it names ("for
delayed flights", "when you cancel") and stays an idea; "you better …" is a rebuke by itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogues import telling
from dialogues.letdown_told import LETDOWN

# "would be great / nice / lovely / perfect / helpful", "it'd be nice".
_WISH = re.compile(
    r"\b(?:would|it'd|itd|that'd)\s+(?:sure\s+)?be\s+(?:so\s+|really\s+)?"
    r"(?:great|nice|lovely|perfect|helpful|awesome|good)\b",
    re.IGNORECASE,
)
# "Better work on a faster response", "you better get …": a rebuke, not a proposal.
_REBUKE = re.compile(
    r"(?:^|[.!?\n]\s*)(?:you(?:'d|\s+had)?\s+)?better\s+(?:work\s+on|get|start|fix|figure)\b",
    re.IGNORECASE,
)
# "for delayed flights", "when you cancel a flight": the case an idea is for, not a let-down told.
_CASE = re.compile(
    r"\b(?:when|whenever|if|during|for)\s+(?:\w+\s+){0,3}?(?:delay\w*|cancel\w*|late)\b[^.!?\n]*",
    re.IGNORECASE,
)
# A let-down still going on, or what they paid or tried, anywhere: "been trying all night".
_STILL_WRONG = (
    "still sitting", "still waiting", "still stuck", "still here", "still on", "still no",
    "still not", "still haven't", "been trying", "trying all", "all night", "all day",
    "hangs up", "hang up", "charging", "charged", "after paying", "without my", "no one", "nobody",
    "no response", "no reply", "can't get", "cant get", "couldn't get",
)  # fmt: skip
# Not the customer's words: @names, links, a retweet's quoted text.
_NOT_THEIRS = re.compile(r"\bRT\s+@.*|@\w+|https?://\S+", re.IGNORECASE | re.S)


def wish_beside_letdown(messages: Sequence[str], language: str) -> bool:
    """An English "would be great …" beside a let-down still going on, or "better work on …"."""
    if language != "en":
        return False
    text = _NOT_THEIRS.sub(" ", "\n".join(messages))
    if _REBUKE.search(text):
        return True
    if not _WISH.search(text):
        return False
    told = _CASE.sub(" ", text)
    if telling.find(telling.tokens(told), _STILL_WRONG, language):
        return True
    # LETDOWN's words only in a sentence of their own ("… more obvious before purchase. Lost
    # 1,200 miles"): "…, I work all week and keep missing the courier" is the idea's reason.
    apart = " ".join(s for s in _SENTENCE.split(told) if not _WISH.search(s))
    return bool(telling.find(telling.tokens(apart), LETDOWN["en"], language))


_SENTENCE = re.compile(r"(?<=[.!?\n])")
