"""Small text utilities the policy needs: folding for matching, cleaning, tokens, sentences.

Pure standard library: the policy package must stay free of heavy imports. Folding is
only for comparing words; what we show the customer keeps their own spelling.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

ZWNJ = "\u200c"
_DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")  # harakat, superscript alef, tatweel
_FOLD = str.maketrans(
    {
        "ي": "ی", "ى": "ی", "ك": "ک", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه",
        "ۀ": "ه", "ؤ": "و", "ئ": "ی",
        "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4", "۵": "5", "۶": "6", "۷": "7",
        "۸": "8", "۹": "9", "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5",
        "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    }
)  # fmt: skip
_HANDLE = re.compile(r"(?<!\w)@\w+")
_URL = re.compile(r"https?://\S+|www\.\S+|(?<!\w)link(?!\w)", re.IGNORECASE)
_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2300-\u23ff\u2b00-\u2bff\ufe0f\u200d\u20e3]+"
)
_SPACES = re.compile(r"\s+")
WORD = re.compile(r"[^\W_]+(?:[\u200c'’][^\W_]+)*", re.UNICODE)
_SENTENCE = re.compile(r"(?<=[.!?؟…])\s+|[\n;؛]+|\s+[-–—]\s+")


# fold's marks and ZWNJ deleted by the same table that folds the letters: one pass over the
# text instead of a regex pass, a translate and a replace (no folded letter is a mark or a
# ZWNJ, so deleting them first or within the one pass gives the same text).
_FOLD_ALL = {**_FOLD, **dict.fromkeys([*range(0x064B, 0x0653), 0x0670, 0x0640, ord(ZWNJ)])}


@lru_cache(maxsize=16384)  # called per word by every matcher, on a small vocabulary
def fold(text: str) -> str:
    """Letters, digits and case folded to one form each, for matching words only."""
    return text.translate(_FOLD_ALL).lower()


def without_marks(text: str) -> str:
    """The text without Arabic vowel marks: «ذُكر» is one word, not «ذ» and «كر»."""
    return _DIACRITICS.sub("", text)


@lru_cache(maxsize=128)  # r47: a turn's message is cleaned again by several rules
def clean(text: str) -> str:
    """A message without handles, links, emoji, HTML entities or runs of spaces."""
    text = html.unescape(text)
    text = _HANDLE.sub(" ", text)
    text = _URL.sub(" ", text)
    text = _EMOJI.sub(" ", text)
    return _SPACES.sub(" ", text).strip(" ,،-–—:")


def words(text: str) -> list[str]:
    """Word tokens in the text's own spelling (ZWNJ-joined words stay whole)."""
    return list(_words(text))  # the caller's own list


@lru_cache(maxsize=256)  # a turn's texts are split into words by several readers
def _words(text: str) -> tuple[str, ...]:
    return tuple(WORD.findall(text))


def sentences(text: str) -> list[str]:
    """Sentences, split on end punctuation, semicolons, dashes and line breaks."""
    return [s.strip(" ,،") for s in _SENTENCE.split(text) if s and s.strip(" ,،.")]


MAX_MESSAGE_LENGTH = 4096  # Telegram's limit; longer messages go out in parts


def utf16_length(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units (an emoji outside the BMP is two)."""
    return len(text.encode("utf-16-le")) // 2


def _fitting(text: str, limit: int) -> int:
    """How many characters of ``text`` fit in ``limit`` UTF-16 code units."""
    fits = min(limit, len(text))
    while (excess := utf16_length(text[:fits]) - limit) > 0:
        fits -= (excess + 1) // 2  # each character is one or two units: never overshoot
    return max(fits, 1)


def split_text(text: str, limit: int = MAX_MESSAGE_LENGTH) -> list[str]:
    """Parts of at most ``limit`` (UTF-16) characters, cut at line or word breaks if possible."""
    parts: list[str] = []
    while utf16_length(text) > limit:
        hard = _fitting(text, limit)
        cut = max(text.rfind("\n", 0, hard), text.rfind(" ", 0, hard))
        cut = cut if cut > hard // 2 else hard
        part = text[:cut].rstrip()
        if part:  # a run of spaces must not become an empty message (Telegram refuses it)
            parts.append(part)
        text = text[cut:].lstrip()
    if text:
        parts.append(text)
    return parts
