"""Normalise text for matching: digits, Arabic letter forms, hazm for Persian, case and spaces."""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

from dialogues.languages import TO_ASCII_DIGITS as _DIGITS

# Harakat, Quranic marks, superscript alef and tatweel carry no meaning for matching.
_ARABIC_MARKS = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
# Persian keyboards type ی/ک in Arabic text too, so fold them into the Arabic forms.
_AR_LETTERS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ة": "ه", "ک": "ك"}
)
_FA_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه"})
_SPACES = re.compile(r"\s+")
# Three or more repeats ("sooooo") are emphasis; keep two so "cool" survives ...
_REPEATS = re.compile(r"(\w)\1{2,}")
# ... but Persian/Arabic write doubled consonants once, so stretched letters ("خیییلی",
# "روووعه", "عاالی") collapse to one; a doubled alef never occurs in a word.
_ARABIC_REPEATS = re.compile(r"([\u0621-\u064A\u067E-\u06D3])\1{2,}|(ا)\2+")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


def to_ascii_digits(text: str) -> str:
    """Map Persian (۰-۹) and Arabic-Indic (٠-٩) digits to ASCII 0-9."""
    return text.translate(_DIGITS)


_lexicon_dir: list[Path] = []  # where hazm's compact lexicon is cached, once configured


def use_compact_lexicon(directory: Path) -> None:
    """Load hazm's word lists as cached hashes kept in ``directory`` (see nlu.hazm_compact)."""
    _lexicon_dir[:] = [directory]


@lru_cache(maxsize=1)
def _hazm_normalizer() -> Any:
    """hazm is slow to load, so load it on first Persian text only (only the Normalizer's
    part of it, see nlu.hazm_lite, and with compact word lists when configured)."""
    from nlu.hazm_compact import compact_normalizer

    return compact_normalizer(_lexicon_dir[0] if _lexicon_dir else None)


def persian_ready() -> bool:
    """Whether hazm is loaded (it is, after the first Persian text)."""
    return _hazm_normalizer.cache_info().currsize > 0


def load_persian() -> None:
    """Load hazm now (callers run this in a thread so a server keeps answering meanwhile).

    Meanwhile the GIL changes hands every 0.5 ms instead of 5: the server's thread lets go
    of it on every database call (SQLite runs on the event loop) and would otherwise wait
    up to 5 ms each time to get it back from this busy thread.
    """
    before = sys.getswitchinterval()
    sys.setswitchinterval(min(before, 0.0005))
    try:
        _hazm_normalizer()
    finally:
        sys.setswitchinterval(before)


@lru_cache(maxsize=4096)
def _normalize_fa(text: str) -> str:
    """hazm's Persian normaliser (spacing, ZWNJ, letter forms), cached: it is slow-ish."""
    result: str = _hazm_normalizer().normalize(text)
    return result


@lru_cache(maxsize=256)  # a turn's text is normalised twice or more (intent, sentiment)
def normalize(text: str, language: str) -> str:
    """Return ``text`` in the form the matchers and classifiers compare on."""
    text = _ARABIC_MARKS.sub("", text)
    if language == "fa":
        text = text.translate(_FA_LETTERS)
        text = _normalize_fa(text)
        text = text.replace("أ", "ا").replace("إ", "ا")
    else:
        text = text.translate(_AR_LETTERS)
    # After hazm, which writes digits the Persian way.
    text = to_ascii_digits(text)
    text = _ARABIC_REPEATS.sub(lambda m: m.group(1) or m.group(2), text)
    text = _REPEATS.sub(r"\1\1", text.lower().translate(_APOSTROPHES))
    return _SPACES.sub(" ", text).strip()
