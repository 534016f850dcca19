"""Whether a returning customer points at what they told us before ("as I said yesterday").

Then what they told last time is recalled in the welcome back, so they need not repeat it;
a bare "welcome back" would read as if the earlier conversation had been forgotten.
"""

from __future__ import annotations

import re

# "yesterday", «دیروز», «أمس», "last time", «قلت لكم»: they point at what they told us before.
_BEFORE = re.compile(
    r"\b(?:yesterday|last\s+time|the\s+other\s+day|i\s+(?:already\s+)?told\s+you)\b"
    r"|دیروز|پریروز|دفعه[‌\s]*(?:ی\s*)?قبل|قبلا[ًً]?\s*گفتم|بهتون\s+گفتم"
    r"|أمس|امس|البارحة|مبارح|امبارح|المرة\s+(?:الماضية|اللي\s+فاتت|السابقة)|قلت\s+لكم|قلتلكم",
    re.IGNORECASE,
)


def points_back(text: str) -> bool:
    """ "yesterday", «دیروز», «قلت لكم»: the message points at an earlier telling."""
    return bool(_BEFORE.search(text))
