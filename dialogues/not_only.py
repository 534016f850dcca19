"""'No, not just that — they also charged me': more of the telling, never a correction.

«نه، فقط این نیست، …هم», «لا، مو بس كذا، كمان …», «مش بس كده», "not just that, they also
…" keep what was told and add to it. Read as a correction, the "not just that" lost its
"not" and its "just" and the reflection said a fragment («…، كذا، كمان خصموا …»); the
phrase is read whole instead, and what follows it is the new part. Convo54: a part named
("it's not just the bag, nobody at the desk …", «فقط چمدون نیست، …», «مش بس الشنطة، …») is
the same "there is more", not a correction ("So it's not just the bag, nobody …").
"""

from __future__ import annotations

import re

_NO = r"(?:(?:no|nope|nah|نه|نخیر|لا|لأ|لاء)\b[\s,.،!]*)?"
_THAT_AR = r"(?:كذا|كده|هيك|هذا|هذي|هاد|هادا|ده|دا|هذا\s+فقط|هذا\s+بس)"
_PHRASES = {
    "en": (
        r"(?:and\s+)?(?:(?:it's|it\s+is|it\s+was|that's|that\s+is|that\s+was)\s+)?"
        r"not\s+(?:just|only)\s+(?:that|this|it|(?:about\s+)?(?:the|my|our)\s+[\w'-]+)\b"
        r"|(?:that's|that\s+is|that\s+isn't|that's\s+not|that\s+is\s+not)\s*(?:not\s+)?all\b"
        r"|(?:that's|that\s+is|that\s+was)\s+not\s+the\s+only\s+(?:thing|problem|issue)\b"
    ),
    "fa": (
        r"(?:فقط|تنها)\s+(?:این|همین|اینا|این‌ها|\S+)\s+(?:نیست|نبود|نیس)"
        r"|نه\s+(?:فقط|تنها)\s+(?:این|همین)\b"
        r"|(?:همه‌اش|همش|همه‌ش)\s+(?:این|همین)\s+(?:نیست|نبود)"
        r"|(?:این|همین)\s+(?:همه‌اش|همش|همه‌ش)\s+(?:نیست|نبود)"
    ),
    "ar": (
        rf"و?(?:مو|مش|مب|موب|ليس|مهو|ماهو)\s+(?:بس|فقط)\s+(?:{_THAT_AR}|ال\S+)"
        rf"|و?(?:مو|مش|مب|موب|ليس)\s+{_THAT_AR}\s+(?:بس|فقط|وبس)"
        r"|(?:هذا|هذي|ده)\s+(?:مو|مش|ليس)\s+(?:كل\s+شي|كل\s+شيء|كل\s+حاجة)"
    ),
}
_PATTERNS = {
    lang: re.compile(rf"^\s*{_NO}(?:{body})(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
    for lang, body in _PHRASES.items()
}
_SEP = re.compile(r"^[\s,.،؛;:!—–\-…]+")
# "not only that, but …", «ليس هذا فقط، بل …», «…، بلکه …»: the "but" only leads in.
_BUT = re.compile(r"^(?:but|بل|بلکه|بلكه|لكن|ولكن)\s+", re.IGNORECASE)


def rest(text: str, language: str) -> str | None:
    """What follows a leading "not just that" (its words as written); None without one."""
    pattern = _PATTERNS.get(language)
    found = pattern.match(text) if pattern else None
    if found is None:
        return None
    after = found.group("rest")
    if after and not _SEP.match(after):
        return None  # «مش بس كدهون…»: the phrase must end where a word ends
    return _BUT.sub("", _SEP.sub("", after)).strip()
