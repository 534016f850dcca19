"""A Persian review's points parted by slashes are said back as clauses, never with the slashes.

Some customers list their points with spaced slashes («خیلی دیر رسید / کباب ترکی خوبی
داره … / در کل خوب بود»). The slash is not a word, so no clause cut fell on it and the
review was said back whole with its slashes in the bot's voice («پس خیلی دیر رسید / …»),
or quoted as one run («گفتید «… متاسفام براتون / مجبور نیستید …»»): read on the tune pool
(fa61) as a form pasted back, not heard. A spaced slash between words is a sentence end
here, so each point is a clause chosen, shifted and joined like any other.

Narrow on purpose: only a slash with spaces on both sides, never between digits («۱۰ / ۱۰»,
a score or a date) and never after a colon («:/», an emoticon that cleaning takes away).
"""

from __future__ import annotations

import re

_SPACED_SLASH = re.compile(r"(?<=[^\s:0-9۰-۹/])[\s،,]*\s/\s+(?=[^\s0-9۰-۹/])")


def parted(text: str) -> str:
    """``text`` with each spaced slash between two points made a sentence end."""
    return _SPACED_SLASH.sub("\n", text)
