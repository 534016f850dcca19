"""A review's heading said back right before the body's first clause that says it again (r61).

«مذاق مميز للبيتزا  المذاق الرائع للبيتزا …», «ممتاز جدا ولذيذ  المطعم ممتاز جدا واكله
لذيذ …»: when the heading and the body's opening clause were both chosen, the reply read the
review's first sentence twice («مذاق مميز للبيتزا، المذاق الرائع للبيتزا …»). ``ar_sides``
drops a heading its body says again word for word before the choosing; this drops one only
once the choosing kept the very clause that says it again, so nothing the heading held is
lost: the same praise in other words (both praising, no let-down in either, the heading's
named thing said again), or the heading's own words («ولذيذ» is «لذيذ» said again). A heading
over a let-down, a let-down heading (``ar_letdown_heading``) and one whose body clause was
left out stay as they were.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dialogues.reflection import ar_choice, ar_letdown_heading
from dialogues.reflection.units import Unit

Polarity = Callable[[str], tuple[int, int]]

_HEADING_WORDS = 5  # a first line this short over a longer body is the review's heading
_OPENING_EXTRA = 2  # the body clause's opening words weighed: the heading's length and two


# «مريح جدا» over «… ممتازة جدا …»: an intensifier names nothing said again
_INTENSIFIERS = frozenset("جدا جداً جدآ جدًا كثير كثيرا كثيراً للغاية للغايه اوي أوي مره مرة".split())


def _content(text: str) -> set[str]:
    """Words of three letters or more, without a leading «و» or «ال» («ولذيذ» is «لذيذ»)."""
    found = [w for w in re.findall(r"[^\W\d_]{3,}", text) if w not in _INTENSIFIERS]
    return {(w[1:] if w.startswith("و") and len(w) > 4 else w).removeprefix("ال") for w in found}


def _said_again(title: str, below: str, polarity: Polarity) -> bool:
    """The body clause says the heading again: its words, or its praise and its named thing."""
    words, body = _content(title), _content(below)
    if not words or 2 * len(words & body) < len(words):
        return False
    judging = {w for w in words if polarity(w) != (0, 0)}
    if judging and judging <= body:
        return True  # «ممتاز جدا ولذيذ» over «المطعم ممتاز جدا واكله لذيذ …»
    named = words - judging
    heading = polarity(title)  # «مو لذيذ»: a let-down, never praise
    opening = polarity(" ".join(below.split()[: len(title.split()) + _OPENING_EXTRA]))
    praised = heading[0] == 0 < heading[1] and opening[0] == 0 < opening[1]
    return praised and bool(named & body)  # «مذاق مميز للبيتزا» over «المذاق الرائع للبيتزا»


def said_once(
    units: list[Unit], chosen: list[Unit], message: str, polarity: Polarity
) -> tuple[list[Unit], list[Unit]]:
    """``units`` and ``chosen`` without a heading the next chosen clause says again."""
    lines = [line.strip() for line in message.strip().splitlines() if line.strip()]
    if len(chosen) < 2 or len(units) < 2 or len(lines) < 2:
        return units, chosen
    title, below = units[0], units[1]
    if chosen[0] is not title or chosen[1] is not below or below.glue:
        return units, chosen  # the heading or its next clause was not said back, or joined
    if len(title.text.split()) > _HEADING_WORDS or title.text != lines[0].strip(" .!،"):
        return units, chosen  # the first line was cut or joined: not a heading of its own
    if not _said_again(title.text, below.text, polarity):
        return units, chosen
    return units[1:], chosen[1:]  # gone whole: never «وذكرت أموراً أخرى» for it


def chosen(units: list[Unit], extra: int, message: str) -> tuple[list[Unit], list[Unit]]:
    """An Arabic review's units and the chosen ones (ar_letdown_heading), the heading said once."""
    units, picked = ar_letdown_heading.chosen(units, extra)
    return said_once(units, picked, message, ar_choice.polarity)
