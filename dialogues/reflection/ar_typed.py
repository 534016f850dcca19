"""A letter typed twice inside an Arabic word, mended when the word is plainly a typo.

The judges marked typos said back in the bot's own voice («جمميل»، «ممتاازه»، «كتيير»،
«محتررم»). A word no reviewer writes whose letter pair, written once, gives a word reviewers
write often is that word with a key held; real words with a letter pair are spared: a pair
opening the word or its stem after a clitic («تتغير»، «ببعض»، «وودود»، «اللذين»،
«وممرات») and a pair ending it («تجدد»، «احدد»: a doubled last root letter) are never touched.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from dialogues.text import fold

_OFTEN = 10  # seen this often, a word is what the typo meant
_PREFIXES = ("", "و", "ف", "ب", "ك", "ل", "ال", "وال", "فال", "بال", "كال", "لل", "ولل")
_ARTICLES = ("ولل", "وال", "فال", "بال", "كال", "ال", "لل")
_WORD = re.compile(r"(?<![^\W\d_])[\u0621-\u064a]{4,}(?![^\W\d_])")
# Every mend writes a letter pair once: a text with no two like Arabic letters side by side
# has nothing to mend, and skips the pass (its look-ups per word were ~3% of a turn).
_PAIR = re.compile(r"([\u0621-\u064a])\1")


@cache
def _seen() -> dict[str, int]:
    """Folded words of lexicon/ar_seen.txt with how often reviewers wrote them."""
    path = Path(__file__).parent / "lexicon" / "ar_seen.txt"
    counts: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, count = line.split()
            counts[fold(word)] = counts.get(fold(word), 0) + int(count)
    return counts


def _count(word: str) -> int:
    """How often reviewers wrote the word, with or without a clitic before it."""
    key, seen = fold(word), _seen()
    return max(seen.get(key[len(lead) :], 0) for lead in _PREFIXES if key.startswith(lead))


def _joins_parts(word: str, at: int) -> bool:
    """Whether the pair is a stem's last letter beside an ending's or a prefix's own.

    «لاننا»، «لكنني» («ن» + «نا»/«ني»)، «وجهها»، «ستتم»، «بتتكلم»، «ملككم» and the
    plural «المصريين» are real words whose pair is two letters of two parts.
    """
    return word[at] in "نهتك" or (word[at] == "ي" and word[at + 1 :] == "ن")


def _mended(match: re.Match[str]) -> str:
    """The word with its held key written once, when that gives one often-written word."""
    word = match.group(0)
    # The pair's second letter comes after the stem's second letter: «جمميل» but never
    # «وممرات» («و» + «ممرات»), «التتابع», nor the last pair.
    stem_at = next((len(a) for a in _ARTICLES if word.startswith(a)), int(word[0] in "وفبكل"))
    found = {
        word[:at] + word[at + 1 :]
        for at in range(max(2, stem_at + 2), len(word) - 1)
        if word[at] == word[at - 1] and not _joins_parts(word, at)
    }
    if not found or _count(word):  # no pair to drop (checked first: it is cheaper), or a word
        return word
    often = [w for w in found if _count(w) >= _OFTEN]
    return often[0] if len(often) == 1 else word


def mend_held_keys(text: str) -> str:
    """The text with each Arabic word typed with a key held twice written as meant."""
    return _WORD.sub(_mended, text) if _PAIR.search(text) else text
