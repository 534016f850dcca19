"""An "also" that only marks what follows as added: "also a bigger font", «وكمان …»."""

from __future__ import annotations

import re


def without_also(text: str) -> str:
    """ "also a bigger font" quoted on its own: the "also" only said that it was added."""
    return _ALSO_FIRST.sub("", text) or text


_ALSO_FIRST = re.compile(
    r"^(?:also|as well|plus|وكمان|كمان|وأيضاً|وأيضا|أيضاً|أيضا|ايضا|برضو|همچنین)[\s,،]+", re.I
)
