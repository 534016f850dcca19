"""A Persian «خیلی» left dangling after the verb, set where the listener would say it.

Spoken Persian puts «خیلی» after the verb («کیفیت پایین بود خیلی»، «خیلی خوشمزه بود خیلی»);
said back in the bot's voice it reads as a slip: «… سرد شده بود خیلی. درست گرفتم؟». So a
«خیلی» closing a clause after «بود/است/هست» goes: said twice («خیلی سرد بود خیلی»), the
second is dropped; set off by a comma alone («خیلی چرب بود، خیلی»، the «خیلی» of a thanks
cut out), it is dropped; said once, it moves before the one word the verb describes
(«قیمت بالا بود خیلی» → «قیمت خیلی بالا بود»). After another verb («سبزی نداشت خیلی»:
"not much") it stays: dropped or moved, its meaning would change.
"""

from __future__ import annotations

import re

_VERY = r"خیلی"
# The copula closing the clause, with «شده» before it («سرد شده بود»).
_COPULA = r"(?:شده\s+)?(?:بود|بودن|بودند|است|هست|هستش)"
# A lone «خیلی» closing a clause after a comma: «… چرب بود، خیلی»، «… مناسب بود، خیلی».
_LONE = re.compile(r"\s*[،,]\s*" + _VERY + r"(?=\s*(?:[.!،,؟?…]|$))")
# «… <word> <copula> خیلی» closing the clause (at the end or before a mark).
_AFTER = re.compile(r"(?<!\S)(\S+)\s+(" + _COPULA + r")\s+" + _VERY + r"(?=\s*(?:[.!،,؟?…]|$))")
# Never moved before these: a verb, a negation, an intensifier, a particle.
_NOT_DESCRIBED = frozenset("خیلی واقعا واقعاً بسیار هم که و نه نیز اصلا اصلاً".split())


def placed(text: str) -> str:
    """The clause without a «خیلی» dangling after its copula (dropped or moved before)."""
    if _VERY not in text:
        return text
    text = _LONE.sub("", text)
    return _AFTER.sub(lambda m: _moved(m, text), text)


def _moved(found: re.Match[str], text: str) -> str:
    """One dangling «خیلی»: dropped when the clause said it already, else moved before."""
    word, copula = found.group(1), found.group(2)
    before = text[: found.start()].split()[-3:]
    if word == _VERY or _VERY in before:  # «خیلی خوشمزه بود خیلی»: said already
        return f"{word} {copula}"
    if word in _NOT_DESCRIBED or word.startswith(("می", "نمی")):
        return found.group(0)
    return f"{_VERY} {word} {copula}"
