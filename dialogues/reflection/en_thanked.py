"""English: a thanks for a named thing is news, kept beside the telling (round 27).

"thank you for the refund of the change fee", "Thanks for keeping us warm!": what the company
did is the point of a praising tweet; left out, the reply keeps only "Excellent service". A
thanks for a reply, the help or the info names nothing done and still goes as courtesy.
"""

from __future__ import annotations

import re

_THANKED_FOR = re.compile(
    r"^\W*(?:thanks|thank you|thank u|thx)\s+(?:so much\s+|a lot\s+|again\s+)?"
    r"(?:to\s+@?[A-Za-z]\w+\s+)?for\s+(?P<thing>.+)$",  # "thanks to @united for …" too
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z][a-z']+")
# What every thanks is for: courtesy, not news.
_ANY_THANKS = frozenset(
    """help helping reply replies replying response responses responding quick prompt fast speedy
    info information update updates updating support assistance answer answers answering heads up
    follow following followed getting back reaching out checking in great good excellent awesome
    amazing wonderful kind kindness understanding patience everything all service attention time
    advice clarification clarifying confirming confirmation the your you me us tweet retweet rt
    sharing listening looking into this it that doing being letting know and a an of to on with
    so very much such quick lovely nice concern message messages dm dms reaching contacting
    feedback effort efforts assist assisting explanation explaining update link tip tips""".split()
)


# "Thank you for ending my vacation on such a bad note": a harm thanked for is sarcasm.
_HARM = re.compile(
    r"\b(?:bad|worst|terrible|awful|horrible|end\w*|ruin\w*|nothing|forg[eo]t\w*|los[et]\w*"
    r"|delay\w*|cancel\w*|stuck|late|wast\w*|never|not|no|ignor\w*|strand\w*|leav\w*|miss\w*"
    r"|tarmac|hold|broke\w*|damag\w*|rude\w*|wait\w*|hours?|minutes?|mins?)\b",
    re.IGNORECASE,
)
# "thanks for ditching my sister and her baby", "… for sending me a new router that doesn't
# work": a thanks whose thing carries a negation or a harm done to the customer is sarcasm,
# quoted like en_clause's, never "you're grateful to us for ditching …" (r27 gate fix).
STUNG = re.compile(
    r"^\W*(?:thanks|thank you|thank u|thx)\s+(?:(?:so|very) much\s+|a (?:lot|bunch)\s+|again\s+)?"
    r"for\b(?:(?!\bbut\b)[^,;:!?.])*(?:n't|n’t|\b(?:no|not|never|ditch\w*|dump\w*|bump\w*"
    r"|overcharg\w*|overbook\w*"
    r"|(?:double[- ])?charg\w*\s+(?:me|us|my|our)|los(?:e|ing)|strand\w*|ignor\w*"
    r"|cancel\w*|delay\w*|damag\w*|brok(?:e|en)|kick\w*\s+(?:me|us)|screw\w*|hung\s+up"
    r"|hanging\s+up|giving\s+(?:my|our)\s+\w+\s+away"
    # r31: "… for making everyone wait in the dark", "… for leaving our 3 year old in his own
    # row", "… for the unnecessary headache", "… for trying to take my money without notice"
    r"|making\s+(?:me|us|everyone|everybody|people|passengers|them)\s+(?:wait|check|pay|sit"
    r"|stand|miss|sleep|stay|run|spend|deplane)|leaving\s+(?:my|our|me|us|him|her|them)"
    r"|headaches?|unnecessary|downgrad\w*|blow\w*|blew|dirty|useless|incompeten\w*|surprised"
    r"|take\s+(?:my|our)\s+money|without\s+(?:notice|warning)|already\s+kn[eo]w\w*|so\s+bad"
    r"|later\s+than)\b)",
    re.IGNORECASE,
)
# "thank you for compensating us for our 4 lost bags": a harm made good is no sarcasm; the
# harm after the redress is what was mended, the thanks is for a thing done (r29).
REDRESS = re.compile(
    r"(?:compensat|refund|reimburs|replac|finding|locating|returning|delivering|fixing|resolving"
    r"|sorting|making up|making it right|waiving|crediting)\w*\b"
    r"(?![^,;:!?.]*(?:\b(?:not|never|also|again|still|only|but|that|which|finally)\b|n['’]t\b))",
    re.IGNORECASE,
)
# "…. Oh wait you forgot.", "… jk": the tweet takes its thanks back.
_TAKEN_BACK = re.compile(r"^\W*(?:oh\s+)?wait\b|\b(?:jk|just kidding|not)\W*$", re.IGNORECASE)
# The thing thanked for ends where the sentence turns to something else ("… and I'm …").
_THING_END = re.compile(r"[,;:!?.]|-\s|\s(?:and|but|so)\s+(?:i|i'm|im|we|we're|my|our)\b", re.I)


def thing_done(piece: str) -> bool:
    """Whether a thanks names a thing the company did (two words beyond any thanks' words)."""
    match = _THANKED_FOR.match(piece)
    if match is None:
        return False
    harmed = _HARM.search(match.group("thing")) or STUNG.match(piece)
    if harmed and not REDRESS.match(match.group("thing")):
        return False
    thing = _THING_END.split(match.group("thing"), maxsplit=1)[0].lower()
    named = [w for w in _WORD.findall(thing) if w not in _ANY_THANKS]
    return len(named) >= 2 and len(_WORD.findall(thing)) <= 20


# "So thrilled to be sitting in the airport for the next 5 hours": joy at a wait is sarcasm,
# quoted like a thanks for a harm, never "you're thrilled to be sitting …" (r29).
_GLAD_TO_WAIT = re.compile(
    r"^\W*(?:(?:i'm|i’m|im|i am|we're|we’re|we are)\s+)?(?:so\s+|soo+\s+|just\s+|really\s+)?"
    r"(?:thrilled|happy|glad|excited|delighted|love|loving)"
    r"\s+(?:to\s+be\s+|being\s+)(?:sitting|stuck|waiting|stranded|on hold|on the tarmac)\b"
    r"[^.!?]*\b(?:hours?|hrs?|minutes?|mins?|all day|all night|overnight)\b",
    re.IGNORECASE,
)


def stung(piece: str) -> bool:
    """Whether a thanks or a joy is for a harm: sarcasm, quoted."""
    return bool(STUNG.match(piece) or _GLAD_TO_WAIT.match(piece))


def redressed(piece: str) -> bool:
    """Whether a thanks is for a harm made good ("thanks for refunding my cancelled flight")."""
    match = _THANKED_FOR.match(piece)
    return match is not None and bool(REDRESS.match(match.group("thing")))


def taken_back(texts: list[str]) -> bool:
    """Whether a tweet takes its thanks back ("Oh wait you forgot."): the thanks is sarcasm."""
    return any(_TAKEN_BACK.search(text) for text in texts)


def grateful(to: str, rest: str) -> str:
    """ "you're grateful to us for getting you …" for a doing thanked; else "grateful for …"."""
    doing = to == "for" and rest.split(" ", 1)[0].endswith("ing")
    return f"you're grateful to us for {rest}" if doing else f"you're grateful {to} {rest}"


# "I appreciate taking care of the matter": the company's doing, its "you" left unsaid; said
# with it ("you appreciate our taking care of …"), never as the customer's own doing.
_APPRECIATED_DOING = re.compile(
    r"\b((?:I|i|[Ww]e)\s+(?:really\s+|truly\s+|greatly\s+|so\s+)?appreciated?\s+)(?=(?:taking"
    r"|getting|following|helping|sorting|handling|looking|fixing|resolving|responding|replying"
    r"|reaching|checking|letting|keeping|making)\b)"
)


def with_doer(text: str) -> str:
    """ "I appreciate taking care of …" → "I appreciate your taking care of …"."""
    return _APPRECIATED_DOING.sub(r"\1your ", text)
