"""A let-down told as happening again is owned as a repeat in the apology (English).

"delayed going home AGAIN", "once again my bag is lost", "this is the 2nd time this has
happened" got the same apology as a first let-down: "I'm really sorry your trip was thrown off
like this." The customer's point is that it keeps happening; a good agent owns that too:
"… like this, and that it has happened to you again."

Only when certain: the repeat is told beside the let-down the apology names (a delay for the
trip, a bag for the luggage, a wait for the wait), within a short span, and never "never
again" / "fly with you again" / "thanks again" / "try again" (no let-down repeated). Only the
trip's, the luggage's and the wait's apologies have a repeat wording (``<key>_again`` in the
catalog, one for one with the key's variants).
"""

from __future__ import annotations

import re

# The repeat told: "once again", "yet again", "here we go again", "delayed AGAIN", "- again!",
# "the 2nd time this has happened", "for a 3rd time", "every single time", "#again".
_REPEAT = re.compile(
    r"\b(?:once again|yet again|here we go again|again and again|over and over|"
    r"every single time)\b"
    r"|#again\b|[-–—]+ ?again\b"
    r"|\b(?:delayed|late|lost|misplaced|cancell?ed|stuck|waiting|on hold|happened|happening|"
    r"disappoint\w*|ruin\w*|delays? us|screwing with \w+ \w+)(?: \w+){0,2} again\b"
    r"|\b(?:2nd|second|3rd|third|4th|fourth|5th|fifth) time (?:in a row|this (?:week|month|"
    r"year|trip)|in (?:\w+ )?(?:days?|weeks?|months?)|(?:that )?(?:this|it) (?:has|'s) happened"
    r"|this happened)\b"
    r"|\b(?:this is|that's|that is|it's|it is) (?:the|my|our) (?:2nd|second|3rd|third|4th|"
    r"fourth|5th|fifth) time\b"
    r"|\bfor (?:the|a) (?:2nd|second|3rd|third|4th|fourth|5th|fifth) time\b"
    # A delay told as one of several: "ANOTHER F*CKING DELAY", "keeps getting delayed",
    # "delayed 6 times", "delayed on the way there and delayed on the way back".
    r"|\banother (?:\S+ )?delay\b|\bkeeps? (?:getting|being) delayed\b"
    r"|\bdelayed (?:\d+|two|three|four|five|six) times\b|\bdelayed\b[^.!?]{0,40}\band delayed\b"
)
# No let-down repeated: "never again", "I'll fly with you again", "thanks again".
_NOT_A_REPEAT = re.compile(
    r"\b(?:never|thanks?|thank you|try|tried|fly\w*|see|use|book\w*|choose)\b(?: \S+){0,4} again\b"
)

# The let-down each apology names, told in the repeat's own sentence, or in the next one when
# the repeat stands alone ("here we go again. Delayed in Chicago").
_LETDOWN = {
    "apology_travel": re.compile(
        r"\b(?:delay\w*|late|cancel\w*|stuck|stranded|sitting|missed|miss|disappoint\w*|"
        r"ruin\w*|rebooked)\b"
    ),
    "apology_baggage": re.compile(r"\b(?:bags?|luggage|baggage|suitcases?|lost|misplaced)\b"),
    "apology_wait": re.compile(r"\b(?:wait\w*|on hold|hold|sitting|stuck)\b"),
}
_SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*")
_ALONE = 5  # words: "here we go again.", "and again!!"


def again_key(key: str, told: str, language: str) -> str:
    """``<key>_again`` when the let-down ``key`` names is told as happening again, else ""."""
    letdown = _LETDOWN.get(key)
    if language != "en" or letdown is None:
        return ""
    text = told.lower().replace("’", "'")
    sentences = [part.group() for part in _SENTENCE.finditer(text)]
    for at, sentence in enumerate(sentences):
        for found in _REPEAT.finditer(sentence):
            if _NOT_A_REPEAT.search(sentence[max(0, found.start() - 30) : found.end()]):
                continue
            if letdown.search(sentence):
                return f"{key}_again"
            alone = len(sentence.split()) <= _ALONE
            if alone and at + 1 < len(sentences) and letdown.search(sentences[at + 1]):
                return f"{key}_again"
    return ""
