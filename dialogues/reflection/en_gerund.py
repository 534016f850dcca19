"""English -ing phrases that are a clause's subject, never the customer's doing.

"Updating my driver didn't help" (r11), and in r43 "calling that number was useless": the
phrase is what "was useless", said back as it is, never "you're calling that number was
useless". A "that"/"this" before one noun is its determiner ("that number"), unless the
verb takes a clause ("hoping that everything is fine" stays "you're hoping …"); the phrase
runs to five words (past that the noun before the verb is often its own subject: "flying
to Denver out of Boston flight is late"), and a joining word ("and", "because", "so")
starts a new clause ("Trying to check in and the site is down" stays "you're trying …").
"""

from __future__ import annotations

import re

_PRONOUN = r"(?:i|you|u|we|they|it|he|she|there|this|that|these|those)"
_JOINER = r"(?:and|but|or|so|because|cause|cuz|bc|since|when|while|as|if|then|until|though)"
# Verbs whose "that" opens a clause ("hoping that …", "saying this is …"), never a determiner.
_CLAUSE_VERB = (
    r"(?:hop|think|know|say|tell|wish|pray|guess|assum|realiz|realis|feel|hear|see|notic"
    r"|find|learn|read|believ|understand|expect|worry|worri|mention|explain|claim)ing"
)
_VERB = (
    r"(?:didn't|didn’t|did not|doesn't|doesn’t|does not|won't|hasn't|hasn’t|isn't|wasn't|did"
    r"|does|has|is|was|fixed|helped|worked|solved|made|makes|caused|causes)\b"
)
_GERUND = re.compile(
    rf"^(?!{_CLAUSE_VERB}\b)\w+ing\b(?:\s+(?:this|that)(?=\s+[a-z]+\s+{_VERB}))?"
    rf"(?:\s+(?!(?:{_PRONOUN}|{_JOINER})\b)[\w'’]+){{0,5}}?\s+{_VERB}"
    rf"|^{_CLAUSE_VERB}\b(?:\s+(?!{_PRONOUN}\b)[\w'’]+){{0,5}}?\s+{_VERB}",
    re.IGNORECASE,
)


def gerund_subject(text: str) -> bool:
    """Whether an -ing phrase is the clause's subject ("Updating my driver didn't help")."""
    return _GERUND.match(text) is not None
