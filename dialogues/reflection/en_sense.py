"""English, round 12: a support tweet's sentences set apart by what they do, before cutting.

Each rule is tested in tests/dialogues/test_reflection_en_r12.py:

- A thanks is courtesy, the telling beside it is not: "Thanks I am so happy …", "Thank you for
  checking in @Acme the speaker won't pair" and "…, thanks for the help" are a thanks and a
  telling, so the telling is never dropped with the thanks, nor the thanks said back
  (``message``); "Appreciate X, but Y" is both sides of a mixed message, never a bare thanks
  (``turned``).
- A labelled case number ("SR #25674643", "case no. 0123456") is personal data: the number
  goes with its label, the complaint around it stays (``message``).
- "Took a while, but …" has "it" for subject, never the customer ("you took a while").
- "and this my friends is why …": the readers called on are no part of the telling.
- "But, It still …": the comma after a leading "but" and the capital after it are slips, so
  the seam reads "but it still …", never "and but, it …".
- "What about the billing page." before a question asks, never "so what about …".
- "And now when I plug it in. The screen goes black.": a "when" clause cut from its main
  clause by a full stop is one sentence, never "when you plug it in, and the screen …".
"""

from __future__ import annotations

import re

from dialogues.reflection.en_meaning import impact
from dialogues.reflection.en_thanked import thing_done
from dialogues.reflection.units import Unit

_THANKS = r"(?:thanks|thank you|thank u|thx|ty)"
# "…lost my key in the process, thanks for the help": the thanks is a sentence of its own.
_TRAILING_THANKS = re.compile(
    rf"(?<=\w)\s*(?:,|\s&(?:amp;)?)\s+(?={_THANKS}(?:\s+(?:u|you|so much|a lot|again))?"
    r"(?:\s+for\s+[^.!?\n]{1,30})?"
    r"[\s.!]*$)",
    re.IGNORECASE,
)
_PLEA_END = re.compile(r"\b(?:please|pls|plz|help|asap)\s*$", re.IGNORECASE)
# "Thanks I am incredibly happy …": the thanks, then the telling in a sentence of its own.
_THANKS_THEN_I = re.compile(
    rf"\b({_THANKS}(?:\s+(?:so much|a lot|again))?)[,!]?\s+"
    r"(?=(?:I|I'm|I’m|I've|I’ve|we|we're|we’re|my|our)\s)",
    re.IGNORECASE,
)
# "Thank you for checking in @Acme the speaker won't pair": the handle closes the thanks.
_THANKED_HANDLE = re.compile(
    rf"\b({_THANKS}\s+for\s+(?:[\w'’]+\s+){{1,5}}?@\w+)\s+(?=[a-z])", re.IGNORECASE
)
# "SR #256746438028", "case no. 01234567", "ticket number 1234567": a reference, not a telling.
_REFERENCE = re.compile(
    r"\s*\b(?:SR|case|ticket|ref|reference|incident|request)\s*(?:no\.?|number|#|:)?\s*#?"
    r"\s*[A-Z]{0,3}\d[\d-]{5,}\b",
    re.IGNORECASE,
)
# "goes on & on" is "goes on and on" in our words; "Banks & Credit Card Companies" is a name.
# ".@Acme handled …": a public mention, the company its subject, never the customer's deed.
_MENTIONED = re.compile(r"^\s*\.@(\w+)\s+(?=[a-z]+ed\b|(?:has|is|was|just|really)\b)")
_AFTER_ASIDE = re.compile(r"(?<=[a-z]\))\s+(?=(?:As|But|And|So|Also)\s)")
_GLUED_COMMA = re.compile(r"(?<=[a-z]{3}),(?=(?:I|I'm|I’m|it|we|my|the|do|does|but|and)\b)")
# "12 seats &amp;feel", "the first stop, &amp; give me": spaced or after a comma on one side only.
_AMPERSAND = re.compile(r"(\w+)(,?)(\s*)&(?:amp;)?(\s*)(?=(\w))")
_TOOK_A_WHILE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\bbut\s))(?:Took|took)\s+"
    r"(?=(?:a\s+(?:while|bit|minute|few)|forever"
    r"|ages|too\s+long|so\s+long|some\s+time|a\s+long\s+time)\b)"
)
_READERS = re.compile(
    r"\b(this|that|and|so)\s*,?\s+(?:my friends|folks|friends|ladies and gentlemen|y'all|kids)"
    r"\s*,?\s+(?=(?:is|are|was|were)\b)",
    re.IGNORECASE,
)
_BUT_COMMA = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))([Bb]ut),\s+(It|The|This|That)\b")
_WHAT_ABOUT = re.compile(
    r"(^|[.!?\n]\s*|@\w+\s+)((?:What|How)\s+about\s+[^.!?\n,]{2,60})\.(?=\s+\S)"
)
_WHEN_CUT = re.compile(
    r"(^|[.!?\n]\s*|@\w+\s+)((?:And\s+)?(?:now\s+)?(?:[Ww]hen|[Ww]henever|[Ee]very ?time)\s+"
    r"(?:I|my)\s[^.!?,\n]{3,120})\.\s+(The|My|It|This|That|this|it)\s"
)
# "Appreciate the calls, but the message is tedious": a thanks that turns to a complaint.
_TURN = re.compile(r"(?:,|\s)\s*but\s+(?:[\w'’&]+\s+){2,}", re.IGNORECASE)


