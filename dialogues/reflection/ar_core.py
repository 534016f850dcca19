"""A long Arabic review said back nearly whole: its core clauses, the rest named as topics.

Judges read a 30–60-word review quoted back almost whole as parroting, and a pruned one that
drops the complaint or the verdict as wrong. Since the "and more" tail names what was left out
(«وتحدثت أيضاً عن السعر»), a side clause can give way without going unacknowledged: where the
clauses kept would say back nearly all of a long review, the clauses that carry no complaint,
feeling, verdict or request (scene-setting, an aspect praised in passing whose noun the tail
names) give way, only when what they spoke of can be named, and never leaving a kept clause
that opens on a connector or leans on one that went.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from dialogues.reflection import (
    ar_but_said,
    ar_choice,
    ar_folded,
    ar_heading_word,
    ar_named_said,
    ar_never,
    ar_possessed,
)
from dialogues.reflection.ar_cues import declined, feels, harms, important, remarks
from dialogues.reflection.ar_leads import LEANING, Unit, needs_lead
from dialogues.reflection.units import Unit as Said
from dialogues.text import fold

U = TypeVar("U", bound=Unit)  # the caller's own clause type, handed back as it came

LONG = 30  # words: a review this long said back nearly whole reads as an echo
ECHO = 0.8  # the share of its words said back that makes an echo
_TURN = re.compile(fold(r"(?:^|\s)و?(?:لكن|لاكن|بس|الا|إلا)(?:ها|ه)?\s"))  # folded: ك is ک
_WORTH = re.compile(fold(r"(?:^|\s)[وف]?(?:يستاهل|تستاهل|يستحق|تستحق|يسوى|تسوى)"))
_PLACE = re.compile(
    fold(r"(?:^|\s)[وفب]?(?:ال)?(?:مطعم|مكان|مقهى|كافيه|محل|فندق|معلم)(?![^\s])")
)  # fold lowers «\S»
_OPENS = re.compile(
    fold(
        r"^(?:و|ف|لا\s|ولا|لذلك|بس|لكن|لاكن|ولكن|طيب|طبعا|عشان|حيث|مما|الا|إلا|كما|اما|أما|او|أو|ثم)"
    )
)


def core(units: Sequence[U], whole: bool) -> list[U]:
    """The clauses to reflect, and the complaints a topic in the tail would hide (r43)."""
    chosen = ar_heading_word.without_heading_word(units, _core(units, whole))  # r47: «فقير»
    if whole or not chosen or not isinstance(chosen[0], Said):
        return chosen
    chosen = ar_possessed.with_owners(units, chosen)  # r47: «… الألبان | ومنتجاتها …»
    return ar_named_said.with_named_complaints(units, chosen, ar_choice.polarity)  # type: ignore


def _core(units: Sequence[U], whole: bool) -> list[U]:
    """The clauses to reflect: ar_choice's, or their core when they would echo the review."""
    picked = [] if whole else ar_choice.choose(units)
    picked = picked and ar_folded.with_complaints(units, picked, ar_choice.polarity)  # r41
    picked = picked and ar_never.with_never_again(units, picked)  # r42
    picked = picked and ar_but_said.with_turned_complaints(units, picked, ar_choice.polarity)
    chosen = list(units) if whole else [units[i] for i in picked]
    total = sum(len(u.text.split()) for u in units)
    said = sum(len(u.text.split()) for u in chosen)
    if total < LONG or said < ECHO * total:
        return chosen
    aside = [_aside(units, i) for i in range(len(units))]
    kept = [
        u for u in chosen if not aside[units.index(u)] or _lead_of_kept(units, chosen, aside, u)
    ]
    if len(kept) == len(chosen) or not _sound(units, kept) or not _named(units, kept, chosen):
        return chosen
    gone_praise = any(ar_choice.polarity(u.text)[1] for u in chosen if u not in kept)
    if gone_praise and not any(ar_choice.polarity(u.text)[1] for u in kept):
        return chosen  # the praise that gave way was the only praise heard: its leaning is lost
    return kept


def _lead_of_kept(units: Sequence[U], chosen: list[U], aside: list[bool], unit: U) -> bool:
    """«… كرتون خفيف» before its kept «حيث …»: heard with the clause that needs it."""
    index = units.index(unit) + 1
    if index >= len(units) or units[index] not in chosen or aside[index]:
        return False
    return needs_lead(units, index) == index - 1


def _aside(units: Sequence[Unit], index: int) -> bool:
    """A clause told in passing: an aspect named, no complaint, feeling, verdict or request."""
    text = units[index].text
    negative, _ = ar_choice.polarity(text)
    marked = any(
        cue.search(text) for cue in (ar_choice.VERDICT, ar_choice._REQUEST, ar_choice._WISH)
    )
    marked = marked or "?" in text or "؟" in text
    if negative or marked or feels(text) or harms(text) or declined(text):
        return False
    if important(text) or remarks(text) or _TURN.search(fold(text)) or _WORTH.search(fold(text)):
        return False  # «… لكن الأسعار …»، «ويستاهل هالزحمة»: the complaint, the verdict
    closing = index == len(units) - 1 and not _judged_before(units, index)
    if index == 0 or closing or _PLACE.search(fold(text)):
        return False  # opening and closing lines, the place judged: how the review judges it
    return _aspect(text)


def _judged_before(units: Sequence[Unit], index: int) -> bool:
    """«ممتاز وانصح به» said before the closing clause: the review's verdict is heard there."""
    return any(
        ar_choice.VERDICT.search(u.text) and _praises(ar_choice.polarity(u.text))
        for u in units[:index]
    )


def _praises(polarity: tuple[int, int]) -> bool:
    return polarity[0] == 0 and polarity[1] > 0


def _aspect(text: str) -> bool:
    """An aspect praised in passing whose noun the tail can name («الأكل لذيذ»)."""
    from dialogues.reflection import topics  # topics reads clauses, which reads this module

    return bool(topics.aspects(text, "ar"))


def _sound(units: Sequence[Unit], kept: Sequence[Unit]) -> bool:
    """Whole clauses only: none opens on a connector or leans on a clause that went."""
    words = sum(len(u.text.split()) for u in kept)
    if not kept or words < 6:
        return False
    if all(ar_choice.polarity(u.text) == (0, 0) for u in kept):
        return False  # «المطعم يكفي خمسون زبون» kept, the praise gone: never the core
    for unit in kept:
        index = units.index(unit)
        if index and units[index - 1] in kept:
            continue  # said on with the clause before it, as the customer did
        text = fold(unit.text)
        if _OPENS.match(text) or LEANING.match(text) or ar_choice._fragment(unit):
            return False
        if needs_lead(units, index) is not None:
            return False
    return True


def _named(units: Sequence[Unit], kept: Sequence[Unit], chosen: Sequence[Unit]) -> bool:
    """Whether what gave way names a topic the kept clauses do not: the tail says it."""
    from dialogues.reflection import topics

    heard = {t for u in kept for t in topics.aspects(u.text, "ar")}
    said = " ".join(fold(u.text) for u in kept)
    gone = [u for u in chosen if u not in kept]
    return any(
        t not in heard and not topics.within(t, said, "ar")
        for u in gone
        for t in topics.aspects(u.text, "ar")
    )
