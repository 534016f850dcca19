"""Persian seams that seem to part what they do not: a gap, a smile, a verb before what was written.

The stored corpus turned line breaks into runs of spaces, and noise.clean reads each run as a
sentence end. After a word that opens what follows («اگرچه   زمانی نوشته شده …»، «از   فقر»)
the run is only a gap: parting there left «این کتاب اگرچه» said back as a clause of its own.
"""

from __future__ import annotations

import re

from dialogues.reflection.fa_words import is_known

# A conceding or giving-reason word, or a preposition: never the last word of a sentence.
_OPEN_END = re.compile(
    r"(?<!\S)(اگرچه|اگر چه|گرچه|هرچند|هر چند|چون|زیرا|چرا که|با اینکه|با این که|بااینکه"
    r"|از|به|با|در|برای)[ \t]{3,}(?=[\u0600-\u06ff])"
)


def open_ends(text: str) -> str:
    """``text`` with a run of spaces after «اگرچه»، «از» … read as one space."""
    return _OPEN_END.sub(r"\1 ", text)


# «… خوشتون خواهد آمد(:»: ":)" typed right to left, a smile; read as a bracket opened, it
# took the clause it was glued to out of the reflection.
_RTL_SMILE = re.compile(r"\s*\(-?[:;](?=\s|$|[.!،,])(?![^()]*\))")


def rtl_smile(text: str) -> str:
    """``text`` without a smile typed right to left, «(:» or «(;», that opens no bracket,
    nor one glued to a word left to right («رگا:))»)."""
    return glued_smile(_RTL_SMILE.sub("", text))


# «سلام رگا:)) مثل همیشه …»: a smile glued to a word; noise.py takes its brackets only, and
# the colon left read as a list's («رگا: مثل همیشه …»). A smile ends the clause it follows.
_GLUED_SMILE = re.compile(r"(?<=[\u0600-\u06ff])[:;]-?\)+(?=\s|$)\s*")


def glued_smile(text: str) -> str:
    """``text`` with a smile glued to a word («رگا:))») read as a comma, or gone at the end."""
    return _GLUED_SMILE.sub(lambda m: "، " if m.end() < len(text) else "", text)


# «در صورتی که توی منو نوشته شده بود دورچین خوراک ۲تا نون … هست»: what was written follows
# the verb that tells it was; cut there, the menu's promise was lost («… نوشته شده بود»).
_WRITTEN = frozenset("نوشته".split())


def what_was_written(tokens: list[str], index: int) -> bool:
    """Whether ``tokens[index]`` closes «نوشته بود» or «نوشته شده بود», before what was written."""
    before = tokens[max(0, index - 2) : index]
    return bool(before) and (before[-1] in _WRITTEN or before == ["نوشته", "شده"])


# «بزرگترین دشمن انسان جهل نیست …\n\nستفن هاوکینگ»، «…\n(آرتور شوپنهاور)»: a closing line of
# only a name or two the lexicon does not know is who wrote it or who signs: never «گفتید
# «ستفن هاوکینگ»» as a point of the customer's own.
_LAST_LINE = re.compile(r"\n[ \t\-–—_(«\"]*([^\n]{2,40}?)[ \t)»\".!]*$")


def unsigned(message: str) -> str:
    """``message`` without a closing line that is only a name («ستفن هاوکینگ»)."""
    last = _LAST_LINE.search(message.rstrip())
    if last is None or len(message[: last.start()].split()) < 4:
        return message
    words = last.group(1).split()
    named = 0 < len(words) <= 3 and all(
        re.fullmatch(r"[\u0621-\u064a\u067e-\u06cc\u200c]{2,}", w)
        and not is_known(w)
        and not re.search(r"(.)\1\1", w)
        for w in words
    )
    return message[: last.start()].rstrip() if named else message


# «میکر د»، «شاگر د»، «د ر»: a space typed inside a word after «ر» (which never joins), the «د»
# left alone; quoted as typed it read as a broken word. Joined only where the whole is a word
# and its head is none («سر د» stays: «سر» is a word).
_LONE_DAL = re.compile(r"(?<!\S)(\S+ر) د(?=[\s.,،!؟?]|$)")
_DAL_RE = re.compile(r"(?<!\S)د ر(?!\S)")


def dal_apart(message: str) -> str:
    """``message`` with a word typed apart before its last «د» whole again («میکر د» → «میکرد»)."""

    def joined(match: re.Match[str]) -> str:
        head = match.group(1)
        whole = head + "د"
        return whole if is_known(whole) and not is_known(head) else match.group(0)

    return _DAL_RE.sub("در", _LONE_DAL.sub(joined, message))


def verb_to_you(left: str) -> bool:
    """«دقت کنید|اگه»، «شک نکنید|برای»: a verb to «شما» typed onto the next word («د» never
    joins, so the eye reads two words where the lexicon saw one)."""
    return left.endswith("ید") and len(left) >= 4 and is_known(left)
