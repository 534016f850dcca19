"""Thanks that do not say the customer's words a second time.

The reflection has just said the idea or the praise back and the customer said "yes": a
thanks that quotes it again («ممنون که برایمان فکر کردید: «…»» right after «…درست است؟»)
repeats a whole phrase in two replies running. Then the thanks names what it thanks for
(the idea, the praise) without the quote, when the quote had to be cut ("…"): blind readers
(stop 32, 180 pairs) preferred a short whole quote that names the point, and the thanks
without a quote to a cut one said twice (33 to 11). Persian readers did not (20 to 50: a
cut quote still names the dish or the courier they praised), so Persian kept the quote, until
stop 34's readers marked cut quotes broken in all three languages: closing.py now cuts a quote
to a whole clause (whole_clause.py), and one with no clause to give is thanked without it.
"""

from __future__ import annotations

from dialogues.finglish_thanks import thanks_key as finglish_key
from dialogues.text import fold, words

# Share of the quote's words the reflection already said. A person shift changes a few
# ("my seat" → "your seat"), a shortened reflection drops some: most must still be there.
SAID_BACK_SHARE = 0.6
CUT = "…"  # how quotes.short_quote marks a quote it had to cut
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


def thanks_key(kind: str, quote: str, reflection: str | None, language: str) -> str:
    """The catalog key of the thanks: with the quote, or without a cut one said back."""
    key = finglish_key(kind, quote, language)  # r50: Finglish praise is thanked unquoted
    if not quote.strip():  # en61: nothing but "<3" to quote: thanked without quote marks
        return f"{key}_unquoted"
    if key.endswith("_unquoted"):
        return key
    cut = quote.endswith(CUT) and language != "fa"
    return f"{key}_heard" if cut and said_back(quote.removesuffix(CUT), reflection) else key
