"""English tweets mended before the telling is read (round 21)."""

from __future__ import annotations

import re
from dataclasses import replace

from dialogues.reflection.units import Unit

_FEELINGS = (
    r"(?:frustrated|annoyed|disappointed|upset|angry|confused|pissed(?: off)?|furious|livid"
    r"|gutted|devastated|heartbroken|bummed|fuming|irritated|disgusted|outraged)"
)
# The feeling, with its degree and a second feeling, then only stops, tags, links or handles.
_FELT_TAIL = re.compile(
    rf"(?<=[A-Za-z0-9])[ \t]+(?P<felt>(?:(?:so|very|really|extremely|super|totally|completely"
    rf"|beyond)[ \t]+)?{_FEELINGS}(?:[ \t]+(?:and|&amp;|&)[ \t]+{_FEELINGS})?"
    rf"(?:[ \t]+(?:right now|af|rn))?)(?=[ \t]*[.!]*[ \t]*(?:[#@]\w+[ \t]*|https?://\S+[ \t]*)*$)",
    re.IGNORECASE,
)
# Words after which the feeling already has its subject or verb ("I'm so annoyed", "makes me
# angry", "feel upset") or is part of a phrase ("the angry birds").
_FEELS_ALREADY = frozenset(
    """am m im i'm i’m is are was were be been being feel feeling feels felt get getting got
    gets me you him her us them so very really and or but not never still just too more most
    make makes made making look looks looked seem seems seemed become becoming became keep stay
    quite pretty extremely how as all super totally the a an i we they it its left leaves
    beyond completely kinda sorta slightly little bit remain remains sound sounds of by with
    an this that these those my your our their his who which leaving""".split()
)


def _felt(match: re.Match[str]) -> str:
    """ "… dumped Confused and annoyed" → "… dumped. I'm confused and annoyed"."""
    before = match.string[: match.start()].split()
    if not before or before[-1].lower().strip(",;:") in _FEELS_ALREADY:
        return match.group(0)
    if re.search(r"[,;:]$", before[-1]):
        return match.group(0)  # "…, so frustrated": a clause of the sentence, left as written
    felt = match.group("felt")
    return ". I'm " + felt[:1].lower() + felt[1:]


# "my i Phone", "i Cloud": the product's name typed apart, never "your you Phone".
_I_PRODUCT = re.compile(r"(?<![A-Za-z'’])i[ \t]+(Phone|Pad|Pod|Cloud|Tunes)\b")


# A sentence's opening: the tweet's start or a stop, then any handles and hashtags.
_OPENING = r"(?P<open>(?:^|[.!?\n])[ \t]*(?:[@#]\w+[ \t]+)*)"
_UNMARKED_ASK = re.compile(
    rf"{_OPENING}(?:(?i:yo|hey)[ \t,]+)?(?P<word>(?i:wheres|whats|hows|whos))\b"
)
_OUTCRY_ASK = re.compile(rf"{_OPENING}(?i:tf|wtf|wth)[ \t]+(?=(?i:is|are)\b)")


def _asked(match: re.Match[str]) -> str:
    """ "yo wheres" → "where's", "Whats" → "What's": the question word, as it is written."""
    word = match.group("word")
    if word.isupper():
        return match.group(0)  # "WHERES MY PC CASE": shouted, quoted as written
    return match.group("open") + word[:-1] + "'" + word[-1]


def _what(match: re.Match[str]) -> str:
    """ "Tf is" → "What is", "wtf is" → "what is": the outcry's question, without the oath."""
    opening = match.group(0)[len(match.group("open")) :]
    return match.group("open") + ("What " if opening[:1].isupper() else "what ")


_PLUS_OPENING = re.compile(
    r"^(?P<open>(?:@\w+[ \t]+)*)(?i:plus)[ \t]+(?=(?i:increase|add|fix|help|bring|make|let|give"
    r"|send|update|change|explain|allow|sort|stop|tell|check|remove|return|refund)\b)"
)


_ASKED_ABOUT = re.compile(
    r"\b(?P<ask>(?i:when|why|what|how|where)(?:[ \t]+the[ \t]+(?i:hell|heck))?)[ \t]+"
    r"(?P<verb>(?i:is|are|was|were|does|do|did|will|can|has|have|isn['’]t|doesn['’]t))[ \t]+"
    r"@\d+\b(?![’'])(?=[ \t]+[\w'’]+[ \t]+[\w'’])"  # "What are @1 doing…": too short to say
)
_AGREES = {"is": "are", "was": "were", "does": "do", "has": "have", "isn't": "aren't",
           "isn’t": "aren’t", "doesn't": "don't", "doesn’t": "don’t"}  # fmt: skip
