"""Arabic «و» written apart from its word in the bot's own voice («و الخدمه» → «والخدمه»).

«و» ("and") is written joined to the word after it; the customer's typing apart («الاكل
لذيذ و الخدمه ممتازه») said back in our voice reads as a slip of ours. Quotes keep the
customer's spacing; a number or a Latin word after «و» stays apart («و 5 ريال»).
"""

from __future__ import annotations

import re

_APART = re.compile(r"(?<!\S)و[ \t]+(?=[\u0621-\u064a])")


def joined(text: str) -> str:
    """The text with every «و» typed apart from an Arabic word glued to it."""
    return _APART.sub("و", text)
