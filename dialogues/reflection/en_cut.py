"""English tweets cut at the old 140-character limit: the cut end is never said back as whole.

A long tweet that stops on a word that wants more ("… change to an earlier fl", "… You
Cancelled Flighted reservations for", "… Your crew ruined it and therefore should") was cut
by the platform, not finished by the customer. Said back, the piece reads broken ("we
Cancelled Flighted reservations for"). So the clause holding the cut end loses the cut part:
from its last link word ("and therefore should") when what is before it still says
something, else the part-word alone ("many award seats availab" → "many award seats"), else
the whole clause when other clauses remain; a clause that is the whole reflection is kept.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from pathlib import Path

from dialogues.reflection.clauses import MORE
from dialogues.reflection.en_clause import COMMON, is_past, is_verb
from dialogues.reflection.stopwords import STOPWORDS
from dialogues.reflection.units import Unit

_LIMIT = 130  # characters: a shorter tweet was ended by its writer
_KNOWN = frozenset(
    (Path(__file__).parent / "lexicon" / "en_known.txt").read_text(encoding="utf-8").split()
)
# The same words in order: the words starting with a piece sit together, from where the piece
# itself would go (one bisection, not a scan of every known word: ~10 ms when none does).
_KNOWN_SORTED = tuple(sorted(_KNOWN))
# A word no clause ends on: a determiner, a possessive, a link; "to" and "of" want their object.
_OPEN = frozenset("the a an my your our their its and but or because to of".split())
# "to" that ends a phrase whole: "looking forward to", "used to", "want to".
_TO_WHOLE = frozenset("forward up used want wanted wants need needs going got have has".split())
_AUX = frozenset("was were is are should would have has will can could".split())
_HANGING = _AUX | {"and", "but", "or", "because"}  # a clause never ends on these
# A subordinate clause opened just before the auxiliary: "because the flight was".
_OPENED = re.compile(
    r"\b(?:because|when|if|since|while|until|that|therefore)\b(?:\s+\S+){0,3}$", re.I
)
_LINK = re.compile(
    r"[\s,]+\b(?:and|but|or|because|until|when|while|then|that|so|therefore|since|if)\b", re.I
)
# Two- and three-letter starts of words that are no word or shorthand of their own ("an
# earlier fl", "is und"): a short piece is cut only when it is one of these, since most short
# endings are whole ("is", "to", "hr", "pls", "sfo").
_SHORT_PARTS = frozenset("fl fli und unf wou cou sho ple lug whe wh thr".split())
# Before a place or a state the short piece is a name: "fly to fl", "in terminal c".
_NAMING = frozenset("to in from at for of into terminal gate concourse group zone row".split())
# A lone letter after an article and one word is a word cut short: "a good c".
_ARTICLE_AND_WORD = re.compile(r"\b(?:a|an|the|my|our)\s+[a-z]+$", re.I)
# A noun phrase left open by the cut ("to an earlier fl"): it goes with the piece.
_OPEN_PHRASE = re.compile(
    r"(?:\s+(?:to|of|for|with|on|in))?\s+(?:the|a|an|my|your|our|their|its)(?:\s+[a-z]+)?$", re.I
)
# A word that leans on the clause the link opened: "… this way particularly when I was …".
_LEANING = re.compile(r"\s+(?:particularly|especially|even|just|only|mainly|mostly)$", re.I)
_LAST = re.compile(r"(?:^|\s)([A-Za-z][A-Za-z']*)$")
_TWO_LAST = re.compile(r"(?:^|\s)([A-Za-z'#@]+)\s+([A-Za-z][A-Za-z']*)$")


def cut_word(message: str) -> str | None:
    """The word a long tweet was cut on, or ``None`` when it ends whole."""
    message = message.strip()
    if len(message) < _LIMIT:
        return None
    match = _LAST.search(message)
    if match is None:
        return None
    word, lower = match.group(1), match.group(1).lower()
    before = message[: match.start()].rstrip()
    previous = _TWO_LAST.search(message)
    prior = previous.group(1).lower() if previous else ""
    if lower in _OPEN and word in (lower, lower.title()):
        if lower == "to" and (prior in _TO_WHOLE or prior.endswith("ing")):
            return None
        return word
    if lower == "for" and prior.endswith("s") and not is_verb(prior[:-1]) and prior != "its":
        return word  # "reservations for"; never "paid for", "asked for"
    if lower in _AUX and word == lower and _OPENED.search(before[-60:]):
        return None if re.search(r"\b(?:how|what|as|than)\b", before[-30:], re.I) else word
    return word if _piece(word, before) else None


def _piece(word: str, before: str) -> bool:
    """Whether the last word is a piece of a word: a long one known by its start, or a short one."""
    if _part_word(word):
        return True
    prior = before.rsplit(None, 1)[-1].lower() if before.split() else ""
    if not word.islower() or prior in _NAMING:
        return False
    if len(word) == 1:
        return word not in "aiurnybkxw" and _ARTICLE_AND_WORD.search(before) is not None
    return word in _SHORT_PARTS


def _part_word(word: str) -> bool:
    """A lower-case piece that is no word but starts one ("availab", "tomorro", "useles")."""
    if not word.islower() or len(word) < 4 or "'" in word:
        return False
    if word in _KNOWN or word in COMMON or word in STOPWORDS["en"] or is_verb(word):
        return False
    if is_past(word) or (word.endswith("s") and word[:-1] in _KNOWN):
        return False
    return _starts_a_known(word)


def _starts_a_known(piece: str) -> bool:
    """Whether some known word starts with ``piece``."""
    at = bisect_left(_KNOWN_SORTED, piece)
    return at < len(_KNOWN_SORTED) and _KNOWN_SORTED[at].startswith(piece)


def uncut(units: list[Unit], messages: list[str]) -> list[Unit]:
    """The units with the cut end of the telling's last tweet taken off (see the module)."""
    if not messages or not units:
        return units
    word = cut_word(messages[-1])
    if word is None:
        return units
    last = max(range(len(units)), key=lambda i: units[i].position)
    unit = units[last]
    match = _LAST.search(unit.text.rstrip(" .,;:!?…"))
    if unit.text == MORE or match is None or match.group(1) != word:
        return units
    text = _trimmed(unit.text.rstrip(" .,;:!?…"), word)
    if text is not None:
        return [*units[:last], Unit(text, *_rest(unit)), *units[last + 1 :]]
    if any(u.text != MORE for i, u in enumerate(units) if i != last):
        return [u for i, u in enumerate(units) if i != last]
    return units


def _rest(unit: Unit) -> tuple[int, bool, int, str]:
    return unit.position, unit.question, unit.sentence, unit.glue


def _trimmed(text: str, word: str) -> str | None:
    """The clause before its cut part, or ``None`` when nothing whole would be left."""
    links = list(_LINK.finditer(text))
    for link in reversed(links):  # "ruined it and therefore should": from "and", the first whole
        kept = _LEANING.sub("", text[: link.start()].rstrip(" ,;:-"))
        if len(kept.split()) >= 4 and kept.rsplit(None, 1)[-1].lower() not in _HANGING:
            return kept  # never "our answer to you was" (its "that …" cut off)
    if _piece(word, text[: -len(word)].rstrip()):
        head = _OPEN_PHRASE.sub("", text[: -len(word)].rstrip(" ,;:-"))
        lastword = head.rsplit(None, 1)[-1].lower() if head.split() else ""
        whole = lastword not in _OPEN | _AUX and not lastword.endswith("ing")
        if len(head.split()) >= 3 and whole and lastword not in STOPWORDS["en"]:
            return head
    return None
