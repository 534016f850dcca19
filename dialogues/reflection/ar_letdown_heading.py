"""A review's heading that tells its let-down in a few words is heard (ar r55).

«اسوأ تشيليز في العالم»، «الخدمة سيئة جدا»، «استقبال سيئ»، «خيبة امل»، «زفت» set over a
review's body: four words or more were read as a telling of their own (ar_headline keeps a
heading of three), and chosen like any clause they gave way to the body's details. The
reflection said back the cold plates and dropped the verdict the customer put first. Only a
strong let-down, in five words at most; a mild or hedged heading («عادي»، «غالي بس رهيب»)
is left to the choosing, and so is one the body's first sentence says again at once
(«اسوء مكان» over «اسوء مكان بسبب ادارته …»: said twice, one after the other).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogues.reflection import ar_choice, ar_core
from dialogues.reflection.units import Unit
from dialogues.text import fold

_MOST_WORDS = 5
_LETDOWN = re.compile(
    r"(?<!\w)(?:[وف]?(?:اسوء|أسوأ|اسوأ|اسوا|سيئ\S*|سيء|سيئة|سيئه|زفت|ردي[ءئل]\S*|رديئ\S*|فاشل\S*"
    r"|تعيس\S*|مقرف\S*)|خيب[ةه]\s+[اأ]مل|مخيب\S*)(?!\w)"
)
# «مو سيء», «ليس اسوأ», «غير سيئ»: a let-down denied is none.
_DENIED = re.compile(r"(?<!\w)(?:مو|مش|ليس|ليست|غير|لا|ما|مب)\s+\S*$")


def letdown_heading(text: str) -> bool:
    """A heading of five words at most that tells a strong let-down, not denied."""
    if len(text.split()) > _MOST_WORDS:
        return False
    found = _LETDOWN.search(text)
    return found is not None and not _DENIED.search(text[: found.start()])


def said_twice(units: Sequence[Unit], chosen: Sequence[Unit]) -> bool:
    """Whether the sentence chosen right after the heading opens on the heading's words.

    «اسوء مكان» then «اسوء مكان بسبب ادارته …», «المطعم سيئ» then «المطعم سيئ والاكل …»:
    both said back read as the same words twice, one after the other: the heading goes, as
    before r55, and the review is chosen from again without it.
    """
    if len(units) < 2 or units[0] not in chosen or units[1] not in chosen:
        return False
    if not letdown_heading(units[0].text):
        return False
    heading = [_bare(w) for w in units[0].text.split()]
    opening = {_bare(w) for w in units[1].text.split()[: len(heading) + 1]}
    return all(word in opening for word in heading)  # «المطعم سيئ» over «المطعم سيئ والاكل …»


def _bare(word: str) -> str:
    return fold(word.strip(".,!؟?،")).removeprefix("ال")


def letdown_words(text: str) -> list[str]:
    """The words of the heading that tell its let-down: «اسوأ», «سيئة», «خيبة امل»."""
    return [found.group(0) for found in _LETDOWN.finditer(text)]


def chosen(units: list[Unit], extra: int) -> tuple[list[Unit], list[Unit]]:
    """An Arabic review's core; chosen again without a heading its body says again (r55)."""
    whole = sum(len(u.text.split()) for u in units) <= ar_choice.WHOLE + 8 * extra
    picked = ar_core.core(units, whole)  # a near-echo of a long one: its core
    if said_twice(units, picked):  # «اسوء مكان» twice
        units = units[1:]
        whole = sum(len(u.text.split()) for u in units) <= ar_choice.WHOLE + 8 * extra
        picked = ar_core.core(units, whole)
    return units, picked