def message(text: str) -> str:
    """The message with its thanks set apart from the telling and its case numbers gone."""
    text = _MENTIONED.sub(r"\1 ", text)  # ".@Acme handled it like pros": Acme did
    text = _TRAILING_THANKS.sub(_thanks_apart, text)
    text = _THANKED_HANDLE.sub(r"\1. ", _THANKS_THEN_I.sub(r"\1. ", text))
    text = _AMPERSAND.sub(_and, _REFERENCE.sub("", text))  # "goes on & on": our "and"
    text = _GLUED_COMMA.sub(", ", text)  # "working great before,I'm using": a space lost
    text = _AFTER_ASIDE.sub(". ", text)  # "(… either) As I said …": a new sentence
    text = _TOOK_A_WHILE.sub(_it_took, text)
    text = _READERS.sub(r"\1 ", text)
    text = _BUT_COMMA.sub(lambda m: f"{m[1]} {m[2].lower()}", text)
    text = _WHAT_ABOUT.sub(r"\1\2?", text)
    return _WHEN_CUT.sub(_joined, text)


def _it_took(match: re.Match[str]) -> str:
    """ "Took forever" opens a sentence as "It took"; after "but" (r31) as "it took"."""
    return "it took " if match.string[: match.start()].endswith(("but ", "But ")) else "It took "


def _thanks_apart(match: re.Match[str]) -> str:
    """ "…, thanks for the help" after a telling of four words or a plea: a sentence apart."""
    before = re.split(r"[.!?\n]", match.string[: match.start()])[-1]
    plea = bool(_PLEA_END.search(before))  # "help plz & thx u": the plea, then the thanks
    return ". " if len(before.split()) >= 4 or plea else match.group(0)


def _and(match: re.Match[str]) -> str:
    """ "&" between words is "and", unless it joins two capitalised words of a name."""
    if match[1][:1].isupper() and match[5].isupper():
        return match.group(0)
    if not (match[2] or match[3] or match[4]):  # "AT&T", "s&m": glued both sides, a name
        return match.group(0)
    if match[2] and match.string.startswith("then", match.end()):
        return match.group(0)  # ", and then" would cut the telling there: the "&" stays
    return f"{match[1]}{match[2]} and "


def _joined(match: re.Match[str]) -> str:
    """The "when" clause and its main clause, one sentence: "…, the screen goes black"."""
    return f"{match[1]}{match[2]}, {match[3].lower()} "


def courteous(piece: str, language: str, courtesy: re.Pattern[str]) -> bool:
    """Whether a piece is a thanks; en: one that turns to a complaint is a telling."""
    thanks = bool(courtesy.search(piece.strip(" .!,،")))
    return thanks and not (language == "en" and (turned(piece) or thing_done(piece)))


