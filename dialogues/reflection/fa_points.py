"""A later Persian sentence too long for what is left: its strongest clause, said alone.

A long telling kept its opening and dropped a later sentence whose first clauses did not fit,
so the regret or the complaint it closed on («…، واقعا پشیمونم از سفارشم و … لذت نبردم»)
went behind «چند نکته‌ی دیگر». A clause that stands on its own (it opens on its subject,
never on «که/چون/و …», and closes its sentence: a clause cut from what follows left
fragments such as «دوستانی که … مشکل دارن») and holds a problem
is said alone instead. A closing plea left out («… لطفا اسنپ فود این مورد رو اصلاح
بفرمایید») is heard too: the weaker clauses kept give way to it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

from dialogues.text import fold

_STRONG = 9.0  # a problem cue in a clause of some length (fa_select.score), or a request
_FEWEST = 6  # words at least in a clause said alone
# A clause opening on these leans on the one before it: never said alone.
_LEANS = frozenset(
    fold(w)
    for w in """که ک تا چون و ولی ولى اما یا یعنی انگار مثل بود شد است هست نیست همین همون
    همان اونم اینم هم بعد بعدش بجاش روش توش اگه اگر وقتی""".split()
)


class _Unit(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def sentence(self) -> int: ...


def alone(
    units: Sequence[_Unit],
    group: list[int],
    scores: Sequence[float],
    size: Callable[[int], int],
    budget: int,
) -> list[int]:
    """The sentence's strongest clause when it stands alone and fits, else nothing."""
    best = max(group, key=lambda i: (scores[i], -i))
    text = units[best].text.strip()
    if scores[best] < _STRONG or not _FEWEST <= size(best) <= budget:
        return []
    if fold(text.split()[0]) in _LEANS:
        return []
    return [best] if best == group[-1] else []


# An explicit plea: what the customer asks for, past fa_select._REQUEST's wider «بشه/به نظرم».
_PLEA_WORDS = 20  # a plea said in a few words; a longer run is a telling of its own
_VERDICT = re.compile(
    r"(?<!\S)(?:نا)?راضی(?:م|\u200cام| ?ام| هستم| نیستم| نبودم| بودم|یم"
    r"| (?:می|نمی)\u200c?باشم)(?!\S)"
    r"|لذت بردم|(?<!\S)دوس(?:ت)?\s?(?:ن)?داشتم(?:ش)?(?!\S)"  # r27: «… من که دوست داشتم»
    r"|(?<!\S)اشتباه\s+(?:می\u200c?|می\s)?کنی(?:ن|د)(?!\S)"  # r24: «اگر … میخرین اشتباه میکنین»
)
_VERDICT_WORDS = 8  # a closing verdict said in a few words: kept past the budget
_PLEA = re.compile(
    r"لطفا|لطفاً|خواهشا|خواهشاً|خواهشمند|(?<!\S)کاش|بفرمایید|(?<!\S)بدید(?!\S)|" + _VERDICT.pattern
)  # r21: «… اصلا از این اتو راضی نیستم»، «… ازش لذت بردم»: the closing verdict, like a plea


# «به هر حال ساعدی یک استاد روانشناسه و …»: the closing sentence sums the whole up.
_SUMMED = re.compile(r"(?:به ?هر ?حال|در ?هر ?صورت|در ?کل|درکل|در ?مجموع)\s")


def _summed(units: Sequence[_Unit], last: int) -> bool:
    """A closing sentence of its own summing the whole up («… . به هر حال ساعدی …»)."""
    own = last > 0 and units[last].sentence != units[last - 1].sentence
    return own and bool(_SUMMED.match(units[last].text.strip()))


# r24: «برای من فوق العاده خوندنی و ملموس بود این داستان»: the whole judged, closing.
_JUDGED = re.compile(
    r"(?<!\S)(?:فوق ?[‌]?العاده|عالی|بی ?[‌]?نظیر|افتضاح|معرکه|شاهکار)"
    r"(?:\s+\S+){0,3}?\s+(?:بود|است|هست)(?!\S)"
)


