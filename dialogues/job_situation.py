"""The job statement's situation as a native would write it: no correction head, no sarcasm.

Convo54: the owner's card read "When it's not just the bag, nobody at the desk would even
talk to me, I want …" and "Faced with “thanks for nothing, my refund …”, I want …". The
head of a correction ("no, it's not just the bag,", «نه، فقط چمدون نیست،», «لا، مش بس
الشنطة،») answers our reflection; it is no part of what happened. Sarcastic thanks ("thanks
for nothing,") are how they felt about it; quoted as the situation they read as ours. Both
are dropped when what follows still tells something; a sentence that is only sarcasm
("Thanks for ruining my vacation") is no situation at all, and a plainer sentence is used.
"""

from __future__ import annotations

import re

from dialogues import not_only
from dialogues.also import without_also
from dialogues.reflection import content_words
from dialogues.sarcastic_thanks import thanks_for_letdown

_NO = r"(?:(?:no|nope|nah|نه|نخیر|لا|لأ)\b[\s,.،!]*)?"
# "not just the bag,", "it's not only about my refund —": a named part, then a break.
_HEADS = {
    "en": re.compile(
        rf"^\s*{_NO}(?:and\s+)?(?:(?:it's|it\s+is|it\s+was|that's|this\s+is)\s+)?"
        r"not\s+(?:just|only)\s+(?:about\s+)?(?:(?:the|my|your|our|a)\s+)?[\w'-]+(?:\s+[\w'-]+)?"
        r"\s*[,;:—–]+\s*(?:(?:but|and)\s+)?(?:also\s+)?",
        re.IGNORECASE,
    ),
    "fa": re.compile(
        rf"^\s*{_NO}(?:مشکل\s+)?(?:فقط|تنها)\s+(?:\S+\s+){{0,2}}?(?:نیست|نبود|نیس)\s*[،,؛:—]+\s*"
        r"(?:بلکه\s+)?"
    ),
    "ar": re.compile(
        rf"^\s*{_NO}و?(?:مو|مش|مب|ليس|مهو|ماهو)\s+(?:بس|فقط)\s+(?:\S+\s+)?\S+\s*[،,؛:—]+\s*"
        r"(?:(?:بل|كمان|وكمان)\s+)?"
    ),
}
# "thanks for nothing," / "thanks a lot," / "great job," leading a telling (English only, as
# sarcastic_thanks is): what follows the break is what happened.
_SARCASTIC_HEAD = re.compile(
    r"^\s*(?:@\w+[\s,:]*)*(?:(?:thanks?(?:\s+you)?(?:\s+(?:so|very)\s+much|\s+a\s+lot)?(?:\s+for\s+nothing)?)"
    r"|(?:great|nice|good)\s+job|way\s+to\s+go)\s*[,;:—–.!]+\s*",
    re.IGNORECASE,
)
_EN_ALSO = re.compile(r"^(\w+(?:'\w+)?(?:\s+(?:is|are|was|were))?)\s+also\b", re.IGNORECASE)
_TOLD_ENOUGH = (
    2  # content words what is left needs to stand as the situation ("the bill was wrong")
)


def _enough(text: str, language: str) -> bool:
    return len(content_words(text, language)) >= _TOLD_ENOUGH


def plain(sentence: str, language: str) -> str:
    """``sentence`` without a correction head or a sarcastic opening; "" if only sarcasm."""
    said = sentence
    more = not_only.rest(said, language)  # "no, not just that — also the bill was wrong"
    if more and _enough(more, language):
        said = without_also(more)
    head = _HEADS[language].match(said) if language in _HEADS else None
    if head and _enough(said[head.end() :], language):
        # "it's not only late, it's also broken": the "also" only marked it as added
        said = without_also(_EN_ALSO.sub(r"\1", said[head.end() :], count=1))
    if language == "en" and thanks_for_letdown([said], language):
        sarcasm = _SARCASTIC_HEAD.match(said)
        if sarcasm and _enough(said[sarcasm.end() :], language):
            said = said[sarcasm.end() :]
        elif sarcasm or said.lower().lstrip().startswith(("thank", "great job", "way to go")):
            return ""  # "Thanks for ruining my vacation": no situation to say "When" to
    return said[:1].upper() + said[1:] if said != sentence and said[:1].islower() else said


# "thanks for the 2hr delay and …", "great job losing one of my six bags": what they thank for.
# Only a thing or a loss: "thanks for updating me about …" quoted as "updating me …" reads odd.
_THANKED = re.compile(
    r"^\s*(?:@\w+[\s,:]*)*(?:(?:thanks?(?:\s+you)?(?:\s+guys)?(?:\s+(?:so|very)\s+much|\s+a\s+lot)?\s+for)"
    r"|(?:great|nice|good)\s+job(?:\s+(?:today|again))?)\s+(?P<thing>(?:the|a|an|losing|ruining)\b.*)$",
    re.IGNORECASE,
)


def thanked_for(sentence: str, language: str) -> str:
    """What a sarcastic thanks thanks for ("the 2hr delay …"), to be quoted; "" if none."""
    if language != "en" or not thanks_for_letdown([sentence], language):
        return ""
    found = _THANKED.match(sentence)
    thing = found.group("thing").strip() if found else ""
    return thing if _enough(thing, language) else ""
