"""Handles that open a tweet: whom it addresses, and when the company is the subject.

"@united lost my bag" makes the company the doer ("you lost", shifted to "we" later);
"@united booked a ticket" drops the customer as subject; "@ebay is allowing …" keeps the name.
"""

from __future__ import annotations

import re

# Verbs that, right after the handle, make the company the subject ("@united lost my bag");
# other verbs there have the customer as their dropped subject ("@united booked a ticket").
_SUBJECT_VERBS = frozenset(
    """lost cancelled canceled changed charged messed ruined broke damaged overbooked
    bumped stranded refused denied forgot misplaced lied keeps continues owes sucks rocks
    rules""".split()
)
# "@gmail forgot the password to my email": the customer forgot it, not the company.
_OWN_LAPSE = re.compile(r"forgot\s+(?:the|my)\s+(?:\w+\s+)?(?:password|login|username|pin)", re.I)
# "@united should contact me": told what to do to the customer, the company is the subject.
_MODAL_SUBJECT = re.compile(r"(?:should|needs to|must)\s+(?!be\b)[a-z]+\s+(?:me|us|my|our)\b", re.I)
_HANDLE_SUBJECT = frozenset("is isn't was wasn't has hasn't does doesn't needs wants keeps".split())
_AGREE = {
    "is": "are", "isn't": "aren't", "was": "were", "wasn't": "weren't", "has": "have",
    "hasn't": "haven't", "does": "do", "doesn't": "don't", "keeps": "keep", "continues": "continue",
    "needs": "need", "wants": "want", "owes": "owe", "sucks": "suck", "rocks": "rock",
    "rules": "rule",
}  # fmt: skip


def leading_handles(text: str, language: str) -> str:
    """Handles that open a tweet address it; they are not part of what was said.

    When the handle was the sentence's subject ("@united lost my bag"), it becomes "you"
    (the company, shifted to "we" later) and its verb agrees ("@delta is" → "you are").
    """
    found = re.match(r"^[\s“\"']*(?:(?:hey|hi|hello|dear)\s+)?(?:\s*\.?@\w+[:,]?)+\s*", text, re.I)
    if not found:
        return text
    rest = text[found.end() :]
    names: list[str] = re.findall(r"@(\w+)", found.group(0))
    if language == "en" and rest.startswith(("'s ", "’s ")):  # "@JetBlue's flight": a name
        return names[-1] + rest
    first = re.match(r"[A-Za-z']+", rest)
    if language == "en" and first and not found.group(0).rstrip().endswith((":", ",")):
        verb = first.group(0).lower()
        if (verb in _SUBJECT_VERBS and not _OWN_LAPSE.match(rest)) or _MODAL_SUBJECT.match(rest):
            doer = "you " + _AGREE.get(verb, verb) if len(names) == 1 else names[-1] + " " + verb
            return doer + rest[first.end() :]  # "@united @delta lost my bag": delta did
        sentence = re.match(r"[^.!?]*[.!?]?", rest)
        end = sentence.group(0)[-1:] if sentence else ""
        inverted = re.match(r"\S+\s+(?:the|this|that|there|it|my|your|a|an|any)\b", rest)
        question = end == "?" or (end not in ("!", ".") and inverted is not None)
        if verb in _HANDLE_SUBJECT and not question:  # "@ebay is allowing …": the name stays
            return names[-1] + " " + rest
    return rest
