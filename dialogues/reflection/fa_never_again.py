"""A Persian review's "never again" verdict is said back, never left among "a few other things".

fa61 read long reviews whose closing verdict («من دیگه کوبیده نمیگیرم»، «اولین و اخرین
سفارشم از این رستوران بود») went unsaid behind «و چند نکته‌ی دیگر هم گفتید»: the budget
was spent on the details of the let-down, and the one clause that says what it cost the
shop (the customer is not coming back) was dropped. A listener says that clause back.

Narrow on purpose: only a clause that says in so many words the customer will not order
or buy again (a first-person negative verb after «دیگه/دیگر/هرگز/هیچوقت»), or that this
was the first and last / last order, and only when it is short enough to say (a verdict,
not a paragraph). It is added to the chosen clauses in the customer's order; nothing else
moves, so what was chosen before still reads as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogues.reflection.units import Unit

# «دیگه سفارش نمیدم»، «دیگر از این فروشگاه خرید نکنم»، «هیچوقت ازشون نمی‌خرم»: the
# customer's own "I won't … again" (first person, negative), a few words apart at most.
_NEVER_AGAIN = re.compile(
    r"(?<!\S)(?:دیگه|دیگر|هرگز|هیچوقت|هیچ وقت|هیچ‌وقت)\s+(?:\S+\s+){0,4}?"
    r"ن(?:می|می‌|ی)?\S*(?:خرم|خریم|گیرم|گیریم|کنم|کنیم|دم|دیم|دهم|دهیم|خواهم|خواهیم)(?=[\s.!،,؟?]|$)"
)
# «اولین و آخرین سفارشم بود»، «احتمالا آخرین خرید خواهد بود»: this order was the last.
_LAST = re.compile(r"اولین و (?:آخرین|اخرین)|(?<!\S)(?:آخرین|اخرین) (?:سفارش|خرید)")
_MOST = 18  # words: fa62 read longer verdict clauses quoted whole or cut again downstream


def is_verdict(text: str) -> bool:
    """Whether ``text`` says the customer will not come back (``_NEVER_AGAIN`` or ``_LAST``)."""
    return bool(_NEVER_AGAIN.search(text) or _LAST.search(text))


def with_verdict(units: Sequence[Unit], chosen: Sequence[Unit]) -> list[Unit]:
    """``chosen`` with the first left-out "never again" clause of ``units`` put back in order."""
    kept = list(chosen)
    if not kept or len(kept) == len(units) or any(is_verdict(u.text) for u in kept):
        return kept
    positions = {u.position for u in kept}
    for unit in units:
        if unit.position in positions or unit.question or len(unit.text.split()) > _MOST:
            continue
        if is_verdict(unit.text):
            return sorted([*kept, unit], key=lambda u: u.position)
    return kept
