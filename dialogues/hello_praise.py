"""A Persian hello followed by a few words of praise: «سلام خوشمزه و سریع».

NLU reads the hello and calls the whole message a greeting, so the bot answered
«سلام! بفرمایید، …» as if nothing had been said: the praise after the hello went unheard.
When every word after the hello is a word of praise (or «و», «خیلی», «بود» around them),
the message is praise, not a bare hello. Not «سلام خیلی خوب»: "hello, (I am) very well" too.
"""

from __future__ import annotations

import re

from dialogues.text import fold

_HELLO = re.compile(r"^\s*(?:با ?)?(?:سلام|درود)(?:\s+(?:و\s+)?(?:وقت\S* بخیر|عرض ادب))?[\s،,.!]+")
_PRAISE = frozenset(
    fold(w)
    for w in """خوشمزه خوشمزست خوشمزس عالی عالیه عالی‌ست سریع تازه داغ لذیذ بینظیر بی‌نظیر
    باکیفیت مرتب تمیز""".split()
)
_AROUND = frozenset(fold(w) for w in "و خیلی بسیار واقعا بود بودن بودند هم همه چی چیز".split())
_MOST = 5  # words at most after the hello


def is_hello_praise(text: str, language: str) -> bool:
    """Whether ``text`` is a Persian hello and then only a few words of praise."""
    if language != "fa":
        return False
    hello = _HELLO.match(text)
    if hello is None:
        return False
    said = [fold(w) for w in re.findall(r"[^\s،,.!؟?]+", text[hello.end() :])]
    if not 0 < len(said) <= _MOST:
        return False
    return any(w in _PRAISE for w in said) and all(w in _PRAISE | _AROUND for w in said)
