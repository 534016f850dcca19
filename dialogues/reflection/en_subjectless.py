"""English subjectless clauses that are not the customer's state or doing: quoted as written.

A clause with no subject is mostly the customer's ("Stranded in Denver" → "you're stranded
in Denver", "trying to check in" → "you're trying to check in"), but not when the words
show someone else did it: "Stranded my family in the baggage area" has an object (someone
stranded them), "working for me" is done for the customer ("you're working for you" is
nonsense), "Happy #TT to my friends" greets. Given "you're", each reads broken, so the
clause is quoted as the customer wrote it. So is a past verb framed "you" whose object is the
customer ("rebooked me") or "couldn't be bothered": the subject was not the customer.

The other way round, after a leading handle: "@JetBlue Stranded in Denver" is the customer's
state, told without its "I'm"; the handle is whom it is said to, never who stranded ("we
stranded in Denver" is broken). A participle of being stranded, bumped or denied with no object
after it ("in", "at", "from", "by", "boarding") is the customer's; so is a wallet or a phone
lost on board ("Lost my wallet on flight 1007"), never "we lost your wallet".
"""

from __future__ import annotations

import re

# Words that open an object straight after a past form: "stranded my family", "stuck us".
_OBJECT = frozenset("my our his her their us them him".split())
# The customer named as the object within a few words of the -ing verb: "working for me".
_ME_NEAR = re.compile(r"^\S+ing\s+(?:\S+\s+){0,2}?(?:me|myself)\b", re.IGNORECASE)
_GREETING = frozenset("happy merry".split())
_BOTHERED = re.compile(r"^(?:couldn't|could not|can't|cannot|won't|wouldn't)\s+be\s+bothered", re.I)
_OBJECT_ME = re.compile(r"^(?:\w+\s+){0,2}?[a-z]+(?:ed|ent|old|ook|ot)\s+me\b", re.IGNORECASE)


# Participles the customer suffers ("stranded in Denver", "bumped from my flight", "denied
# boarding"): with an object ("stranded my family", "bumped me") the company did it.
_SUFFERED = re.compile(
    r"^(?:stranded|bumped|overbooked|denied)\s+(?:in|at|from|off|on|by|for|since|after|again"
    r"|overnight|boarding|entry|here|there|today|tonight|yesterday)\b",
    re.IGNORECASE,
)


# "@AmericanAir Lost black wallet at the airport": what a passenger carries and loses on board
# is the customer's own lapse, never "we lost your wallet" (a bag or luggage the company loses).
_CARRIED_LOST = re.compile(
    r"^lost\s+(?:my|our|a|an|his|her)?\s*(?:[a-z]+\s+){0,2}?(?:wallet|purse|phone|iphone|ipad"
    r"|kindle|laptop|computer|tablet|sunglasses|glasses|keys|jacket|coat|passport|headphones"
    r"|earrings?|necklace|ring|watch|hat|scarf|camera|charger|book|license|licence|id)\b",
    re.IGNORECASE,
)


def suffered(rest: str) -> bool:
    """Whether the words after a leading handle tell the customer's state or own loss."""
    return _SUFFERED.match(rest) is not None or _CARRIED_LOST.match(rest) is not None


def not_theirs(frame: str, body: str) -> bool:
    """Whether a clause framed "you're …" was not the customer's own state or doing."""
    if frame == "you ":
        return bool(_OBJECT_ME.match(body) or _BOTHERED.match(body))  # "rebooked me"
    words = body.split()
    if frame != "you're " or len(words) < 2:
        return False
    head, following = words[0].lower(), words[1].strip(",.!;:")
    if head.endswith("ed") and following.lower() in _OBJECT:
        return True  # "Stranded my family …": a verb with its object, never "you're stranded …"
    if head in _GREETING and len(following) >= 2 and following.isupper():
        return True  # "Happy TT to my friends": a greeting, never "you're happy TT …"
    return _ME_NEAR.match(body) is not None  # "working for me", never "you're working for you"
