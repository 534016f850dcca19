"""English set phrases whose "my" and "you" belong to no one (round 35).

"my goodness", "oh my god" are exclamations: shifted they read "your goodness". "You know
what," opens a sentence: cut to "what, we lost your bag" it breaks. Both are left out, as
"you know" already is. "You're welcome." (mostly sarcastic in a complaint) and "funny you
should say that" are set replies to the company: shifted they read "we're welcome", "funny we
should say that"; the clause is quoted instead.
"""

from __future__ import annotations

import re

# "oh my goodness, you lost my bag", "My God the line!": an exclamation, not a possession.
_EXCLAIMED = re.compile(
    r"(?:\b(?:oh|omg)[,!.]*\s+)?\bmy\s+(?:goodness|god|gosh|lord|word)\b(?:[,!.]+\s*|\s+(?=\w))",
    re.IGNORECASE,
)
# "you know what, …", "You know what? …": an opener; "you know what happened" stays.
_YOU_KNOW_WHAT = re.compile(r"\b(?:you|u|ya)\s+know\s+what\s*[,!?.…]+\s*", re.IGNORECASE)
# "You're welcome.", "ur welcome for the free ad", "funny you should say that": set replies.
_SET_REPLY = re.compile(
    r"\b(?:you|u)(?:['’]re|\s+are|r)\s+(?:so\s+|very\s+|most\s+)?welcome\b|\bur\s+welcome\b"
    r"|\bfunny\s+(?:you|u)\s+should\b",
    re.IGNORECASE,
)


TOLD = 3  # words a clause keeps once its exclamation is out, below which it is left as it was


def unexclaimed(text: str) -> str:
    """The clause without "my goodness" and "you know what," (exclamations, openers)."""
    if "my" not in text.lower() and "know" not in text.lower():
        return text
    rest = _YOU_KNOW_WHAT.sub("", _EXCLAIMED.sub("", text)).strip()
    return rest if len(rest.split()) >= TOLD else text  # "oh my god LAUREN": no clause left


def set_reply(text: str) -> bool:
    """Whether the clause holds a set reply ("you're welcome") to be quoted, never shifted."""
    return bool(_SET_REPLY.search(text))
