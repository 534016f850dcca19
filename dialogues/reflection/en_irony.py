"""English sarcasm marked by a closing word, read as the customer meant it (round 27).

- "My flight is delayed again. Great.": a lone word of praise after a harm is sarcasm; said
  back ("…, and it's great") it turns the complaint round, so it goes.
  So does one opening the tweet before a harm ("Great! My bag is lost.").
- "Great service as always... NOT!": the closing "not" takes the praise back; left out (a
  sentence of one word) it would say the praise as meant, so it stays with its sentence.
- "… is shocking. Seat 1a. Shocking": a closing word the tweet said already is said once.
"""

from __future__ import annotations

import re

# A harm told in the sentence before: what a lone "Great." after it can only mock.
_HARM = re.compile(
    r"(?<!never\s)(?<!not\s)(?<!n't\s)\b(?:cancel\w*|delay\w*|lost|lose|losing|stuck|stranded"
    r"|bumped|overbooked|ignor\w*|hung\s+up|on\s+hold|broke|broken|damaged|late|crash\w*|missed"
    r"|waiting|no\s+(?:one|answer|reply|response|show)|nobody)\b",
    re.IGNORECASE,
)
_PRAISE_ALONE = re.compile(
    r"(?<=[.!?])\s+(?i:(?:just|real|really|so|oh|how)\s+)?(?i:great|awesome|fantastic|wonderful"
    r"|brilliant|perfect|lovely|nice|super|excellent|terrific|fab|marvell?ous|splendid)"
    r"(?i:\s+(?:one|job|work))?\s*[.!]+(?=\s*$|\s+[A-Z#@]|\s+http)"
)
# "Great! My bag is lost.": the same word opening the tweet before a harm told next.
_PRAISE_FIRST = re.compile(
    r"^((?:\W*[@#]\w+)*\W*)(?i:(?:just|oh|well)\s+)?(?i:great|awesome|fantastic|wonderful|brilliant"
    r"|perfect|lovely|super|terrific|marvell?ous|splendid)\s*[.!]+\s+(?=[A-Z@#])(?P<next>[^.!?]*)"
)
_SENTENCE_END = re.compile(r"[.!?]\s")
# "… to have to wait 24 hours is shocking. Seat 1a. Shocking": a closing one-word verdict the
# tweet said already goes, never "…, and it's shocking" said twice.
_LAST_WORD = re.compile(
    r"(?<=[.!?])\s+(?i:(?:just|so|simply|absolutely|utterly)\s+)?([A-Za-z]+)\s*[.!]*"
    r"(?=\s*$|\s+[#@]|\s+http)"
)
# "… would fix the problem...NOT!", "Great service as always. NOT.": the praise taken back.
_TAKEN_BACK = re.compile(
    r"(?<=\w)\s*(?:\.{2,}|…|[.!])\s*(?i:(?:erm+|um+)\s+)?(NOT|[Nn]ot)\s*[.!]*"
    r"(?=\s*$|\s+[#@]|\s+http)"
)


def taken_back(clause: str) -> bool:
    """ "Great service as always, not": the customer's irony, quoted, never said as ours."""
    return _TAKEN_BACK_END.search(clause) is not None


_TAKEN_BACK_END = re.compile(r",\s+not\W*$", re.IGNORECASE)


def message(text: str) -> str:
    """The message with a mocking closing word left out and a taken-back praise kept whole."""
    text = _TAKEN_BACK.sub(r", \1", text)
    first = _PRAISE_FIRST.match(text)
    if first and _HARM.search(first.group("next")):
        text = first.group(1) + text[first.start("next") :]
    text = _PRAISE_ALONE.sub(_mocking, _PRAISE_ALONE.sub(_mocking, text))  # "Great. Really great."
    return _LAST_WORD.sub(_said_once, text)


def _mocking(match: re.Match[str]) -> str:
    """A lone praise goes when the sentence before it tells a harm; otherwise it stays."""
    before = match.string[: match.start()]
    starts = [m.end() for m in _SENTENCE_END.finditer(before[:-1])]
    sentence = before[starts[-1] if starts else 0 :]
    return "" if _HARM.search(sentence) else match.group(0)


def _said_once(match: re.Match[str]) -> str:
    """A closing one-word verdict goes when the tweet said the same word before it."""
    before = match.string[: match.start()]
    said = re.search(rf"\b{re.escape(match.group(1))}\b", before, re.IGNORECASE)
    return "" if said and len(match.group(1)) > 3 else match.group(0)
