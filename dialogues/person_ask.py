"""An explicit request to talk to a person, told from other mentions of one.

"Let me talk to a human", «ابي اكلم موظف», «منو به یک نفر از پشتیبانی وصل کنید» ask; "they told
me to speak to a manager", «پشتیبانی هم جواب نمیده» tell. An ask is acted on at once: the owner
is named in the same reply.
"""

from __future__ import annotations

from dialogues import cues
from dialogues.telling import find, tokens
from dialogues.text import fold

_REPORTED = {("me", "to"), ("us", "to"), ("told", "to"), ("said", "to")}
_TOLD_FA = {"گفتن", "گفتند", "گفت", "گفته", "گفتش"}
_CONNECT_FA = {"وصلم کنید", "وصلم کنین", "وصل کنید", "وصل کنین", "وصلم کن", "صحبت کنم", "حرف بزنم"}
_ONE = {"آدم", "ادم"}
# «ابي احد يكلمني», «ممكن حد يتصل بي»: Arabic's "someone" asks only between a want and a
# "to me" verb («ابي احد يركبها لي» wants it fitted; «وعدوني احد يتصل بي» reports a promise).
_SOMEONE_AR = {fold(w) for w in ("احد", "أحد", "حد", "حدا", "واحد")}
_WANT_AR = {fold(w) for w in (
    "ابي", "أبي", "ابغى", "أبغى", "ابغي", "بدي", "اريد", "أريد", "عايز", "عاوز", "ودي",
    "ممكن", "خلي",
)}  # fmt: skip
_TO_ME_AR = {fold(w) for w in ("يكلمني", "يكلمنا", "يتصل", "يتواصل", "يرد", "يساعدني", "يحكي")}


def asks_for_person(text: str, language: str) -> bool:
    """An explicit request to talk to a person ("let me talk to a human", «ابي اكلم موظف»)."""
    seq = tokens(text)
    if language == "ar" and _someone_asked(seq):
        return True
    people = [start for start, _ in find(seq, cues.PERSON.get(language, ()), language)]
    if not people:
        return False
    for table, reach in ((cues.ASK_PERSON, 3), (cues.WANT_PERSON, 2)):
        for start, end in find(seq, table.get(language, ()), language):
            if tuple(seq[max(0, start - 2) : start]) in _REPORTED:
                continue  # "they told me to speak to a manager" tells, it does not ask
            if any(end <= person < end + reach for person in people):
                return True
            # Persian puts the person before the verb: «منو به یک نفر از پشتیبانی وصل کنید»
            # (not after «گفتن»: «گفتن با کارشناس صحبت کنم» reports what they were told).
            # Only a "connect me / let me talk" verb, never «زنگ بزنه» ("the restaurant calls
            # one"), and never the generic «آدم» ("one"): «… به تلفن همراه آدم زنگ بزنه».
            before = [p for p in people if start - 5 <= p < start and seq[p] not in _ONE]
            told = set(seq[max(0, start - 7) : start]) & _TOLD_FA
            connect = " ".join(seq[start:end]) in _CONNECT_FA
            if language == "fa" and before and connect and not told:
                return True
    return False


def _someone_asked(seq: list[str]) -> bool:
    """«ابي احد يكلمني»: a want, "someone", then a verb that comes to the customer."""
    for at in range(1, len(seq) - 1):
        if seq[at] in _SOMEONE_AR and seq[at - 1] in _WANT_AR and seq[at + 1] in _TO_ME_AR:
            return True
    return False
