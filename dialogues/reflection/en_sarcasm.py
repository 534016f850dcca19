"""A sarcastic English thanks said back as the let-down it is, plainly, in second person.

Round en64: the first reply to "Thanks for the THIRD gate change today" was "you're grateful
for the third gate change today" (sarcasm read as gratitude: the worst thing a listener can
say back), and "Thanks for the third delay this week" or "Great job on the delay again, love
spending my night at the airport" were quoted back whole, the sneer repeated as if it were
the customer's point. A listener says the let-down itself: "you've had a third gate change
today", "your bag was lost", "you've had another delay, and a night spent at the airport",
"you were kept on hold for 2 hours". Only these shapes are reworded; any other sarcastic
thanks keeps its old reply (``None``: quoted), never guessed at.

The caller decides it is sarcasm (``sarcastic_thanks.thanks_for_letdown``, one place); this
module only rewords.
"""

from __future__ import annotations

import re

# "Thanks (so much) for", "thank you for", "great job on/with": what follows is the let-down.
_LEAD = re.compile(
    r"^\W*(?:(?:thanks|thank\s+you|thank\s+u|thx)(?:\s+so\s+much|\s+a\s+(?:lot|bunch)|\s+again)?\s+for"
    r"|(?:great|nice|good)\s+job\s+(?:on|with))\s+",
    re.IGNORECASE,
)
# What they add after it that is no part of the let-down: ", really appreciate it", "!".
_TAIL = re.compile(
    r"\s*(?:[,.!?;:…]|\s-\s|\s(?:really|truly|much|great|nice|good)\s+(?:appreciate|job)|$)",
    re.IGNORECASE,
)
# "the THIRD gate change today", "yet another delay", "the delay again".
_REPEAT = re.compile(
    r"^(?:the\s+|this\s+|that\s+|your\s+|my\s+|our\s+)?"
    r"(?P<ord>second|third|fourth|fifth|2nd|3rd|4th|5th|yet\s+another|another)\s+"
    r"(?P<np>[a-z][\w' -]*)$",
    re.IGNORECASE,
)
_AGAIN = re.compile(r"^(?:the|this|that|your|my|our)\s+(?P<np>[a-z][\w'-]*)\s+again$", re.I)
# "losing my bag", "cancelling our flight again": their thing, what was done to it.
_DONE_TO = {
    "losing": "lost", "cancelling": "cancelled", "canceling": "cancelled",
    "delaying": "delayed", "ruining": "ruined", "breaking": "broken", "damaging": "damaged",
    "misplacing": "misplaced", "overbooking": "overbooked",
}  # fmt: skip
_DONE = re.compile(
    r"^(?P<verb>" + "|".join(_DONE_TO) + r")\s+(?:my|our)\s+(?P<np>[a-z][\w' -]*)$", re.I
)
# "keeping me on hold for 2 hours", "leaving us waiting for an hour".
_KEPT = re.compile(
    r"^(?:keeping|leaving)\s+(?:me|us)\s+(?P<how>on\s+hold|waiting)(?P<rest>(?:\s+[\w' -]+)?)$",
    re.IGNORECASE,
)
# ", love spending my night at the airport": the night they lost, said as theirs.
_LOVED_SPENT = re.compile(
    r"^\W*(?:i\s+|just\s+|really\s+)?lov(?:e|ing)\s+spending\s+(?:my|our|the)\s+"
    r"(?P<what>night|day|evening|morning|weekend|afternoon|birthday|holiday|vacation)\s+"
    r"(?P<where>(?:at|in|on)\s+[a-z][\w' -]*?)\W*$",
    re.IGNORECASE,
)
# Something good named in it: no let-down to say back ("the second upgrade").
_GOOD = re.compile(r"\b(?:upgrade|refund|voucher|credit|help|free|quick|fast|great)\w*", re.I)
# A word that takes the thing on to more than the thing: "for once", "by 3 hours", "and".
_BESIDE = re.compile(r"\b(?:for|once|by|to|with|when|while|and|but|on|in|at|from)\b", re.I)
_WHEN = ("again", "today", "twice", "once", "yesterday", "tonight")
_PLURAL = re.compile(r"(?:[^s]s|ies|ren)$")


# "I love being stuck here for two extra days", "There's nothing I love more than being on
# hold for over an hour": where they have been, said as it is ("you've been on hold …").
_LOVED_BEING = re.compile(
    r"^\W*(?:there's\s+nothing\s+|nothing\s+)?(?:i|we)\s+(?:just\s+|really\s+|sure\s+)?"
    r"lo(?:ve|ving)\s+(?:more\s+than\s+)?being\s+(?P<rest>(?:stuck|here|on\s+hold|in|at|on)"
    r"\b[\w' -]*?)\W*$",
    re.IGNORECASE,
)


def plain_letdown(text: str) -> str | None:
    """ "Thanks for losing my bag" → "your bag was lost"; ``None`` for any other shape."""
    loved = _LOVED_BEING.match(text)
    if loved and not _GOOD.search(loved["rest"]):
        return f"you've been {_yours(loved['rest'])}"
    lead = _LEAD.match(text)
    if not lead:
        return None
    body = text[lead.end() :]
    tail = _TAIL.search(body)
    cut = tail.start() if tail else len(body)  # "$" always ends it; mypy cannot know
    said, after = body[:cut].strip(), body[cut:]
    if not said or _GOOD.search(said):
        return None
    plain = _letdown(said)
    if plain is None:
        return None
    spent = _LOVED_SPENT.match(after)
    if spent:
        return f"{plain}, and a {spent['what'].lower()} spent {spent['where']}"
    return plain if _CLOSER.match(after) else None


# What may follow the let-down: nothing, "really appreciate it", "Great job.", "thanks again".
_CLOSER = re.compile(
    r"^\W*(?:(?:really\s+|truly\s+|much\s+|i\s+)?appreciate\s+it|(?:great|nice|good)\s+job"
    r"|thanks(?:\s+again)?|thank\s+you)?\W*$",
    re.IGNORECASE,
)


def _letdown(said: str) -> str | None:
    """The let-down thanked for, in second person."""
    own = _yours(said)
    repeat = _REPEAT.match(own)
    if repeat:
        number = repeat["ord"].lower()
        article = "" if "another" in number else "a "
        return f"you've had {article}{number} {repeat['np']}"
    again = _AGAIN.match(own)
    if again:
        return f"you've had another {again['np']}"
    done = _DONE.match(said)
    if done and not _BESIDE.search(done["np"]):  # "my flight for once": no thing alone
        words = _yours(done["np"]).split()
        when = len(words)
        while when > 1 and words[when - 1].lower() in _WHEN:
            when -= 1  # "my bags again": "your bags were lost again"
        thing, later = " ".join(words[:when]), "".join(f" {w}" for w in words[when:])
        was = "were" if _PLURAL.search(words[when - 1]) else "was"
        return f"your {thing} {was} {_DONE_TO[done['verb'].lower()]}{later}"
    kept = _KEPT.match(said)
    if kept:
        rest = _yours(kept["rest"])
        return f"you were kept {kept['how'].lower()}{' ' + rest if rest else ''}"
    return None


def _yours(words: str) -> str:
    """Their words as ours to say back: "my" → "your", "me" → "you"; shouting lowered."""
    swap = {"my": "your", "our": "your", "me": "you", "us": "you", "i": "you", "we": "you"}
    out = [
        swap.get(w.lower(), w.lower() if w.isupper() and len(w) > 1 else w) for w in words.split()
    ]
    return " ".join(out)
