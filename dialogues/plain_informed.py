"""The apology names news not given when the words make it plain (English).

Readers of stop 34's after-yes replies found "I'm sorry; you deserved better than this." said
to "no updates on anything! All we know is there is an issue with the front wheels", "ZERO
communication from the flight deck", "they could have at least told us … just tell me". What
let them down is plain: nobody told them what was happening. A good agent says that back:
"I'm sorry nobody kept you informed."

Only in place of the apology that names nothing, and only where news not given is told in so
many words ("no updates", "no information", "lack of communication", "nobody told us",
"didn't inform me"). Not beside rudeness (two let-downs: the apology already chosen stays),
nor "no notice" (a seat moved with no notice is the seat's let-down, not news), nor a question
asking for news ("any updates on flight 1848?" asks; it tells nothing missing).
"""

from __future__ import annotations

import re

# News not given, told plainly.
_NOT_INFORMED = re.compile(
    r"\b(?:no|zero|0|without any|without|little to no|lack of|poor|terrible|horrible|awful|no real)"
    r" (?:info|information|updates?|communication|announcements?|explanation)\b"
    r"|\bno news\b(?! is good)"
    r"|\b(?:no ?one|nobody)\b (?:\w+ )?(?:told|tells|informed|updated|said anything|"
    r"explained|announced)\b"
    r"|\b(?:didn't|did not|never|not|wasn't|weren't|haven't|hasn't) (?:been )?"
    r"(?:inform|informed|notify|notified|update|updated|tell|told)\b (?:me|us|anyone|anybody|"
    r"passengers|of|about)\b"
    r"|\bcould have (?:at least )?(?:told|informed|notified) (?:me|us)\b"
    r"|\bkept (?:us|me) in the dark\b|\bleft (?:us|me) in the dark\b"
)
# Beside rudeness, lying or a refusal, a second let-down ("rep wouldn't rebook … poor
# communication": the refusal is the point); "no info needed" tells nothing missing.
_BESIDE = re.compile(
    r"\b(?:rude\w*|attitude|disrespect\w*|yell\w*|no \w+ needed|lied|lying|liars?|"
    r"raising (?:their|his|her) voices?|shout\w*|wouldn't|would not|won't|refus\w*|denied)\b"
)


def informed_apology(key: str, told: str, language: str) -> str:
    """The apology's key, naming news not given (English, in place of the general one)."""
    if language != "en" or key != "apology":
        return key
    text = told.lower().replace("’", "'")
    if _NOT_INFORMED.search(text) and not _BESIDE.search(text):
        return "apology_not_informed"
    return key