def turned(piece: str) -> bool:
    """Whether a thanks turns to a complaint ("Appreciate X, but Y …"): both sides are said."""
    return bool(_TURN.search(piece))


_SHORT_QUOTE = 4  # words: a fragment this short is never a quote of its own in a chain
_SHORT_PAIR = 14  # words: two short sentences in a row are one quote


def one_quote(said: str, piece: str, before: Unit, unit: Unit) -> bool:
    """Whether a quote goes on the one before as one ("“Too many faults. Still onboard”"):
    the two were written one after the other, one is a short fragment, neither asks."""
    if unit.position != before.position + 1 or before.question or unit.question:
        return False
    if not said.endswith("”") or not piece.endswith("”"):
        return False
    last = said[said.rfind("“") + 1 : -1]
    if "?" in last or "?" in piece or said[: said.rfind("“")].endswith("asking "):
        return False
    if len(piece) < 2 or (unit.sentence == before.sentence and not unit.glue.strip(" ")):
        return False  # one sentence cut where no comma was: never a stop put between
    if unit.sentence != before.sentence and not piece[1].isupper():
        return False  # "… a challenging week' no shit": no sentence of its own to start
    sizes = len(last.split()), len(piece.split())
    return min(sizes) <= _SHORT_QUOTE or sum(sizes) <= _SHORT_PAIR


def seam(before: Unit, unit: Unit) -> str:
    """What goes between two quotes made one: the comma they were written with, or a stop."""
    return unit.glue if unit.sentence == before.sentence else ". "


_WITH_HARM = 52  # words: a telling of two or three clauses this long is said whole for its harm
_SHORT_HARM = 8  # words: a harm this short joins a longer telling's chosen clauses
_HARM = re.compile(r"\b(?:kill|kills|killed|die|dies|dying|dangerous|unsafe)\b", re.IGNORECASE)


def with_harm(units: list[Unit], chosen: list[Unit], total: int) -> list[Unit]:
    """All of a telling of at most three clauses when the one left out tells the harm done
    ("… makes it very hard to remain a customer"): the impact is never "a few other things"."""
    if len(chosen) == len(units):
        return chosen
    left = [u for u in units if u not in chosen and (impact(u.text) or _HARM.search(u.text))]
    if len(units) <= 3 and total <= _WITH_HARM:
        return units if left else chosen
    size = sum(len(u.text.split()) for u in chosen)
    short = [u for u in left if len(u.text.split()) <= _SHORT_HARM and not u.question]
    if not short or size + len(short[0].text.split()) > _WITH_HARM:
        return chosen  # "The sniffles can kill some of us": a short harm joins while room allows
    return sorted([*chosen, short[0]], key=lambda u: u.position)


# "It's not what happens to us that matters", "when our roads are all run by AIs", "the
# sniffles can kill some of us": "we" for people at large, never the customer's party.
_EVERYONE = re.compile(
    r"\b(?:us|our|we)\b.*\b(?:matters?|all\s+run|one\s+day)\b|\bmatters?\b.*\b(?:us|our)\b"
    r"|\b(?:some|all|most|many|each|none)\s+of\s+us\b"
    r"|\bour\s+(?:transportation|society|world|planet|future|kids|children|country)\b",
    re.IGNORECASE,
)
_SPEAKER = re.compile(r"\b(?:I|me|my|I'm|I’m|I've|I’ve)\b")


def everyone(clause: str) -> bool:
    """Whether a clause's "we/us/our" is people at large: quoted, never shifted to "you"."""
    return bool(_EVERYONE.search(clause)) and not _SPEAKER.search(clause)


# "you upgraded to Pro and planning to move it": the second verb lost its "you're".
_AND_DOING = re.compile(
    r"^(you\s+(?!are\b|were\b|'re\b)[^,]*?\s)and\s+(?=(?:planning|hoping|trying|thinking"
    r"|looking|waiting|going)\s+(?:to|for|on)\b)"
)


def subjected(said: str) -> str:
    """Our words with "you're" given to an -ing verb joined on without one."""
    return _AND_DOING.sub(r"\1and you're ", said)