_TAGGED = re.compile(r"(?<=['’]s)[ \t]+@\d+(?=[ \t]+[a-z])")


def _they_asked(match: re.Match[str]) -> str:
    """ "When is @115858 going …" → "When are they going …"."""
    verb = match.group("verb")
    agreed = _AGREES.get(verb.lower(), verb.lower())
    agreed = agreed.upper() if verb.isupper() and len(verb) > 1 else agreed
    return f"{match.group('ask')} {agreed} they"


_MUST_SAY = re.compile(
    r"(?:(?P<mid>(?<=[A-Za-z0-9])[ \t]+)|(?<![A-Za-z0-9 \t])|(?<=[.!?\n][ \t]))(?i:i)[ \t]+"
    r"(?i:must|have to|gotta|got to)[ \t]+(?i:say|admit)(?:[ \t]+(?i:that))?[ \t,]+(?=[A-Za-z])"
    r"(?!(?i:to|about|for|on|in|at|with|is|was|it|this|so|and|or|but)\b)"  # "all i gotta say to"
)


def _said_aside(match: re.Match[str]) -> str:
    """ "… kindle i must say delivery was …" → "… kindle. delivery was …"."""
    before = match.string[: match.start()].split()[-1:]
    if not match.group("mid"):
        return ""  # the opening of a sentence: the verdict opens it
    return " " if before[0][:1] in "@#" else ". "  # after a handle, the tweet's opening


_WISH = re.compile(
    r"[ \t]*\b(?i:happy)[ \t]+(?i:halloween|holidays|new year|thanksgiving|christmas|easter"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)\b[ \t]*[!.]*"
)


def _wished(match: re.Match[str]) -> str:
    """The wish goes; between two words of a run-on the line ends where it stood."""
    before, after = match.string[: match.start()], match.string[match.end() :]
    ends = not before.strip() or before.rstrip()[-1] in ".!?\n" or not after.strip()
    return (" " if after.strip() and before.strip() else "") if ends else ". "


_STRESS = re.compile(
    r"(?:^|[ \t]+)(?i:fucking|freaking|friggin|frigging|effing|fkn|fking|goddamn)"
    r"(?=[ \t]+(?!(?i:out|up|over|with|around|off|about|me|you|it|him|her|them)\b)[a-z])"
)
_STRESSED_AFTER = frozenset(
    "my your the this that every a an his her their our such so these those".split()
)


def _unstressed(match: re.Match[str]) -> str:
    """ "my fucking phone" → "my phone"; "Every fucking time" → "Every time"."""
    before = match.string[: match.start()].split()[-1:]
    stressed = before and (before[0].lower() in _STRESSED_AFTER or before[0].isdigit())
    return "" if stressed else match.group(0)  # opening a sentence: left as written


_OWNED = re.compile(r"(?<=[A-Za-z,][ \t])@\d+['’]s(?=[ \t]+[a-z])")


def message(text: str) -> str:
    """The tweet with the marks above mended; otherwise as written."""
    text = re.sub(r"^(?i:dearest)[ \t]+(?=@\w)", "", text)
    text = _STRESS.sub(_unstressed, _WISH.sub(_wished, text))
    text = _MUST_SAY.sub(_said_aside, text)
    text = _TAGGED.sub("", _ASKED_ABOUT.sub(_they_asked, text))
    text = _OWNED.sub("their", text)
    text = _PLUS_OPENING.sub(r"\g<open>please ", text)
    text = _I_PRODUCT.sub(r"i\1", text)
    return _FELT_TAIL.sub(_felt, _OUTCRY_ASK.sub(_what, _UNMARKED_ASK.sub(_asked, text)))


_SLUR = re.compile(
    r"\b(?:nigg(?:a|as|az|er|ers|uh)|faggots?|fags?|trann(?:y|ies)|spics?|chinks?|kikes?"
    r"|wetbacks?)\b",
    re.IGNORECASE,
)


def unslurred(units: list[Unit]) -> list[Unit]:
    """The clauses without any that holds a slur; if none is left, each with "…" for the word."""
    kept = [unit for unit in units if not _SLUR.search(unit.text)]
    if kept or not units:
        return kept
    # Every clause holds one: an empty reflection is worse than a gap where the word was.
    return [replace(unit, text=_SLUR.sub("…", unit.text)) for unit in units]
