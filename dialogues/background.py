"""What it was for: "it was for my kids' dinner", «برای شام بچه‌ها بود», «كانت هدية لأمي».

Told in answer to a job question, it is background to what went wrong, not a new problem
(nothing is "added to what you told") and not the job itself (no "I want it was for …").
"""

from __future__ import annotations

import re

MAX_WORDS = 8  # a line of background, not a new telling

_FOR = re.compile(
    r"^\W*(?:(?:it|this|that|they|these|the\s+\w+)\s+(?:was|were)\s+(?:a\s+gift\s+|meant\s+)?for"
    r"|(?:it\s+was\s+)?(?:a|my)\s+(?:gift|present)\s+for)\b"
    r"|^\W*(?:برای|واسه|واسه‌ی|برا|براي)\s+(?!این|اون|آن|چی)\S+(?:\s+\S+){0,5}?\s+(?:بود|بودن|بودند|بوده)\W*$"
    r"|^\W*(?:هدیه|کادو)(?:ی|‌ی)?\s+\S+(?:\s+\S+){0,4}?\s+(?:بود|بوده)\W*$"
    # Arabic: «كانت هدية لأمي», «هدية لأمي», «كان عشان عيد ميلاد بنتي» (never «لأن», «لازم»).
    r"|^\W*(?:و?(?:كان|كانت|كانوا)\s+(?:هدي[ةه]\s+)?|هدي[ةه]\s+)"
    r"(?:ل(?!أن|ان|ازم)(?=\S)|عشان\s|علشان\s|من\s+شان\s)(?:\S+\s*){1,5}\W*$",
    re.IGNORECASE,
)
# A clause of something wrong beside it ("… and it came cold") is more than background.
_MORE_CLAUSE = re.compile(r"\b(?:but|and)\b|\bولی\b|\bاما\b|\bو\s|\bبس\b|\bلكن\b|\sو(?=\S)")


def is_background(text: str) -> bool:
    """ "it was a gift for my mom": what it was for, and nothing more."""
    text = text.strip()
    if not text or len(text.split()) > MAX_WORDS or not _FOR.search(text):
        return False
    return not _MORE_CLAUSE.search(text)
