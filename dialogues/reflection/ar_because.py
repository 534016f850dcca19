"""A long Arabic quote ends before a closing «لأن …/عشان …» that only explains it (r48).

Judges read 25-word quotes of unpunctuated reviews as echoes. When the last clause said back
ends in a reason that carries no complaint, praise, verdict, wish or harm of its own
(«… وغير مناسب لحجمها | لان سعرها الحقيقي لا يتجاوز ١٠ ريال»، «… وضع المحتويات التي
تأتي مع السلعه | لاني اشتريت غطاء ضد الماء …»), the quote stops before the reason and the
"and more" tail says more was heard. A reason that judges («لانه ما يطلع صور واضحة») stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogues.reflection import ar_choice
from dialogues.reflection.ar_cues import harms
from dialogues.reflection.units import Unit
from dialogues.text import fold

LONG_QUOTE = 25  # words said back: past this the quote reads as an echo
_KEPT_AT_LEAST = 6  # words before the reason: enough to stand as the point
# «لأن/لان/لأنه/لانها/لاني/عشان/علشان» opening a reason after a word of the clause
_REASON = re.compile(r"(?<=\S)\s+(?=[وف]?(?:ل[اأإ]ن(?:ه|ها|هم|ني|ي|نا|و|ة)?|عشان|علشان)\s)")
# «… و ذلك | لأن …»: the clause before points at the reason; never cut from it
# «لانها دوما تتعطل»: a fault told as the reason is a complaint the cue words may miss
_TROUBLE = re.compile(fold(r"[تيا]?ت?(?:عطل|خرب|تلف|كسر|ضيع|ضاع|غلط|خلل|مشكل|عيب|ضعف|ضعيف)"))
_POINTS_ON = re.compile(r"(?:^|\s)[وف]?\s*(?:ذلك|ذالك|هذا|هذه|و|ف)$")


def _judges(text: str) -> bool:
    """Whether a piece says something the customer weighs: praise, a complaint, a verdict."""
    marked = ar_choice.VERDICT.search(text) or ar_choice._WISH.search(text)
    trouble = marked or _TROUBLE.search(fold(text)) or ar_choice._REQUEST.search(text)
    return bool(trouble or harms(text)) or (ar_choice.polarity(text) != (0, 0))


def without_reason(text: str) -> str | None:
    """``text`` before a closing reason that only explains it, or ``None`` to keep it whole."""
    for match in _REASON.finditer(text):
        before, after = text[: match.start()], text[match.end() :]
        if len(before.split()) < _KEPT_AT_LEAST or len(after.split()) < 3:
            continue
        if _POINTS_ON.search(before.rstrip(" ،,")) or not _judges(before):
            continue
        if _judges(after):
            return None  # «لانه ما يطلع صور واضحة …»: the reason is a complaint itself
        return before.rstrip(" ،,")
    return None


def trimmed(kept: Sequence[Unit], more: str, end: int) -> list[Unit]:
    """The kept clauses, the last one without a closing explanation when the quote is long."""
    said = [u for u in kept if u.text != more]
    if not said or sum(len(u.text.split()) for u in said) < LONG_QUOTE:
        return list(kept)
    last = said[-1]
    shorter = without_reason(last.text)
    if shorter is None:
        return list(kept)
    out = [
        Unit(shorter, u.position, u.question, u.sentence, u.glue) if u is last else u for u in kept
    ]
    if out[-1].text != more:
        out.append(Unit(more, end, False, -1, ""))
    return out
