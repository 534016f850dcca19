"""Praise typed in Latin letters ("Hame chi awli", "Khyli ba keyfiyat bod") is thanked plainly.

«خوشحالمان کردید: «Khyli ba keyfiyat bod».» sets Finglish inside a Persian frame: the letters
jar, and a reader cannot tell whether we read it. A thanks that needs no quote says the same.
"""

from __future__ import annotations

import re

_PERSIAN_LETTER = re.compile(r"[\u0600-\u06ff]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def thanks_key(kind: str, quote: str, language: str) -> str:
    """The catalog key for thanking praise or an idea, unquoted where the quote is Latin only."""
    key = "thanks_praise" if kind == "praise" else "thanks_idea"
    if language == "fa" and latin_only(quote):
        return f"{key}_unquoted"
    return key


def latin_only(quote: str) -> bool:
    """Whether the words hold Latin letters and no Persian one."""
    return bool(_LATIN_LETTER.search(quote)) and not _PERSIAN_LETTER.search(quote)
