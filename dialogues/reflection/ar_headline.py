"""The headline verdict of an Arabic review: a short judgment of the place opening or closing it.

«الكافيه عادي جداً»، «المطعم الصراحه غالي بزيادة» opening a review, «مطعم ممتاز» closing it:
the judges marked reflections that kept a dish or the bread served while waiting and dropped
such a judgment; ar_choice hears it before the details.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from dialogues.reflection.ar_leads import LEANING, Unit
from dialogues.text import fold

_PLACE = re.compile(r"^(?:هذا |هذه )?(?:ال)?(?:مطعم|كافيه|كافي|كوفي|محل|مقهى)(?!\S)")
_PLACE_NAMED = re.compile(r"(?:^|\s)(?:ال)?(?:مطعم|كافيه|كافي|كوفي|محل|مقهى)(?!\S)")


def headline(
    units: Sequence[Unit], verdicts: list[int], polarity: Callable[[str], tuple[int, int]]
) -> list[int]:
    """The opening (else the closing) clause when it judges the place in a few words."""
    if any(_PLACE_NAMED.search(units[i].text) for i in verdicts):
        return []  # «بإختصار مطعم سيئ ولا أنصح …» closing the review says it already
    for index in (0, len(units) - 1)[: len(units)]:  # opening it, or closing it («مطعم ممتاز»)
        text = units[index].text
        judged = polarity(text) != (0, 0) and len(text.split()) <= 6
        if judged and _PLACE.match(text) and not LEANING.match(fold(text)):
            return [index]
    return []
