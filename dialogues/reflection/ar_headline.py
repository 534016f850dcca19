"""The headline verdict of an Arabic review: a short judgment of the place opening it.

«الكافيه عادي جداً»، «المطعم الصراحه غالي بزيادة» opening a review: the judges marked
reflections that kept a dish and dropped such a judgment; ar_choice hears it before the
details. A short judgment closing the review («مطعم رائع» after «مطعم رائع بمعنى الكلمة»
earlier) is not one: heard as the verdict, it moved to the end and lost what the review said.
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
    """The opening clause when it judges the place in a few words, else nothing."""
    if any(_PLACE_NAMED.search(units[i].text) for i in verdicts):
        return []  # «بإختصار مطعم سيئ ولا أنصح …» closing the review says it already
    first = units[0].text if units else ""
    judged = polarity(first) != (0, 0) and len(first.split()) <= 6
    return [0] if judged and _PLACE.match(first) and not LEANING.match(fold(first)) else []
