"""The languages Hamdel speaks, said once: the list, the type, the fallback and the digits.

Every package takes these from here (``dialogues`` is the pure core all others may import),
so adding a language or changing the fallback order is one edit.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, TypeGuard

Language = Literal["fa", "ar", "en"]
LANGUAGES: tuple[Language, ...] = ("fa", "ar", "en")

_KEPT = 4096  # characters remembered as themselves (a customer's alphabet: a few hundred)


class _SelfMapped(dict[int, int]):
    """A ``str.translate`` table whose unmapped character is itself, remembered: a plain
    ``str.maketrans`` table raises and clears a KeyError inside ``translate`` for every
    unmapped character of a non-ASCII text (round 33: ~40 % of ``translate``'s time here)."""

    def __missing__(self, code: int) -> int:
        if len(self) < _KEPT:
            self[code] = code
        return code


# Persian (۰–۹) and Arabic-Indic (٠–٩) digits to ASCII, for matching and numbers.
TO_ASCII_DIGITS = _SelfMapped(str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789"))
# ASCII to Persian digits, for numbers written into Persian text.
TO_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_TO_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def numeral(number: int, language: str) -> str:
    """A number in the digits a reader of ``language`` expects («نمره‌ی ۵», «تقييم ٥»)."""
    table = {"fa": TO_PERSIAN_DIGITS, "ar": _TO_ARABIC_DIGITS}.get(language)
    return str(number).translate(table) if table else str(number)


def is_language(code: object) -> TypeGuard[Language]:
    """Whether ``code`` is a language Hamdel speaks."""
    return code in LANGUAGES


def first_supported(candidates: Iterable[str | None], default: Language) -> Language:
    """The first candidate we speak (a previous language, a client hint "fa-IR"…), else default."""
    for candidate in candidates:
        code = (candidate or "")[:2].lower()
        if is_language(code):
            return code
    return default
