"""A pattern's anchor: text every match of it holds, so a rule can skip a text without it.

The reflection's rule tables run a substitution per rule over the whole message, most of them
on texts that lack the one word the rule mends; a substring test costs a fraction of the
engine's pass over the text. The anchor is read from the pattern itself (never written by
hand beside it, where it could drift from the rule): the longest run of plain letters at the
pattern's top level, or inside a group there, which any match must contain in that order.
"""

from __future__ import annotations

import re
import re._constants as sre_constants
import re._parser as sre_parse
from collections.abc import Callable
from functools import cache
from typing import Any

Replacement = str | Callable[[re.Match[str]], str]


def _runs(items: Any, found: list[str]) -> None:
    """Literal runs matched one after another in ``items``; groups looked into."""
    run: list[str] = []
    for op, value in items:
        if op is sre_constants.LITERAL:
            run.append(chr(value))
            continue
        found.append("".join(run))
        run = []
        if op is sre_constants.SUBPATTERN and not value[1] & re.IGNORECASE:
            _runs(value[3], found)
    found.append("".join(run))


def anchor(pattern: re.Pattern[str]) -> str:
    """Text every match of ``pattern`` contains ("" when none is certain)."""
    if pattern.flags & re.IGNORECASE:  # a case-folded letter is no plain substring
        return ""
    found: list[str] = []
    _runs(sre_parse.parse(pattern.pattern, pattern.flags), found)
    return max(found, key=len)


def anchored(
    rules: tuple[tuple[re.Pattern[str], Replacement], ...],
) -> tuple[tuple[re.Pattern[str], str, Replacement], ...]:
    """Each rule with its pattern's anchor, for ``apply``."""
    return tuple((pattern, anchor(pattern), replacement) for pattern, replacement in rules)


def apply(rules: tuple[tuple[re.Pattern[str], str, Replacement], ...], text: str) -> str:
    """Every rule in turn, skipping those whose anchor the text (as it is by then) lacks."""
    for pattern, needed, replacement in rules:
        if needed in text:
            text = pattern.sub(replacement, text)
    return text


@cache
def _anchor_of(pattern: re.Pattern[str]) -> str:
    return anchor(pattern)


def sub(pattern: re.Pattern[str], replacement: Replacement, text: str) -> str:
    """``pattern.sub(replacement, text)``, skipped when the text lacks the pattern's anchor."""
    return pattern.sub(replacement, text) if _anchor_of(pattern) in text else text
