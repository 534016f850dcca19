"""A long English telling said back short: its point, not the message.

Past ``LONG`` words (handles and links not counted) a reply that keeps three or four
clauses reads as an echo of the tweet. A good listener says back at most two things, by
role: of the clauses chosen, the main problem and then what the customer asked for, or
the harm or feeling they named, or a second problem. Background (when, where, what they
were doing) goes first; a bare "please help" yields to a second problem. What is left
out is secondary, and is said to have been heard ("a few other things").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogues.reflection import en_seams, en_tidy
from dialogues.reflection.cues import ASKING
from dialogues.reflection.en_clause import VERDICT
from dialogues.reflection.en_meaning import impact
from dialogues.reflection.stopwords import STOPWORDS
from dialogues.reflection.units import Unit, content_count

LONG = 30  # words in the telling past which only its point is said back
KEEP = 2  # parts said back of a long telling
BUDGET = 25  # content words in the two parts together
_NOISE = re.compile(r"@\w+|https?://\S+|\blink\b|#\w+")


def applies(messages: Sequence[str]) -> bool:
    """Whether the telling is long enough to say back only its point."""
    return sum(len(_NOISE.sub(" ", m).split()) for m in messages) > LONG


def prune(chosen: list[Unit]) -> list[Unit]:
    """Of ``chosen``, the main problem and then the request, harm or feeling, or a problem."""
    chosen = _one_plea(chosen)
    groups = _groups(chosen)
    if len(groups) <= KEEP:
        return chosen
    weights = [max(_weight(chosen[i]) for i in group) for group in groups]
    sizes = [sum(content_count(chosen[i].text, "en") for i in group) for group in groups]

    def _fill(g: int) -> int:  # how much a part says, where no problem marks it out
        return sizes[g] if weights[g] <= 0 else 0

    asked = [all(_asks(chosen[i]) for i in group) for group in groups]
    told = [g for g in range(len(groups)) if not asked[g] and weights[g] > 0]
    # Of equal weight the earlier part; with no problem found, the fullest part.
    main = max(told or range(len(groups)), key=lambda g: (weights[g], _fill(g), -g))
    named = [any(_named_request(chosen[i]) for i in group) for group in groups]
    rest = sorted(  # what they asked for by name, else the weightiest of the rest
        (g for g in range(len(groups)) if g != main),
        key=lambda g: (-named[g], -weights[g], -asked[g], -_fill(g), g),
    )
    kept = [main] + [g for g in rest[:1] if sizes[main] + sizes[g] <= BUDGET]
    return [chosen[i] for g in sorted(kept) for i in groups[g]]


_HELP = re.compile(r"\bhelp\b", re.IGNORECASE)


def _one_plea(chosen: list[Unit]) -> list[Unit]:
    """A bare "please help" goes when another clause kept already asks for help ("you need
    our help because …"): help is asked for once, never twice in one reply."""
    bare = [u for u in chosen if _BARE_PLEA.match(u.text)]
    asked = [u for u in chosen if u not in bare and _HELP.search(u.text) and _asks(u)]
    return [u for u in chosen if u not in bare] if bare and asked else chosen


_GENERIC = frozenset("help fix thoughts advice assist assistance little solution please".split())


def _named_request(unit: Unit) -> bool:
    """A request that names what to do ("update your software"), not a bare "please help"."""
    named = [w for w in _content_words(unit.text) if w.lower() not in _GENERIC]
    return _asks(unit) and not _BARE_PLEA.match(unit.text) and len(named) >= 2


_TURN = re.compile(r"^(?:but|however|yet|still|though|although|so|and\s+still)\b", re.I)
_POINTS_BACK = re.compile(r"^(?:and\s+|but\s+)?(?:it|it's|its|this|that|they|these|those)\b", re.I)
_LEADS_ON = re.compile(
    r"^(?:and\s+)?(?:even\s+though|even\s+if|although|though|because|since|when|whenever|if"
    r"|while|unless|until|after|before)\b",
    re.IGNORECASE,
)
_TAIL = 6  # words: a piece of a sentence this short goes with the piece before it


def _groups(chosen: list[Unit]) -> list[list[int]]:
    """The chosen units in parts said together: a clause and the turn, short tail or
    clause pointing back that was written on after it ("… nothing | but BSOD …")."""
    out: list[list[int]] = []
    for i, unit in enumerate(chosen):
        if i and _goes_on(chosen[i - 1], unit):
            out[-1].append(i)
        else:
            out.append([i])
    return out


def _goes_on(last: Unit, unit: Unit) -> bool:
    """Whether ``unit`` cannot be said without ``last``, the clause written just before it."""
    if unit.position != last.position + 1:
        return False
    if _POINTS_BACK.match(unit.text) and len(last.text.split()) <= 3 * _TAIL:
        return True  # "I brought my laptop in … | They sent it to Chicago"
    if unit.sentence != last.sentence or not unit.glue:
        return False
    return bool(  # "even though it said …, | it …": the clause it leads on to
        _TURN.match(unit.text) or len(unit.text.split()) <= _TAIL or _LEADS_ON.match(last.text)
    )


def _weight(unit: Unit) -> float:
    """What a clause carries: its problem, a request (a bare plea less), harm or feeling."""
    problem = _problem(unit)
    weight = 2.0 * problem
    if _asks(unit):
        weight += 3.0 if _named_request(unit) else 0.0  # "please help" names nothing
    if impact(unit.text) or _FEELING.search(unit.text) or _OUTCOME.search(unit.text):
        weight += 2.0
    if _verdict(unit.text):
        weight += 4.0  # "I will never fly with you again": the review's verdict
    elif problem == 0 and not _asks(unit) and en_tidy.role_weight(unit) < 0:
        weight -= 2.0  # background: when, where, what they were doing
    return weight


def _verdict(text: str) -> bool:
    """Whether a clause gives the verdict; "I just switched over to …" tells a scene."""
    found = VERDICT.search(text)
    return found is not None and not text[found.start() :].lower().startswith("switched")


def _problem(unit: Unit) -> int:
    """The problem words a clause holds (0–3), its request not counted."""
    told = en_tidy.role(unit) - (2 if _asks(unit) else 0)
    also = len(_ALSO_PROBLEM.findall(unit.text.replace("’", "'")))
    also += 2 if _OUTCOME.search(unit.text) or _INTRUDED.search(unit.text) else 0
    return min(max(told, 0) + also, 3)


# Someone else in the customer's account: "Someone has been using my account".
_INTRUDED = re.compile(
    r"\b(?:someone|somebody)\s+(?:has\s+been|is|was|keeps)\s+(?:using|logging|accessing)\b"
    r"|\bwithout\s+my\s+(?:permission|consent|knowledge)\b|\bunauthori[sz]ed\b",
    re.IGNORECASE,
)
# Problems the role lexicon does not name: "streamed 9 times on its own", "still shows",
# "the centre is closed", "cant write".
_ALSO_PROBLEM = re.compile(
    r"\b(?:on\s+(?:its|their)\s+own|by\s+itself|still|closed|cant|can't|can’t|won't|wont"
    r"|doesn't|doesnt|isn't|isnt|keeps?|kept|garbage|junk|spam|can\s+only|what's\s+wrong|every\s*time)\b"
    r"|^(?:but|however|yet)\b",
    re.IGNORECASE,
)


# A request: an opening imperative ("Update your software"), "I need to …", a suggestion
# ("you should …"), and en_tidy's "please", "help me", "refund", "DM me", "wondering if …".
_REQUEST = re.compile(
    r"^(?:update|fix|refund|cancel|restore|unlock|reset|return|remove|stop|bring|give|send|let)\s"
    r"|\b(?:need|want|would\s+like)\s+to\b|^(?:you|u)\s+(?:should|need\s+to|must)\b"
    r"|\bit\s+would\s+be\s+(?:great|nice|good|helpful)\b"
    r"|\b(?:please|pls|plz|help\s+(?:me|us)|(?:can|could|will)\s+(?:you|u|someone)\s+help"
    r"|need\s+(?:your\s+|some\s+)?help|refund|fix|bring\s+\w+\s+back|give\s+\w+\s+back|restore)\b"
    r"|\bwondering\s+(?:if|whether|how|why)\b"
    r"|\b(?:dm|message|email|call|contact)\s+me\b|\bbegging\b",
    re.IGNORECASE,
)
# "Please help", "HELP!", "What should I do?", "Any help?": asked, but nothing named.
_BARE_PLEA = re.compile(
    r"^(?:(?:please|pls|plz|kindly)\s+)*(?:help(?:\s+(?:me|us|please|pls|plz))*"
    r"|what\s+(?:should|can|do)\s+i\s+do(?:\s+now)?|what\s+to\s+do(?:\s+now)?|any\s+help"
    r"|can\s+(?:you|u|someone)\s+help(?:\s+me)?)[\s!?.]*$",
    re.IGNORECASE,
)
# The harm ("the sniffles can kill some of us") or the outcome ("it just started working
# again"): what the telling comes to, never "a few other things".
_OUTCOME = re.compile(
    r"\b(?:kill|kills|die|dies|dying|dangerous|unsafe|started\s+working\s+again"
    r"|works?\s+(?:fine\s+)?now|fixed\s+itself)\b",
    re.IGNORECASE,
)
_FEELING = re.compile(
    r"\b(?:frustrat\w*|annoy\w*|disappoint\w*|upset|angry|furious|sad|worried|anxious|scared"
    r"|stressed|devastat\w*|fed up|sick of|hate|ridiculous|unacceptable|pathetic|nonsense"
    r"|(?:don't|dont|do not)\s+know\s+what\s+to\s+do|no\s+idea)\b",
    re.IGNORECASE,
)


def _content_words(text: str) -> list[str]:
    """The words of ``text`` that are not stopwords."""
    return [w for w in re.findall(r"[A-Za-z']+", text) if w.lower() not in STOPWORDS["en"]]


def _asks(unit: Unit) -> bool:
    """A request or a question to us: what the customer wants done."""
    asked = unit.question or bool(ASKING["en"].match(unit.text))
    if _NOT_ASKED.search(unit.text):
        return False  # "please don't take this wrong": a softener, nothing asked
    return bool(_REQUEST.search(unit.text)) or (asked and en_seams.asks(unit.text))


_NOT_ASKED = re.compile(r"\bplease\s+(?:don't|dont|do not)\s+take\b", re.IGNORECASE)


# "Hello dear youtube officers, my channel …", "Hello Tim Youtube I have …": a greeting and
# the name it calls the company by, never said back as if it named the customer.
_CALLED = re.compile(
    r"^(?P<handles>(?:@\w+\s+)*)(?:hello|hi|hey|dear|good\s+(?:morning|afternoon|evening))"
    r"[\s,!]+(?:dear\s+)?(?:[A-Za-z.]+\s+){0,2}?(?:team|officers?|support|staff|admins?|youtube"
    r"|google|apple|microsoft|ebay|adobe|spotify|dropbox|rockstar)(?:[,!.:]+\s*|\s+(?=(?:i|my|we|our"
    r"|i'm|i’m|im)\b))",
    re.IGNORECASE,
)


def uncalled(message: str) -> str:
    """``message`` without the greeting that calls the company by a name ("Hello Tim Youtube")."""
    return _CALLED.sub(lambda m: m.group("handles"), message, count=1)
