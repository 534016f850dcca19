"""«خطا», «غلط», "wrong": a "no" only where it stands alone, not where its clause goes on.

«نه، خطا نمیده، کلا صفحه سفید میشه» ("no, it gives no error, the whole page goes white"):
«خطا» is the error the customer names, not a second "no". Read as one, the correction lost
its subject («پس نمیده، کلا صفحه سفید میشه»). "Wrong, it was Chicago", «اشتباهه» or «غلط.»
still say no: a mark or the end follows them.
"""

from __future__ import annotations

import re

from dialogues.text import fold

_WRONG = frozenset(
    fold(w) for w in ("wrong", "incorrect", "اشتباه", "اشتباهه", "غلط", "خطأ", "خطا")
)
_STANDS_ALONE = re.compile(r"\s*(?:[,.،؛;:!؟?\-–—…]|$)")


def goes_on(word: str, text: str, end: int) -> bool:
    """A folded "wrong" word at ``text[:end]`` its clause goes on after («خطا نمیده»)."""
    return word in _WRONG and not _STANDS_ALONE.match(text, end)
