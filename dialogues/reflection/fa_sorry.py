"""A Persian «متاسفم» typed between two clauses, set apart by commas where it stands alone.

Customers close or break a complaint with «(واقعا) متاسفم» and no punctuation
(«… آبرومون رفت متاسفم»، «واقعا متاسفم من که به شخصه دیگه …»). Shifted as it was typed,
it glued two clauses into one that misreads («… متأسف شدید شما که به شخصه …»): the feeling
is its own clause, so it is said with a comma on each side it stands alone on. A word that
says what the regret is about («که»، «از»، «برای»، «بابت» …) stays joined to it.
"""

from __future__ import annotations

import re

_SORRY = r"(?:متاسفم|متأسفم)"
_ADVERB = r"(?:(?:واقعا|واقعاً|خیلی|بسیار|شدیدا|شدیداً)\s+)?"
_AT = re.compile(rf"(\S+)\s+(?={_ADVERB}{_SORRY}(?!\S))")
# The word before the feeling that leans on it («من که متاسفم»، «و متاسفم»): no comma there.
_LEANS_ON = frozenset(
    "که ک و من ما هم برای بابت از به ولی ولى اما چون واقعا واقعاً خیلی بسیار شدیدا".split()
)
# The words after it that say what it is about («متاسفم که …»، «متاسفم برای …»).
_ABOUT = r"که|ک|از|برای|بابت|به|واسه|بخاطر|چون|ولی|ولى|اما|و|واقعا|واقعاً|خیلی|هستم|شدم"
_AFTER = re.compile(rf"(?<!\S)({_SORRY})\s+(?!(?:{_ABOUT})(?!\S))(?=[^\s،,.!؟?…])")


# «برای مدیریت متاسفم»، «بابت پولی که دادم متاسفم»: what it is about, said before it.
_FOR = frozenset("برای بابت واسه بخاطر خاطر از".split())


def _parted(found: re.Match[str]) -> str:
    word = found.group(1)
    before = found.string[: found.start()].split()[-3:]
    if word[-1] in "،,.:!؟?…" or word in _LEANS_ON or _FOR & set(before):
        return found.group(0)
    return word + "، "


_SAID_APART = re.compile(r"، (?=(?:(?:واقعا|واقعاً|خیلی|بسیار) )?متأسف شدید)|(?<=متأسف شدید)،")


def unparted(text: str) -> str:
    """``text`` without the commas ``sorry_apart`` set, to tell a run-on typed without any."""
    return _SAID_APART.sub(lambda m: " " if m.group(0) == "، " else "", text)


def sorry_apart(clause: str) -> str:
    """«… آبرومون رفت متاسفم» → «… آبرومون رفت، متاسفم»; «متاسفم من که …» → «متاسفم، من که …»."""
    if not re.search(_SORRY, clause):
        return clause
    return _AFTER.sub(r"\1، ", _AT.sub(_parted, clause))
