"""English clauses never said in our voice: quoted as typed, or not shifted (round 36).

- Text-speak ("Uwon't allow me2make changes", "needs 2 be fixed", "4 us NY-ers"): in our voice
  the digits read as our own slip; quoted, they are the customer's.
- A "please" with no verb after it ("please in regards to update on lost bag"): never "you'd
  like us to in regards to …".
- What the company makes others do, its subject left out ("Making it more expensive for people
  to fly with you guys"): never "you're making it …".
"""

from __future__ import annotations

import re

from dialogues.reflection.en_meaning import gerund_subject

# Words after "please" that start no request to shift ("please you have a problem…").
NOT_A_VERB = frozenset("i you we my your our the this that it there he she they me us".split())
_NOT_ASKED = frozenset("in regarding re about for with on as asap".split())
_TEXT_SPEAK = re.compile(
    r"\b[a-z]+[24][a-z]{2,}\b|\bU(?:won't|wont|can't|cant|don't|dont|didn't|didnt)\b"
    r"|(?<=[a-z] )[24] (?:the|my|your|our|a|an|me|us|you|u|be|get|make|go|do|see|talk|speak"
    r"|fly|pay|board|find|let|keep|take|give|send|say)\b"
)
# "making it to the gate" is the customer's own; "Forcing … is ridiculous" has its subject.
_CAUSING = re.compile(
    r"^(?:making|forcing|charging|causing)\s+(?:it(?!\s+(?:to|home|through|back|in|on|out)\b)"
    r"|people|passengers|customers|everyone|everybody|travelers|travellers|folks)\b",
    re.IGNORECASE,
)

# r40: a subjectless "-ing …" whose doer then makes, leaves or keeps the customer somewhere is
# the company's doing: never "you're still using and making you waste paper".
_DOING_TO_ME = re.compile(
    r"^(?:(?:still|just|now|again|always|constantly|actually|continually)\s+)*[a-z]+ing\b"
    r"(?:\s+[\w'’]+){0,5}?\s+(?:making|forcing|leaving|keeping|causing|costing|letting)"
    r"\s+(?:me|us)\b",
    re.IGNORECASE,
)


def texted(clause: str) -> bool:
    """Whether a clause is in text-speak ("me2make", "Uwon't", "2 be", "4 the")."""
    return bool(_TEXT_SPEAK.search(clause))


def not_said(text: str, please: re.Match[str] | None) -> bool:
    """Whether a clause cannot be shifted: a "please" with no verb, or what we make others do."""
    if please and text[please.end() :].split(" ", 1)[0].lower() in NOT_A_VERB | _NOT_ASKED:
        return True  # "please you have a problem…", "please in regards to …"
    if _DOING_TO_ME.match(text):
        return True  # r40: "Still using and making me waste paper": the company's, quoted
    return bool(_CAUSING.match(text)) and not gerund_subject(text)


# The word after a first word that makes that word a noun, not an order ("Change made in 3
# hours", "Call gets dropped when saying Agent", "DM Sent"): never "you'd like us to call …".
NOT_ORDERED = frozenset(
    "is was are made done been of gets got keeps goes went has had sent would will".split()
)

# A link left hanging at a clause's end ("easy, but…") goes; "I hope so", "I don't believe so":
# that "so" is the answer, kept.
DANGLING = re.compile(
    r"[,\s]+(?:but|and|(?<!hope )(?<!think )(?<!lieve )(?<!guess )(?<!ppose )so|or|because"
    r"|cause|as(?: now)?)[\s.…]*$",
    re.IGNORECASE,
)
