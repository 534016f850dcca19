"""Persian seams that seem to part what they do not: a gap, a smile, a verb before what was written.

The stored corpus turned line breaks into runs of spaces, and noise.clean reads each run as a
sentence end. After a word that opens what follows («اگرچه   زمانی نوشته شده …»، «از   فقر»)
the run is only a gap: parting there left «این کتاب اگرچه» said back as a clause of its own.
"""

from __future__ import annotations

import re

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
    """``text`` without a smile typed right to left, «(:» or «(;», that opens no bracket."""
    return _RTL_SMILE.sub("", text)


# «در صورتی که توی منو نوشته شده بود دورچین خوراک ۲تا نون … هست»: what was written follows
# the verb that tells it was; cut there, the menu's promise was lost («… نوشته شده بود»).
_WRITTEN = frozenset("نوشته".split())


def what_was_written(tokens: list[str], index: int) -> bool:
    """Whether ``tokens[index]`` closes «نوشته بود» or «نوشته شده بود», before what was written."""
    before = tokens[max(0, index - 2) : index]
    return bool(before) and (before[-1] in _WRITTEN or before == ["نوشته", "شده"])
