"""Thanks that do not say the customer's words a second time.

The reflection has just said the idea or the praise back and the customer said "yes": a
thanks that quotes it again («ممنون که برایمان فکر کردید: «…»» right after «…درست است؟»)
repeats a whole phrase in two replies running. Then the thanks names what it thanks for
(the idea, the praise) without the quote.
"""

from __future__ import annotations

from dialogues.text import fold, words

# Share of the quote's words the reflection already said. A person shift changes a few
# ("my seat" → "your seat"), a shortened reflection drops some: most must still be there.
SAID_BACK_SHARE = 0.6
_SHORT = 2  # «و», "a", «از»: too common to tell whether the words were said back


def said_back(quote: str, reflection: str | None) -> bool:
    """Whether ``reflection`` already said most of ``quote``'s words."""
    if not reflection:
        return False
    told = [fold(w) for w in words(quote) if len(w) > _SHORT]
    if not told:
        return False
    heard = {fold(w) for w in words(reflection)}
    return sum(w in heard for w in told) >= SAID_BACK_SHARE * len(told)


def thanks_key(kind: str, quote: str, reflection: str | None) -> str:
    """The catalog key of the thanks: with the quote, or without it when it was said back."""
    key = "thanks_praise" if kind == "praise" else "thanks_idea"
    return f"{key}_heard" if said_back(quote, reflection) else key
