"""More of their praise or idea after we thanked it, when NLU gave it another name."""

from __future__ import annotations

import re

from dialogues import excess, statements, telling
from dialogues.turn import Turn

# Upset said in words: a telling with these is never thanked, whatever tone NLU heard.
HURT = re.compile(
    r"\b(?:upset|annoyed|angry|furious|frustrated|disappointed|gutted)\b"
    r"|ناراحت|عصبانی|کلافه|دلخور|اعصابم|زعلت|زعلان|زعلانة|انقهرت|مقهور|تضايقت|متضايق"
    r"|انزعجت|معصب|زهقت",
    re.IGNORECASE,
)
# NLU reads "the crew were so kind to my kid" as a complaint at 0.43, in a warm tone: below
# this a "complaint" with a warm tone after praise is more of the praise.
WEAK_COMPLAINT = 0.5
_OTHER = ("request_human", "question", "suggestion", "deny", "affirm", "done")
# "so I can read my orders at night": what the idea is for, opening the message. NLU calls it
# a complaint ("without the glare"); it is the idea's purpose, thanked with it, never apologised.
_PURPOSE_FIRST = re.compile(
    r"^\s*(?:(?:and|yes|yeah)[,\s]+)?(?:so\s+(?:that\s+)?(?:i|we)\b|to\s+be\s+able\s+to\b|in\s+order\s+to\b)"
    r"|^\s*(?:و\s*)?(?:آره|اره|بله)?[،,\s]*(?:تا|که)\s+(?:بتون|بتوان|بشه)"
    r"|^\s*(?:و\s*)?(?:نعم|ايوه|اي)?[،,\s]*(?:عشان|علشان|لكي|كي|حتى)\s+(?:[أا]قدر|نقدر|[أا]ستطيع|نستطيع|يقدر|اعرف|نعرف)",
    re.IGNORECASE,
)


def more_praise(kind: str | None, turn: Turn, language: str) -> bool:
    """Whether this turn, after praise we thanked, is more praise (thanked, not re-told)."""
    if kind != "praise":
        return False
    u = turn.understanding
    if u.intent == "praise":
        return True
    if u.sentiment != "positive" or u.intent in _OTHER:
        return False
    if u.intent == "complaint" and u.confidence >= WEAK_COMPLAINT:
        # «قوي و متين و يعمل جيدا» (NLU: complaint 0.54, warm): words of praise and nothing
        # that happened are more praise, however sure NLU is of its "complaint".
        read = telling.read(list(turn.messages), language)
        if not read.praise or read.event:
            return False
    return nothing_wrong(turn, language)


def more_of_it(kind: str | None, turn: Turn, language: str) -> bool:
    """More praise, or why they want their idea («عشان ما عندي بطاقة»): thanked, not re-told."""
    if kind == "idea" and statements.reason(turn.text, language) is not None:
        return True  # NLU calls «عشان ما عندي بطاقة» a complaint: it is the idea's reason
    if kind == "idea" and _PURPOSE_FIRST.match(turn.text):
        return True
    return more_praise(kind, turn, language)


def praise_nlu_misnamed(turn: Turn, praise_word: bool, language: str) -> bool:
    """A first telling NLU named a weak complaint, warm, with a word of praise and nothing wrong."""
    u = turn.understanding
    if not praise_word or u.sentiment != "positive" or u.confidence >= WEAK_COMPLAINT:
        return False
    return nothing_wrong(turn, language)


def nothing_wrong(turn: Turn, language: str) -> bool:
    """No upset, excess, question, contrast or irony told: nothing went wrong in it."""
    text, messages = turn.text, list(turn.messages)
    if HURT.search(text) or excess.too_much(text) or "?" in text or "؟" in text:
        return False  # "I was upset …", "way too hot", a question: heard as a telling
    return not (
        telling.complains_after_contrast(messages, language) or telling.ironic(messages, language)
    )
