"""A never-again verdict of an Arabic review is never folded into «وذكرت أموراً أخرى».

Judges (round 41) read a reflection wrong when «ولا اعتقد سأطلب هذه الوجبة مرة اخرى» or
«ولن أذهب الى …» was only acknowledged by the "and more" tail: whether the customer will come
back is the verdict of the review. So, unless such a verdict is heard already, a left-out
clause saying the customer will not go, come back, order or buy again is said back too, in the
customer's order, unless it is a whole paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogues.reflection.ar_leads import Unit

_LONGEST = 20  # words: a longer clause is a paragraph, left to the tail
# «لن أعود»، «ولن أذهب الى …»، «ما راح ارجع»، «لا اعتقد سآطلب …»: I won't (go, come back, order,
# buy, visit) again; a thought or guess before the verb is the same verdict, said softer
NEVER_AGAIN = re.compile(
    r"(?<!\S)[وف]?(?:لن|لا|ما|مش|مو)\s*(?:(?:[اأ]عتقد|[اأ]ظن)\s+(?:[اأ]ن(?:ني|ي)?\s+)?)?"
    r"(?:س|ح|راح\s+|رح\s+)?[اأآ](?:عود|رجع|ذهب|كرر|طلب|شتري|زور|دخل)"
)

_NOT_AGAIN = re.compile(r"(?:لن|ما ?راح|مش|مو)\s*تتكرر")  # «تجربة لن تتكرر»: the same verdict


def with_never_again(units: Sequence[Unit], chosen: list[int]) -> list[int]:
    """The chosen clauses and any never-again verdict left out beside them (see module doc)."""
    out = list(chosen)
    if any(NEVER_AGAIN.search(units[i].text) or _NOT_AGAIN.search(units[i].text) for i in out):
        return out  # the verdict is heard already («… ولن تتكرر أبداً»): no second telling
    for index, unit in enumerate(units):
        if index in out or len(unit.text.split()) > _LONGEST:
            continue
        if NEVER_AGAIN.search(unit.text):
            out.append(index)
    return sorted(out)
