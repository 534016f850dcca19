"""Long English quotes said back short: only the clauses that carry the problem.

A clause that cannot be shifted is quoted, and a long one quoted whole reads as a parrot
("you said “i'm begging for ur help YT says i've been terminated … strikes”"). Past
``LONG`` words, a quote keeps one contiguous verbatim span: the clause with the most
problem words and its neighbours, up to ``SPAN`` words. Cuts fall only at clause
boundaries (a comma, or before "but/because/so" or an "and" that opens a new subject),
never inside a phrase, and each cut is marked "…" inside the quote, so what is said back
is still exactly the customer's words.
"""

from __future__ import annotations

import re

from dialogues.reflection.cues import CUE
from dialogues.text import fold, words

LONG = 20  # words in one quote; past this only its core span is said back
SPAN = 20  # words kept at most in the span, when it grows past its problem clause
MOST = 25  # a problem clause longer than this is no short reply: the quote stays whole
_BOUNDARY = re.compile(
    r",\s+|\s+(?=(?:but|because(?!\s+of\b)|cause|so(?!\s+(?:that|far|much|many)\b)|though|although"
    r"|which|whereas)\s)"
    r"|\s+(?=and\s+(?:i|i'm|im|it|it's|its|they|he|she|we|now|then|what|nothing|everything"
    r"|still|yet|when|this|that|there)\b)",
    re.IGNORECASE,
)
# Words quoted inside the quote (an error's text, a title): never cut into.
_INNER_QUOTE = re.compile(r"[“”‘\"]|(?<![A-Za-z])'|'(?![A-Za-z])")
_OPENS_WITH = re.compile(r"^(?:and|but|because|cause|so|though|although|which|whereas)\s+", re.I)


_SHORT_LEAD = 12  # words: a lead this short is kept rather than lose what "them" stands for
_REFERS_BACK = re.compile(r"^(?:\S+\s+){0,5}?(?:them|those|these)\b", re.IGNORECASE)


def part(text: str) -> str:
    """``text`` when short; else its problem span, verbatim, with "…" where it was cut."""
    if len(text.split()) <= LONG:
        return text
    spans = _clauses(text)
    if len(spans) < 2 or _INNER_QUOTE.search(text):
        return text  # no clean boundary: a cut would fall mid-phrase, so the whole stays
    sizes = [len(text[s:e].split()) for s, e in spans]
    marks = [_problem(text[s:e]) for s, e in spans]
    # The clause that states the failure: by its problem words, then one naming its own
    # subject ("its not working" refers back), then the later, past background.
    best = max(range(len(spans)), key=lambda i: (marks[i], _own(text, spans[i]), i))
    first = last = best
    total = sizes[best]
    while True:  # grow towards the following clause first: a problem's effect comes after
        grown = False
        for nxt in (last + 1, first - 1):
            if 0 <= nxt < len(spans) and total + sizes[nxt] <= SPAN:
                first, last = min(first, nxt), max(last, nxt)
                total += sizes[nxt]
                grown = True
                break
        if not grown:
            break
    while first > 0 and _needs_before(text[spans[first][0] : spans[last][1]]):
        total += sizes[first - 1]  # "… that didn't work", "… I'm very serious about": its
        first -= 1  # referent is in the clause before, so that clause is said too
    if (first == 0 and last == len(spans) - 1) or marks[best] == 0 or total > MOST:
        return text  # nothing to leave out, or no problem word to keep the span by
    left = [text[s:e] for i, (s, e) in enumerate(spans) if not first <= i <= last]
    if any(_STRONG & {fold(w) for w in words(piece)} for piece in left):
        return text  # "… and I get banned": a problem left out would be a worse reply
    kept = text[spans[first][0] : spans[last][1]].strip(" ,")
    if kept.count("(") != kept.count(")"):
        return text  # a cut inside brackets would leave one open
    if first > 0:
        kept = _OPENS_WITH.sub("", kept)
        if kept.split(" ", 1)[0].lower() not in _SUBJECTS:
            return text  # "… still haven't received", "… do us a solid": its subject was cut
        if _REFERS_BACK.match(kept) and len(text[: spans[first][0]].split()) <= _SHORT_LEAD:
            return text  # "… I need to move them": what "them" stands for, cut in a short lead
        kept = "… " + kept  # the cut-off "and/but" goes with the cut
    return kept if last == len(spans) - 1 else kept.rstrip(" ,.;:") + " …"


def run_on(text: str) -> bool:
    """Whether ``text`` is a long run-on (no comma or stop inside) that ``part`` would cut."""
    if len(text.split()) <= LONG or re.search(r"[,;:.!?]\s", text) or not _GLUED.search(text):
        return False
    return part(text) != text


# "… the phone number linked to it I tryed everything": a new "I" with no word to join it.
_GLUED = re.compile(
    r"\b(?!(?:and|but|so|because|cause|coz|that|when|if|as|since|until|before|after|while|or"
    r"|what|where|how|why|which|who|then|though|than|do|did|can|could|will|would|am|was|should"
    r"|have|had|is|are|said|says|say|think|thought|know|knew|guess|hope|wish|feel|felt|saw|see"
    r"|sure|afraid|tell|told)\b)[a-z']+\s+I\s+(?:[a-z']+)",
    re.IGNORECASE,
)


def _clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) of each clause of ``text``, cut only at its boundaries."""
    out: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if len(text[start : match.start()].split()) >= 3:  # "sure, I…": no two-word pieces
            out.append((start, match.start()))
            start = match.end()
    if out and len(text[start:].split()) < 3:
        out[-1] = (out[-1][0], len(text))  # a short tail rides with the clause before it
    else:
        out.append((start, len(text)))
    return out


def _problem(clause: str) -> int:
    """How many problem words (not, error, refund, banned, …) the clause holds."""
    said = [fold(w) for w in words(clause)]
    found = sum(1 for w in said if w in _MARKS or w.endswith("n't"))
    # "but i cant send them": the turn to the failure; "but i can listen on the web" names
    # none, so it is what works and never outweighs the clause that fails
    turned = found and _OPENS_WITH.match(clause) and said[:1] != ["and"]
    return found + (1 if turned else 0)


# A span opening on a word that points back, or closing on a stranded preposition.
_POINTS_BACK = re.compile(
    r"^(?:(?:and|but|because|cause|so|though|although|which|whereas)\s+)?"
    r"(?:that|this|it|its|it's|it’s|he|she|they|which)\b|\b(?:about|with|for|of|on|at|to|in)\s*$",
    re.IGNORECASE,
)


def _needs_before(span: str) -> bool:
    """Whether a span cut from its start leaves its referent behind."""
    return bool(_POINTS_BACK.search(span.strip(" ,.;:")))


def _own(text: str, span: tuple[int, int]) -> bool:
    """Whether a clause names its own subject ("its not working" does not)."""
    return not _POINTS_BACK.match(text[span[0] : span[1]].strip(" ,.;:"))


_NEGATED = frozenset(
    "cant dont wont didnt isnt doesnt havent hasnt wasnt arent werent couldnt wouldnt aint".split()
)
_STRONG = frozenset("banned hacked stolen charged overcharged scam terminated suspended".split())
_SUBJECTS = frozenset(
    """i i'm im i've ive i'd my it it's its they they're he she we we're you you're your the this
    that there there's someone nobody nothing everything""".split()
)
_PROBLEM = frozenset(
    """broke nothing unable bug banned hacked locked kicked stolen charged overcharged scam fake
    disabled deleted removed unavailable terminated suspended gone keeps kept still""".split()
)
_MARKS = CUE["en"] | _PROBLEM | _NEGATED