def _judged_apart(units: Sequence[_Unit], last: int) -> bool:
    """A closing sentence of its own, of a few words, judging the whole: said past the
    budget beside what was kept, never in place of a clause (r23's gate: a verdict lost)."""
    own = last > 0 and units[last].sentence != units[last - 1].sentence
    text = units[last].text.strip()
    short = len(text.split()) <= _VERDICT_WORDS + 2
    return own and short and bool(_JUDGED.search(text)) and fold(text.split()[0]) not in _LEANS


def with_closing_plea(
    units: Sequence[_Unit], keep: list[int], scores: Sequence[float], budget: int
) -> list[int]:
    """``keep`` with the closing plea left out («… لطفا اسنپ فود این مورد رو اصلاح بفرمایید»):
    the weaker clauses kept give way to it («ولی خوب بود»), weakest first, never a stronger."""
    last = len(units) - 1
    text = units[last].text.strip()
    if keep and last not in keep and _judged_apart(units, last):
        return sorted([*keep, last])  # «برای من فوق العاده خوندنی … بود این داستان»: added
    pleads = _PLEA.search(text) or _summed(units, last)
    if not keep or last in keep or not pleads or len(text.split()) > _PLEA_WORDS:
        return keep
    if fold(text.split()[0]) in _LEANS:
        return keep  # «یا اصلا اگه …»، «ولی لطفا …»: leaning on what went, never said alone
    size: Callable[[int], int] = lambda i: len(units[i].text.split())  # noqa: E731
    if _VERDICT.search(text) and size(last) <= _VERDICT_WORDS:
        return sorted([*keep, last])  # «اصلا از این اتو راضی نیستم»: said past the budget
    kept, used = sorted(keep), sum(size(i) for i in keep)
    weaker = sorted((i for i in keep if scores[i] < scores[last]), key=lambda i: (scores[i], -i))
    while used + size(last) > budget and weaker:
        gone = weaker.pop(0)
        kept.remove(gone)
        used -= size(gone)
    kept = _whole(units, kept, keep)
    used = sum(size(i) for i in kept)
    return sorted([*kept, last]) if kept and used + size(last) <= budget else keep


# A clause opening on these is said of the one before it («که چه قدر ظلم …»); a contrast
# («ولی مقدار گوشتش کم بود») stands as a clause of its own.
_THAT = frozenset(fold(w) for w in "که ک".split())
# A clause closing on «و بعد»/«و» is cut from the next: never kept without it.
_OPEN_END = re.compile(r"(?:\s(?:و|و بعد|که|ولی|اما|چون))$")


def _whole(units: Sequence[_Unit], kept: list[int], keep: list[int]) -> list[int]:
    """The clauses left beside a closing verdict, each whole (r24): one leaning on a clause
    that gave way («که چه قدر ظلم …») gives way itself, to that clause where it was kept and
    is no longer; one cut before its next («… و بعد») goes."""
    whole: list[int] = []
    for i in kept:
        words = units[i].text.split()
        leans = i > 0 and i - 1 not in kept and bool(words) and fold(words[0]) in _THAT
        if leans and i - 1 in keep and i - 1 not in whole:
            whole.append(i - 1)
        elif not leans and not _OPEN_END.search(units[i].text.strip()):
            whole.append(i)
    return sorted(whole)


def opening_first(
    groups: dict[int, list[int]],
    best: list[int],
    scores: Sequence[float],
    size: Callable[[int], int],
    budget: int,
) -> bool:
    """Customers lead with what matters: the opening first, unless it is a greeting or a
    title, or it would leave no room for a clearly stronger sentence."""
    opening = groups[min(groups)]
    strength = max(scores[i] for i in opening)
    if strength < 3:
        return False
    together = sum(size(i) for i in opening + best) <= budget
    return together or max(scores[i] for i in best) <= strength + 6
