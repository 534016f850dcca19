"""Whose subject a tweet dropped: the customer's "I", an "it", or someone else's (round 31).

``en._frame`` gives a clause that opens on a past verb or a modal "you" ("Missed my flight"
→ "you missed your flight"). That is wrong where the dropped subject was not the customer:

- "Would be nice if …", "would have been good to know …", "will be easier to …": a verdict
  on a thing, its "it" dropped: "it would be nice if we could …", never "you would be nice"
  (``it_dropped``);
- "Has no idea what is going on", "Has yet to arrive": "you has" is nobody's grammar;
- "Will they have to …", "will my known traveler no. …": a question with its subject after
  the verb, never "you will they …";
- "had me on hold forever", "Made me check in a bag", "had to let us off the plane": the
  customer is the object, someone else the doer, never "you had you on hold";
- "Lost a customer today", "just lost my business": the company lost the customer;
- "will continue to be my airline of choice": the company is what it will be.

Such a clause gets no "you" (``customers_doing`` is false) and is quoted as written.
"""

from __future__ import annotations

import re

from dialogues.reflection.en_meaning import gerund_subject

_ADJECTIVE = (
    r"nice|great|good|helpful|useful|cool|awesome|lovely|easier|better|best|wonderful|fantastic"
    r"|amazing|appreciated|smart|wise|fair|fun|ideal|sweet|less\s+\w+|more\s+\w+|a\s+shame"
    r"|a\s+pity|a\s+plus|a\s+bonus|a\s+help|a\s+relief|a\s+nightmare|a\s+disaster"
    r"|an?\s+(?:great|huge|big|nice|good|real|rough|long|better|massive)\s+\w+"
)
_IT_DROPPED = re.compile(
    r"^((?:sure|really|certainly|definitely|probably)\s+)?(would|will|could|might)\b"
    rf"(?=\s+(?:have\s+been|be)\s+(?:(?:so|really|much|very|even)\s+)?"
    rf"(?:{_ADJECTIVE})\b)",
    re.IGNORECASE,
)
_SUBJECT_AFTER = frozenset(
    "they he she it there my the your our this that these those a an tsa".split()
)
_ME = re.compile(r"^(?:me|us)\b")  # the object; "US" (the airline) is written in capitals
_NOT_DONE_TO = frozenset(
    """need needed want wanted love loved hate hated wish hope think thought appreciate
    enjoyed""".split()
)
_MODALS = frozenset(
    "can can't cannot could couldn't will won't would wouldn't didn't don't doesn't".split()
)
# "(they) couldn't get me anywhere": a verb done to the customer after a modal
_DONE_TO_ME = re.compile(r"^(?!(?:like|love|prefer|want|need|hate)\b)[a-z]+\s+(?:me|us)\b")
_LET_US = re.compile(r"^to\s+(?:let|leave|put|send|move|take|make|kick)\s+(?:me|us)\b")
_LOST_US = re.compile(
    r"^(?:(?:a|an|one|another|two|some|very|many|my|our|your|more)\s+)*"
    r"(?:(?:loyal|faithful|good|great|long-?time|frequent|valued|paying|happy)\s+)*"
    r"(?:customers?|clients?|fans?|flyers?|business|patrons?|passengers?)\b",
    re.IGNORECASE,
)
_BE_MINE = re.compile(r"^(?:(?:continue|continues)\s+to\s+|always\s+)?be\s+my\b", re.IGNORECASE)


# "DM sent.", "DMs sent with my details", "email sent, still no reply": the customer's report
# that they wrote to us, never a request "you'd like us to DM sent".
_SENT = re.compile(
    r"^(?:(?:just|already)\s+)?(?:(?P<dm>DM|Dm|dm|PM)(?P<many>s)?|(?P<mail>[Ee]-?mail))"
    r"\s+(?:has\s+been\s+|was\s+)?(?:sent|Sent|SENT)\b"  # "DM Sent.": the same report
)


