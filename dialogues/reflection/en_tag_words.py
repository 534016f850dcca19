"""A hashtag kept inside an English sentence said as the words it glues together.

Why: a tag the customer wrote as part of the sentence ("as a #DisabledTraveler thanks for …",
"waiting for a flight to #SanFrancisco") loses its "#" and stays a word of the reflection,
but glued ("as a DisabledTraveler", "to SanFrancisco"): a glued word a careful reader marks
down. Its capitals show where its words start, so it is said as "Disabled Traveler",
"San Francisco", in the customer's own capitals (a tag is often a name: "#NewOrleans",
"#BlackHistoryMonth", which lower-cased would read wrong).

Narrow on purpose:
- only capitals that start words: two to four parts, each a capital and small letters
  ("#iPhone", "#LFW15", "#B737", "#ORD" are left as written);
- only a tag the sentence goes on around ("flight to #SanFrancisco", "the #WinterWeather !"):
  a tag opening the tweet or a sentence ("#FlyingItForward I'd fly …", "Thanks! #BringYourOwn")
  is a label other rules read whole, and split it read as words of the sentence ("you're
  flying It Forward");
- never a name after a role ("attendant #YeseniaHernandez"): split, it is a full name, which
  a reflection never reads back (the whole clause would go);
- a brand that is one word in English writing ("#YouTube", "#PlayStation", "#PayPal",
  "#JetBlue", "#McDonalds") stays whole: the whole tag, lower-cased, is a common word.
"""

from __future__ import annotations

import re

from dialogues.reflection.en_seams import KNOWN

_CAMEL = re.compile(r"(?:[A-Z][a-z]+){2,4}")
_PART = re.compile(r"[A-Z][a-z]+")
# The text before the tag ends on a word of the sentence (or its comma), not a stop or nothing.
_INSIDE = re.compile(r"[\w,'’)/]\s*$")
_ROLE = re.compile(
    r"\b(?:agent|attendant|rep|supervisor|captain|pilot|steward(?:ess)?|crew|staff"
    r"|(?:thanks|kudos|shout ?out) to)\s*$",
    re.IGNORECASE,
)


def spoken_in(tag: str, before: str) -> str:
    """``spoken`` for a tag inside a sentence, after ``before``; else the tag as written."""
    if not _INSIDE.search(before) or _ROLE.search(before):
        return tag
    return spoken(tag)


def spoken(tag: str) -> str:
    """The tag's words ("DisabledTraveler" → "Disabled Traveler"), or the tag as written."""
    if not _CAMEL.fullmatch(tag) or tag.lower() in KNOWN:
        return tag
    return " ".join(_PART.findall(tag))
