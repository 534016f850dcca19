"""«غذا خوب بود ولی سرد رسید»: a plain "good" before the "but" is heard beside the apology.

cues.PRAISE holds «خوب بود» but not «غذا خوبه ولی …», «کیفیت خوب است اما …», «کیفیت نان خوب
ولی …» nor «کباب‌ها خیلی خوب بودند اما …», and «کیک فوق العاده‌ای بودولی …» hides its "but" in
the verb: the apology then dropped what they liked, where «عالی بود ولی …» kept it. Not past
or hedged praise (the blind gate's «همیشه …», «نسبتا …»), nor a denied or a might-have-been
good («اصلا خوب نبود», «خوب پخته نشده بود», «میتونست یه ساندویچ خوب باشه»): only «بود» or
«هست» may stand between the «خوب» and the "but".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogues import cues, telling
from dialogues.apologies import _NOT, praise_beside
from dialogues.praise_with_idea import _PAST_OR_HEDGED, praise_before_wish

# «خوب», «خوبه», «خوبند»: the liking cues.PRAISE leaves to «خوب بود»; «فوق العاده‌ای بود».
_GOOD = {"fa": ("خوب", "خوبه", "خوبن", "خوبند", "خوبست", "فوق العاده*")}
# A "but" glued to the verb before it: «بودولی», «بوداما».
_GLUED_BUT = re.compile(r"(بود|بودن|بودند)(ولی|اما)(?=\s)")
# «خوب، …» opening the message is "well", no liking.
_WELL = re.compile(r"^\s*خوب\s*[،,.:!]")
# The words that may stand between the «خوب» and the "but": «خوب بود ولی», «خوب هست اما». Any
# other verb makes it no verdict: «پول رو خوب میگیرید ولی» (sarcasm), «خوب پخته نشده بود»,
# «کیفیت خوب گیرمون بیاد اما» (a hope), «خوب بوده اما» (past orders), «خوب باشه» (might have).
_BEING = {"بود", "بودا", "بودن", "بودند", "است", "هست", "هستش", "هستن", "هستند"}
_AND_MORE = 3  # «خوب و مطبوع بود اما»: a second word of liking joined by «و» and its verb


def liked_beside(messages: Sequence[str], language: str) -> bool:
    """Praise beside what went wrong: the older checks, or a plain "good" before the "but"."""
    told = [_GLUED_BUT.sub(r"\1 \2", m) if language == "fa" else m for m in messages]
    return (
        praise_beside(told, language)
        or praise_before_wish(told, language)
        or good_before_but(told, language)
    )


def good_before_but(messages: Sequence[str], language: str) -> bool:
    """An undenied, unhedged «خوب» in the words before the first "but"."""
    if language != "fa" or telling.ironic(messages, language):
        return False
    text = "\n".join(messages)
    seq = telling.tokens(text)
    turns = telling.find(seq, cues.CONTRAST.get(language, ()), language)
    if not turns:
        return False
    before = seq[: min(a for a, _ in turns)]
    if telling.find(before, _PAST_OR_HEDGED.get(language, ()), language):
        return False
    denials = [a for a, _ in telling.find(before, _NOT.get(language, ()), language)]
    for start, end in telling.find(before, _GOOD.get(language, ()), language):
        if start == 0 and _WELL.match(text):
            continue
        if any(abs(start - d) <= 2 for d in denials):  # «نه بد نه خوب»
            continue
        if _only_being(before[end:]):
            return True
    return False


def _only_being(gap: Sequence[str]) -> bool:
    """Whether only «بود» / «هست» (or «و» a word and its verb) stand before the "but"."""
    if all(word in _BEING for word in gap):
        return True
    return len(gap) <= _AND_MORE and gap[0] == "و" and gap[-1] in _BEING
