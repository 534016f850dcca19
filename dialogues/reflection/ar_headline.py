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
from dialogues.reflection.ar_letdown_heading import letdown_heading
from dialogues.reflection.ar_verdicts import MILD, VERDICT
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
    if judged and _PLACE.match(first) and not LEANING.match(fold(first)):
        return [0]
    return [0] if _heading_verdict(units, polarity) else []


_HEADING_WORDS = 3  # «الغطاء ممتاز كما توقعته وأكثر.» opens a telling: no heading
_TWO_SIDES_WORDS = 6  # «الطعام طيب الخدمة ضعيفة»: two verdicts, still the heading


def _heading_verdict(units: Sequence[Unit], polarity: Callable[[str], tuple[int, int]]) -> bool:
    """A short judgment standing alone over the body («سيئ مروع»، «لابأس به»): the verdict.

    r31: a heading set apart from its body (ar_lines.headed) is a sentence of its own, so it
    no longer rode along with the body's first clause; chosen like any clause, «لن أعود له
    أبدن» or «سيئ مروع» gave way to the details and the review's verdict went unheard.
    """
    if len(units) < 2 or units[1].glue:  # the body goes on from it: no heading
        return False
    first = units[0].text
    if letdown_heading(first):  # r55: «اسوأ تشيليز في العالم» over the body is its verdict
        return True
    if len(first.split()) > _HEADING_WORDS or LEANING.match(fold(first)):
        return _two_sides(first.split(), polarity)
    return polarity(first) != (0, 0) or bool(VERDICT.search(first)) or bool(MILD.match(first))


def _two_sides(words: list[str], polarity: Callable[[str], tuple[int, int]]) -> bool:
    """Whether the heading is two «aspect + adjective» verdicts, a praise and a let-down.

    r51: once a long run under it is cut between its verdicts (ar_listed), the selector
    took the body's complaint and lost the heading that sums the review up both ways.
    """
    if len(words) > _TWO_SIDES_WORDS or LEANING.match(fold(words[0])):
        return False
    for at in (2, 3):
        first, second = " ".join(words[:at]), " ".join(words[at:])
        if not (words[0].startswith("ال") and words[at:] and words[at].startswith("ال")):
            continue
        sides = sorted([polarity(first), polarity(second)])  # (complaint, praise) each
        if sides[0][0] == 0 and sides[0][1] > 0 and sides[1][0] > 0 and sides[1][1] == 0:
            return True
    return False
