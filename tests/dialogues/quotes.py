"""Reading a Persian or Arabic reflection apart: what it quotes and what it says itself."""

from __future__ import annotations

import re

_QUOTE = re.compile(r"«([^»]*)»")


def quotes(said: str) -> list[str]:
    """The customer's words the reflection quotes, in order."""
    return _QUOTE.findall(said)


def outside(said: str) -> str:
    """What the reflection says in the bot's own voice (its quotes taken out)."""
    return _QUOTE.sub("", said)
