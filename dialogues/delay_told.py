"""A delay told without a journey word still names the trip in the apology (English).

en59 left, on the tune pool: "UA1565 IAH -> SJO is delayed by like 1.5 hours", "6 hour
mechanical delay", "delayed another hour", "still sitting at the gate!" all read "I'm sorry;
you deserved better than this.": ``letdown_named`` gives the trip apology only when a flight
or a plane is named beside the delay. A delay told with how long it is, or told as happening
again ("delayed again", "another delay", "delayed for a 3rd time"), is a trip let down as
plainly as "my flight was delayed": "I'm really sorry your trip was thrown off like this."
"Still sitting at the gate / here" is a wait they are in: "sorry you were kept waiting".

Only in place of the apology that names nothing, after ``plain_informed`` (where the point is
news not given, "nobody kept you informed" stays). Not someone else's delay ("my buddies are
delayed 3.5 hours"), nor "never been delayed before", nor praise or thanks beside it ("long day
of delays made better by your crew", "thanks for being great"), nor a delay asked about ("still
delayed?", "will I make it with the delay?").
"""

from __future__ import annotations

import re

_NUMBER = r"(?:\d+(?:\.\d+)?\+?|an?|one|two|three|four|five|six|seven|eight|nine|ten|half an?)"
_UNIT = r"(?:hours?|hrs?|h|minutes?|mins?)"
_HEDGE = r"(?:like |about |almost |nearly |over |more than |another |an extra |at least )?"

# How long the delay is: "delayed by like 1.5 hours", "6 hour mechanical delay", "over 2 hour
# delay", "delayed for almost 2 hrs", "325 minute delay", "delayed another hour".
_LONG = re.compile(
    rf"\bdelay(?:ed|s)? (?:by |for )?{_HEDGE}{_NUMBER}[ -]?{_UNIT}\b"
    rf"|\b{_NUMBER}[ -]?(?:{_UNIT}|hour|minute)[ -](?:\w+ )?delays?\b"
    rf"|\b{_NUMBER}[ -]?{_UNIT} (?:of )?delays?\b"
    rf"|\b{_NUMBER}[ -]?{_UNIT} delayed\b"
)
# Again: "delayed again", "delayed another …", "another delay", "a 3rd time", "delayed and
# delayed", "delays us again".
# "#delayed #again", "ANOTHER F*CKING DELAY", "keeps getting delayed", "delayed 6 times",
# "delayed on the way there and delayed on the way back".
_AGAIN = re.compile(
    r"\bdelay(?:ed|s)?\b(?: #?\w+){0,3} #?(?:again|yet again|another|(?:for )?a (?:2nd|3rd|"
    r"\d+th|second|third|fourth) time)\b"
    r"|\banother (?:\S+ )?delay\b|\bdelayed\b[^.!?]{0,40}\band delayed\b"
    r"|\bkeeps? (?:getting|being) delayed\b|\bdelayed (?:\d+|two|three|four|five|six) times\b"
)
# Delayed to a time told: "now we are delayed until 1:02!"
_UNTIL = re.compile(r"\bdelayed (?:again )?(?:until|till|til) \d")
# Sitting and not moving: the wait they are still in.
_STILL_SITTING = re.compile(
    r"\bstill sitting (?:at the gate|here|on the (?:tarmac|runway|ground)|in (?:the )?terminal)\b"
)
# Someone else's delay, one never had.
_NOT_THEIRS = re.compile(
    r"\b(?:my|our) (?:buddies|friends?|wife|husband|son|daughter|mom|mother|dad|father|parents|"
    r"family|kids?|brother|sister|boss|colleagues?|coworkers?|team)\b"
    r"|\b(?:he|she|his|her|they're|they are)\b|\bnever been delayed\b|\bnot (?:a|the) delay\b"
    r"|\bwasn't delayed\b|\bnot about the delay\b"
)
# The delay told late or not at all ("wish you would have announced the delay 2 hours
# earlier", "thanks for the heads up about the 2 hour delay"): the point is news, not the trip.
_NEWS = re.compile(r"\b(?:announc\w*|heads up|told us|notif\w*)\b")
# Praise or thanks beside it: "made better by them", "thanks for being great".
_PRAISE = re.compile(
    r"\b(?:thanks?|thank you|thx|great|awesome|appreciate\w*|shout ?out|made better|good news|"
    r"kudos|amazing|excellent|love)\b"
)
_SARCASM = re.compile(r"#sarcasm\b")
_SENTENCE = re.compile(r"[^.!?\n]*[.!?\n]*")


def _asked(text: str, match: re.Match[str]) -> bool:
    """Whether the sentence holding the delay is a bare question ("still delayed?")."""
    for part in _SENTENCE.finditer(text):
        if part.start() <= match.start() < max(part.end(), part.start() + 1):
            end = part.group().rstrip()
            return end.endswith("?") and "!" not in end[-3:]
    return False


def delay_apology(key: str, told: str, language: str) -> str:
    """The apology's key, naming a delay told with how long or told again (English, general)."""
    if language != "en" or key != "apology":
        return key
    text = told.lower().replace("’", "'")
    if (
        _NOT_THEIRS.search(text)
        or _NEWS.search(text)
        or (_PRAISE.search(text) and not _SARCASM.search(text))
    ):
        return key
    for pattern in (_LONG, _AGAIN, _UNTIL):
        found = pattern.search(text)
        if found and not _asked(text, found):
            return "apology_travel"
    found = _STILL_SITTING.search(text)
    if found and not _asked(text, found):
        return "apology_wait"
    return key
