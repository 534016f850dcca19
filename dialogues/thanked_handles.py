"""The "@name" a thanks is addressed to is no part of what was praised.

"Thank you @SouthwestAir for the amazing crew" was thanked as "SouthwestAir for the amazing
crew" (the thanks word trimmed, the handle left to open the quote), and "Thanks @JetBlue."
as "JetBlue" (heard in the README chat, stop 27): the handle after a thanks word goes.
Leaving a bare thanks out for another sentence was tried and quoted complaints and
questions as praise ("That means a lot: "sitting in a plane with no pilot""): not done.
"""

from __future__ import annotations

import re

_THANKS = r"(?:thank\s+you|thanks|thank\s+u|thx|ty)"
_HANDLES = r"(?:\.?@\w+\s*)+"
_THANKS_HANDLE = re.compile(rf"^(\s*{_THANKS}\b[\s,!.]*){_HANDLES}", re.IGNORECASE)


def without_thanked_handle(sentence: str) -> str:
    """ "Thank you @X for …" → "Thank you for …": the thanks kept, the handle gone."""
    found = _THANKS_HANDLE.match(sentence)
    if found is None:
        return sentence
    rest = sentence[found.end() :]
    joint = "" if rest[:1] in (",", ".", "!", ":") else " "  # "Thanks @united, great …"
    return f"{found.group(1).rstrip()}{joint}{rest}".strip()
