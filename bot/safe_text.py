"""Customer-written text inside staff-facing messages, unable to rearrange them.

A name like "\u202eevil" (RIGHT-TO-LEFT OVERRIDE) would reverse the rest of a staff card's
line. Stray bidi embedding, override and isolate controls are removed from what customers
wrote, and the result is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so
Persian, Arabic or English words keep their own direction without touching the card's.
"""

from __future__ import annotations

import re

FSI = "\u2068"  # FIRST STRONG ISOLATE: direction from the text's first strong letter
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE
# LRE RLE PDF LRO RLO, and LRI RLI FSI PDI: whatever could leak out of the isolate.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
SURROGATES = re.compile("[\ud800-\udfff]")  # in a str, always lone (pairs decode to one)


def strip_bidi(text: str) -> str:
    """``text`` without bidi embedding, override and isolate controls."""
    return BIDI_CONTROLS.sub("", text)


def isolate(text: str) -> str:
    """``text`` cleaned of bidi controls, each of its lines isolated from the line around it."""
    # A line break ends every isolate (a new paragraph), so each line gets its own.
    return "\n".join(f"{FSI}{line}{PDI}" for line in strip_bidi(text).split("\n"))


def storable(text: str | None) -> str | None:
    """``text`` as every database stores it: no NUL, no lone surrogates (U+FFFD instead)."""
    if text is None:
        return None
    # Real clients never send these; a forged webhook body can, and PostgreSQL refuses NUL.
    return SURROGATES.sub("\ufffd", text.replace("\x00", ""))
