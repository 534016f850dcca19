"""An Arabic complaint that ends in «؟» but asks nothing: told, not asked.

«اللحم قاسي كنه بلاستك … خير ان شاالله؟» is a let-down with a sigh for a question mark; «ليش
الطلب متأخر؟» asks. Only a question word makes it a question.
"""

from __future__ import annotations

import re

from dialogues.reflection.ar_choice import polarity

_ASKING_WORD = re.compile(
    r"(?:^|\s)و?(?:ليش|ليه|لماذا|لمذا|متى|متي|كيف|هل|وين|اين|أين|ايش|إيش|وش|كم|شلون|ماذا|مين|من وين"
    r"|شو|ممكن|يمكن|اي|أي)(?!\S)"
)


def told_not_asked(text: str) -> bool:
    """«اللحم قاسي … بخمسين خير ان شالله؟»: a complaint ending in «؟» asks nothing."""
    return polarity(text)[0] >= 2 and not _ASKING_WORD.search(text)
