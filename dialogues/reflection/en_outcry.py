"""English questions that ask nothing: an outcry with a "?" (round 29).

"on hold for hours?", "15 hours YVR to SAN?", "No help from anyone?": a complaint typed with a
question mark, with no word that opens a question. Framed "you're asking “…”" it reads as if
the customer asked something; said back as "you said “…?”" it keeps their words and their tone.
"""

from __future__ import annotations

import re

# Words that open a question, a request or a question with its subject first ("you get to …?").
_OPENS = re.compile(
    r"^(?:(?:so|and|but|ok|okay|also|then|well|hey|hi|please|pls|plz|now)[,\s]+)*"
    r"(?:why|how|what|what's|whats|when|where|who|whom|whose|which|is|are|was|were|am|do|does"
    r"|did|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|can|could|will|would|won't|wouldn't"
    r"|can't|couldn't|shall|should|shouldn't|may|might|must|has|have|had|hasn't|haven't|any"
    r"|anyone|anybody|anything|someone|somebody|help|or|if|wanna|u|you|i|i'm|im|we|they|it|it's"
    r"|there|this|that|these|those|he|she|my|your|our|their|ur)\b",
    re.IGNORECASE,
)
# A complaint's own words: a wait, a lack, a blame (never "flight 123 still on time?").
_OUTCRY = re.compile(
    r"\b(?:hours|days|weeks|nothing|never|blame|again|seriously|really|ridiculous|joke"
    r"|unacceptable|wtf|no (?:help|response|reply|answer|one|communication|updates?|apology"
    r"|explanation|info|warning|notice))\b",
    re.IGNORECASE,
)
# A question asked within ("…, could I get some help?", "in analytics, is it possible …?").
_ASKED = re.compile(
    r"\b(?:can|could|will|would|do|does|did|is|are|should|may)\s+(?:you|u|i|we|someone|anyone"
    r"|it|there)\b|\b(?:why|how|what|when|where|who)\b",
    re.IGNORECASE,
)


# r30: a question word that asks nothing: "have you forgotten me?", "Are you kidding?", "is
# this a joke", "how does that help me when …?", "Why even bother …?", "how can you not know
# …?", "how can you have no food on a 4 hour flight?", "how is it legal to …": said, not asked.
_RHETORICAL = re.compile(
    r"^(?:(?:so|and|but|ok|okay|well|now)[,\s]+)*(?:have you (?:all |guys )?forgotten (?:me|us"
    r"|about)|are you (?:guys |people )?(?:kidding|joking|serious)\b(?:\s+me)?\W*$|is this a joke"
    r"\W*$|how (?:does|is|will) (?:that|this) (?:help|helpful)\b|why (?:even )?bother\b"
    r"|how (?:can|could) (?:you|u) (?:not|have no|be so)\b|how is (?:it|this|that) legal\b)",
    re.IGNORECASE,
)


def outcry(question: str) -> bool:
    """Whether a sentence typed with a "?" is a complaint, not a question: no opener, a cue."""
    text = question.strip(" “\"'")
    if _RHETORICAL.match(text):
        return True
    return not _OPENS.match(text) and bool(_OUTCRY.search(text)) and not _ASKED.search(text)


# "When @Brand offers $3 burritos if you dress up, but you don't have a costume", "When your
# sandwich … are all in the lunch deal - but it doesn't apply the discount": a meme's set-up
# typed with no "?", told (r30). Quoted as typed, never "you're asking “When …”"; a question
# asked without its mark ("when will my refund come", "when is the sale", "when u gonna fix")
# keeps asking.
_SETUP = re.compile(
    r"^when\s+(?!(?:will|would|wo|can|could|ca|shall|should|do|does|did|is|are|was|were|am|has"
    r"|have|had|may|might|must|it's|its|exactly|abouts)\b)(?!(?:\S+\s+){0,3}(?:will|can|would"
    r"|could|should|do|does|is|are)\s+(?:i|we|you|u|it|they|my|our)\b)"
    r"(?!.*\b(?:will|gonna|going\s+to)\b)",  # "when u gonna fix …", "when … will be available"
    re.IGNORECASE,
)


def setup(clause: str) -> bool:
    """Whether a clause opening on "When …" with no "?" is a set-up told, not a question."""
    text = clause.strip(" “\"'")
    return "?" not in text and bool(_SETUP.match(text))
