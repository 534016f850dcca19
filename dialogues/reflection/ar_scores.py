"""A score said back without what it rates (round 27): given its label, «تقييمك».

«… تقييمي لها 10/10 وسعرها …» cut at the score, «بالنسبة لي اعطيه | ٨ من ١٠ وأسعاره …», a
closing «٠من١٠» or «وقلت: «8 من 10»» left a bare number opening a piece of the reply: it
rates nothing a reader can see. Dropping it lost the customer's verdict (round 25's gate);
naming it as the customer's rating keeps it and says what it is.
"""

from __future__ import annotations

import re

_DIGITS = r"[0-9٠-٩]{1,3}(?:[.,٫][0-9٠-٩])?"
_SCORE = rf"{_DIGITS}\s*(?:من|/|على)\s*(?:10|١٠|5|٥|100|١٠٠|عشر[ةه]?)(?![0-9٠-٩])"
# A piece in the bot's voice that opens on a score, and what follows it.
_OPENING = re.compile(rf"^({_SCORE})(?:\s+(\S.*))?$", re.DOTALL)
# A quote that holds nothing but a score: «وقلت: «8 من 10»».
_QUOTED = re.compile(rf"^(و?)قلت: «({_SCORE})»$")
_YOURS = "تقييمك"
_LABEL_AFTER = re.compile(r"(?:ال)?تقييم")
_GOES_ON = re.compile(r"(?:و|على\s|في\s|من\s|لل|ل[اأإ]|بال|ب[اأإ]|عن\s|مع\s|لكل|لـ)")


def labelled(piece: str) -> str:
    """The piece with a bare opening score said as the customer's rating."""
    quoted = _QUOTED.match(piece)
    if quoted:
        return f"{quoted.group(1)}{_YOURS} {quoted.group(2)}"
    opening = _OPENING.match(piece)
    if opening is None:
        return piece
    score, rest = opening.group(1), opening.group(2)
    if rest and _LABEL_AFTER.match(rest):
        return piece  # «9/10 تقييمك لهم»: its label comes after it (never «تقييمك 9/10، تقييمك …»)
    if not rest:
        return f"{_YOURS} {score}"
    # «٨ من ١٠ وأسعاره …», «4/10 على اغلبية الاصناف» go on; «٢ من ١٠، الرز بارد» is a new clause
    joint = " " if _GOES_ON.match(rest) else "، "
    return f"{_YOURS} {score}{joint}{rest}"


# «تقييمي من عشرة   0/10»: the piece before already names the rating (r27 gate: labelling the
# score again said «تقييمك من عشرة، تقييمك 0/10»); the two are said as one, «… من عشرة 0/10».
# (never «الديكور 4.5 من 10», a score itself, nor a quote: «… يستحق التقييم»)
_NAMED = re.compile(
    r"(?:(?<!\S)(?:ال)?تقييم(?:ي|ك|ه|ها)?(?:\s+[^\s»]+){0,2}"
    r"|(?<![0-9٠-٩]\s)(?<![0-9٠-٩])من\s*(?:عشر[ةه]?|10|١٠))$"
)
_SPLIT = re.compile(rf"(?<=\S)(?<!»)، (?=(?:{_SCORE})(?:[\s،.]|$))")


def labelled_all(pieces: list[str]) -> list[str]:
    """Every piece labelled, save a score right after a piece that already names the rating."""
    return [
        piece if index and _NAMED.search(pieces[index - 1]) else labelled(piece)
        for index, piece in enumerate(pieces)
    ]


def joined(reply: str) -> str:
    """The reply with a score put back beside the rating the words before it name."""
    out, last = [], 0
    for match in _SPLIT.finditer(reply):
        if _NAMED.search(reply[: match.start()]):
            out.append(reply[last : match.start()] + " ")
            last = match.end()
    return "".join(out) + reply[last:]
