"""A subjectless English clause about how things are going: its subject is "it", not "you".

Why: a clause with no subject that opens on an -ing verb is mostly the customer's own doing
("Looking for my bag" → "you're looking for your bag"), but a few say how the situation is
going, and given "you're" they blame the customer: "Getting worse" said back "you're getting
worse", "Making for a long night" as "you're making for a long night", "Looking like 2 nights
in a hotel" as "you're looking like …". Said "it's getting worse", "it's making for a long
night", "it's looking like 2 nights in a hotel", they read as the customer meant them.

Narrow on purpose: only these three openings, each with what shows it is the situation:
- "getting" + (an intensifier) + a word a situation becomes ("worse", "ridiculous",
  "old", "out of hand"); never a feeling of the customer's ("Getting really tired of …");
- "making for" + a/an ("Making for a long night");
- "looking like" + what a situation looks like: a number, "another", "I'll"/"we'll", or
  a/an before a word of time or trouble ("Looking like a long night"), never a/an alone
  ("Looking like a tourist" may be the customer).
"""

from __future__ import annotations

import re

_INTENSIFIER = r"(?:(?:really|so|very|pretty|even|a\s+bit|kinda|kind\s+of|quite|just)\s+)?"
_BECOMES = (
    r"(?:worse|ridiculous|old|out\s+of\s+hand|absurd|annoying|frustrating|tiresome|silly"
    r"|laughable|comical|pathetic|embarrassing|crazy|insane|expensive|harder|later|late"
    r"|beyond\s+ridiculous|to\s+be\s+(?:a\s+joke|ridiculous|a\s+habit))\b"
)
_TIME_OR_TROUBLE = (
    r"(?:long|late|night|day|week|mess|nightmare|disaster|repeat|rerun|no|another|missed|"
    r"cancel\w*|delay\w*)"
)
_SITUATION = re.compile(
    rf"^(?:getting\s+{_INTENSIFIER}{_BECOMES}"
    rf"|making\s+for\s+an?\s"
    rf"|looking\s+like\s+(?:\d|another\b|(?:i|we|it|you|they)(?:'|’)ll\b"
    rf"|(?:i|we)(?:'|’)m\s+(?:gonna|going|not)\b|an?\s+(?:\w+\s+)?{_TIME_OR_TROUBLE}))",
    re.IGNORECASE,
)


def situation(text: str) -> bool:
    """Whether a subjectless clause tells how things are going ("Getting worse")."""
    return _SITUATION.match(text) is not None