def sent(text: str) -> str:
    """ "DM sent" said with its subject: "I've sent you a DM" (shifted "you've sent us a DM")."""
    match = _SENT.match(text)
    if match is None:
        return text
    if match.group("mail"):
        said = "I've sent an email"
    else:
        said = "I've sent you DMs" if match.group("many") else "I've sent you a DM"
    return said + text[match.end() :]


_EMOTICON = re.compile(r"[:;]-?[()DPp]")  # "Might be a good partnership:)": theirs, quoted


def it_dropped(text: str) -> str:
    """ "Would be nice if …" with its dropped "it" said: "it would be nice if …"."""
    if _EMOTICON.search(text):
        return text
    return _IT_DROPPED.sub(lambda m: f"it {m.group(1) or ''}{m.group(2)}".lower(), text, count=1)


# r40: a subjectless clause whose doer did something to the customer or their things is not
# the customer's doing: quoted as written, never "you're … making you waste paper", "you lost
# your luggage" (the blame on them), "you're actually fixing it would be better still".
_DOER_ON_ME = re.compile(
    r"^(?:[\w'’]+\s+){0,5}?(?:making|forcing|leaving|keeping|causing|costing|letting)\s+(?:me|us)\b",
    re.IGNORECASE,
)
_GERUND_MODAL = re.compile(
    r"^(?:(?!(?:i|you|we|they|he|she|there)\b)[\w'’]+\s+){0,4}?"
    r"(?:would|will|could|might|should)\s+(?:be|have\s+been|make|help|save)\b",
    re.IGNORECASE,
)
_UNABLE_TO_SERVE = re.compile(r"^(?:to|2)\s+(?:help|assist|answer|provide|give|tell)\b", re.I)
_HARMED = frozenset("lost damaged broke misplaced destroyed ruined".split())
_HARM_OBJECT = re.compile(
    r"^(?:and\s+found\b|(?:my|our)\s+(?:(?:checked|only|\w+'s)\s+)?(?:bags?|luggage|suitcases?"
    r"|baggage|carry-?on|stroller|car\s+seat|golf\s+(?:bag|clubs)|skis|guitar|belongings)\b)",
    re.IGNORECASE,
)


def customers_doing(words: list[str], lead: int, text: str = "") -> bool:
    """Whether the verb at ``words[lead]`` (its subject dropped) was the customer's doing."""
    head = words[lead].lower().strip(",.!")
    rest = " ".join(words[lead + 1 :])
    after = rest.split(" ", 1)[0].strip(",.!?").lower()
    if head == "has":
        return False  # "Has no idea what is going on": the agent's, never "you has"
    modal = head in ("will", "would", "can", "could")
    if modal and (after in _SUBJECT_AFTER or _BE_MINE.match(rest)):
        return False  # "Will they have to …?", "will continue to be my airline of choice"
    if head not in _NOT_DONE_TO and (_ME.match(rest) or _LET_US.match(rest)):
        return False  # "had me on hold forever", "had to let us off the plane"
    if head in _MODALS and _DONE_TO_ME.match(rest):
        return False  # "Couldn't get me anywhere today", "cannot provide us a flight"
    if text and gerund_subject(text):
        return False  # "Updating my driver didn't help": the -ing phrase is the subject
    if head.endswith("ing") and (_DOER_ON_ME.search(rest) or _GERUND_MODAL.match(rest)):
        return False  # "Still using and making me waste paper", "fixing it would be better"
    if head == "unable" and _UNABLE_TO_SERVE.match(rest):
        return False  # "Unable 2 help over phone": the agent was, never "you're unable to help"
    if head in _HARMED and _HARM_OBJECT.match(rest):
        return False  # "Lost my luggage delayed my flights", "Lost and Found is …"
    return not (head == "lost" and _LOST_US.match(rest))  # "Lost a customer today"
