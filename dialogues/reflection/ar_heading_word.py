"""A one-word Arabic heading that is no verdict is not said back (r47).

«فقير» (a rating site's label), «للاسف»، «ملاحظة»، «المتعة» heading a review, said right
after the frame («إذن فقير، وكانت الشوربة …»، «ما فهمته: ملاحظة، بعد تحديث …») read as a
slip: a label, an adverb or a noun standing alone is no thing the customer said of the place.
A verdict adjective heading it («رائع، …»، «عادي، …») reads well and stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from dialogues.reflection.ar_leads import Unit
from dialogues.text import fold

U = TypeVar("U", bound=Unit)

# A noun with its article, an adverb of «لل…» («للاسف»), or a label/heading noun.
_NOT_A_VERDICT = re.compile(fold(r"^(?:ال|لل)[\u0621-\u064a]{2,}$"))
_LABELS = frozenset(
    fold(w)
    for w in """فقير ملاحظة ملاحظه ملاحظات تنبيه نصيحة نصيحه تجربة تجربه تجربتي رأيي رايي
    تقييم تقييمي زيارة زياره زيارتي""".split()
)


def without_heading_word(units: Sequence[U], chosen: list[U]) -> list[U]:
    """The chosen clauses without a first one-word heading that judges nothing."""
    if len(chosen) < 2 or chosen[0] is not units[0] or units[1].glue:
        return chosen  # a heading is a sentence of its own, with more said after it
    word = fold(chosen[0].text.strip(" .!،,:-"))
    if " " in word or not (word in _LABELS or _NOT_A_VERDICT.match(word)):
        return chosen
    return chosen[1:]
