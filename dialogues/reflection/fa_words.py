"""Whether a Persian word is a word we know, so a misspelt one is quoted, never echoed.

A reflection that repeats a customer's typo («سانذویچ») or two words run together
(«بودکیک») outside quotation marks reads as the bot's own mistake; inside a quote it is
the customer's word. A word is known when, after its common suffixes and verb prefixes
are taken off, hazm's lexicon (``lexicon/fa_*.txt``) or the list of words customers
write in the tuning rows (``lexicon/fa_seen.txt``: colloquial forms, dishes, brands)
holds it. An unknown word makes its clause a quote.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache, lru_cache

from dialogues.reflection.fa_store import store
from dialogues.text import ZWNJ, fold

_LETTERS = re.compile(r"[^\W\d_]+")
_PERSIAN = re.compile(r"[\u0621-\u06d3]")
_SUFFIXES = (
    "هایی", "های", "ها", "ترین", "تر", "ای", "یی", "ی", "اش", "یش", "شون", "شان", "شو", "ش",
    "ام", "مون", "مان", "تون", "تان", "م", "ت", "ید", "ین", "یم", "ند", "ن", "ه", "و",
    "ا", "رو", "ست",
)  # fmt: skip
_AFFIXES = frozenset(
    "ها های هایی هاش هاشون هاتون هام هامون ای ی یی اش ام اید ایم اند تر ترین تان تون شان شون "
    "مان مون می نمی ست ش م ت شو مو".split()
)
_SHORT_STEMS = frozenset(
    "ش شد کن کرد د ده داد گ گو گفت ر رو رفت بر برد آ آی آمد اومد خوا خواه خا دار زن زد گیر "
    "گرفت خور خورد بین دید یا آر آورد اورد کش کشید مون موند تون تونست دون دونست رس رسید".split()
)
# Short words that take suffixes: جای، کمی، بهتره، یکی، کسی، همش.
_SHORT_WORDS = frozenset("جا کم به یک کس حد سس دو سه هم همه سر دل مز مزه بد بو نو ته".split())
_APART = frozenset("ی ش م ت تون تان هاتون هاتان".split())
_PREFIXES = ("نمی", "می", "بی", "نا", "با", "ب", "ن")  # «بااخلاق»، «باکیفیت»


def _known() -> Mapping[str, None]:
    """Every word of the lists and every verb part, ``fold``'s spelling."""
    return store().known


# The suffixes by their last letter: a word is tried only against those it could end with
# (a word's first meeting is most of what ``is_known`` costs: ~8 µs, on every new word).
_ENDING_IN: dict[str, tuple[str, ...]] = {
    last: tuple(s for s in _SUFFIXES if s.endswith(last)) for last in {s[-1] for s in _SUFFIXES}
}


def _bases(key: str, least: int = 3) -> set[str]:
    """The word, and what is left of it with one or two suffixes and a prefix taken off."""
    bases = {key}
    for _ in range(2):
        for base in list(bases):
            for suffix in _ENDING_IN.get(base[-1:], ()):
                if base.endswith(suffix) and len(base) >= len(suffix) + least:
                    bases.add(base[: -len(suffix)])
    for base in list(bases):
        for prefix in _PREFIXES:
            if base.startswith(prefix) and len(base) >= len(prefix) + least:
                bases.add(base[len(prefix) :])
    return bases


@lru_cache(maxsize=4096)  # asked per word by several rules of one reflection, on fixed lists
def is_known(word: str) -> bool:
    """Whether every Persian part of ``word`` (ZWNJ-joined parts apart) is a known word."""
    known = _known()
    if fold(word).strip(".,،!؟?«»()") in _APART:  # «بسته بندی ی»، «گوجه ش»، «پیتزا هاتون»
        return False  # a suffix written apart: quoted, and «هاتون» is "your" (the company's)
    for part in (p for piece in word.split(ZWNJ) for p in _LETTERS.findall(fold(piece))):
        affix = part in _AFFIXES or (part[:-1] in _AFFIXES and part[-1:] in ("م", "ت"))
        if not _PERSIAN.search(part) or affix:
            continue  # «ها» of «شیرینی‌ها», «می» of «می‌کنم»: written apart, part of the word
        if len(part) <= 1 and part not in ("و", "ا"):
            return False  # «ک» for «که», «ن بد ن خوب»: shorthand, not a word to echo
        bases = _bases(part)
        if any(b in known or b + "ه" in known for b in bases):
            continue
        short = _bases(part, 1) & (_SHORT_STEMS | _SHORT_WORDS)  # شده، کنم، جای، بهتره
        if not short and not _verb_in_d(part):
            return False
    return True


def is_word(word: str) -> bool:
    """Whether ``word`` as it stands (no affix taken off) is in the lexicon."""
    return fold(word) in _known()


def _verb_in_d(part: str) -> bool:
    """«شود»، «میخورد»، «نمیدن»: ‑د / ‑ند on a verb stem (never «گنجد» as «گنج» + د)."""
    stems = _stems()
    for ending in ("ند", "د", "ن"):
        if part.endswith(ending):
            rest = part[: -len(ending)]
            for prefix in ("نمی", "می", "ب", "ن", ""):
                if rest.startswith(prefix) and rest[len(prefix) :] in stems:
                    return True
    return False


@cache
def _stems() -> frozenset[str]:
    """Present and past verb stems, formal and colloquial."""
    return frozenset(_SHORT_STEMS) | store().verb_parts


# «بدین»، «بدید»: a bare imperative to the company ("give …"), never «به این»: quoted.
IMPERATIVE = frozenset("بدین بدید بکنین بکنید بیارین بیارید بذارین بذارید".split())
# «بکشمشون»، «بدمش»: a first-person verb carrying an object: quoted, never half shifted.
VERB_OBJECT = re.compile(r"^(نمی|می|ب|ن)(\S+)م(?:شون|شان|تون|تان|ش|ت)$")


def looks_first_person(key: str) -> bool:
    """A word shaped like a first-person form that we could not analyse.

    ‑مون is "our" («دندونامون»), and ‑م after a vowel is "my" («آبروم»، «مهمونام»)
    unless the lexicon holds the word whole (تمام، مفهوم): left unshifted beside a
    shifted neighbour, either would be a half shift.
    """
    verb = key.startswith(("می", "نمی")) or key.endswith(("دم", "تم", "یدم", "ستم"))
    mine_is = key.endswith("مه") and is_known(key[:-2])  # «آخرمه»: "it is my last"
    return verb or mine_is or key.endswith(("مون", "مونو", "ام", "وم"))
