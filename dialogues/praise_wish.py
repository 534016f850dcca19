"""Praise, then a small wish: "great as always, just add more vegan options".

«مثل همیشه عالی بود، فقط سس تند هم بذارید», «ممتاز كالعادة، بس لو تزيدون الصوص»: the customer
liked it and asks for one thing more. NLU heard no praise nor idea in it (a question), and
after "yes" they got only "may I ask two short questions?": nothing thanked, the wish not
noted (conversation round 57). One line does both: thanks for the kind words, and the wish
written down in their words. Only where nothing went wrong: «عالی بود فقط سرد بود» is a
let-down (``fa_mixed.letdown_clause``), and a question ("… just add vegan options?") asks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogues import cues, telling
from dialogues.apologies import _NOT, _THANKS

# Where the wish begins, after the praise: "just", "but", «فقط», «بس», or a wish word.
_TURN = {
    "en": re.compile(r"[,.!;]?\s+(?:but\s+)?(?:just|only|please)\s+|[,.!;]\s+but\s+", re.I),
    "fa": re.compile(r"(?:[،,.!]\s*|\s+)(?:(?:ولی|اما)\s+)?(?:فقط|لطفا|لطفاً|ولی|اما)\s+"),
    "ar": re.compile(r"(?:[،,.!]\s*|\s+)(?:بس|فقط|لكن|ولكن)\s+"),
}
# What asks for one thing more: add, put, more. Not a let-down: "just cold", «فقط سرد بود».
_ASKED = {
    "en": ("add", "adding", "bring", "put", "include", "offer", "more", "another", "extra",
           "bigger", "larger"),
    "fa": ("بذارید", "بزارید", "بذارین", "بزارین", "بگذارید", "اضافه*", "بیشتر*", "بریزید",
           "بریزین", "بدید", "بدین", "بفرستید", "بفرستین", "کاش"),
    "ar": ("تزيدون", "تزودون", "زيدوا", "زيدو", "تضيفون", "تضيفو", "ضيفوا", "ضيفو", "توفرون",
           "وفروا", "تحطون", "حطوا", "حطو", "اكثر", "أكثر", "ياريت", "يا ريت"),
}  # fmt: skip
# Praise of another time, or hedged, is no liking of this one ("used to be great, just …").
_HEDGED = {
    "en": ("used to", "before", "relatively", "somewhat", "fairly", "ok", "okay", "decent"),
    "fa": ("قبلا", "قبلاً", "نسبتا", "نسبتاً", "تقریبا", "بد نبود", "معمولی"),
    "ar": ("سابقا", "سابقاً", "نوعا", "نوعاً", "لا بأس", "عادي"),
}  # fmt: skip
_NEAR = 2  # "not great", «عالی نبود»: a denial this close denies the praise


def wish_after_praise(messages: Sequence[str], language: str) -> str | None:
    """The wish told after undenied praise ("add more vegan options"), or None."""
    pattern = _TURN.get(language)
    text = " ".join(m.strip() for m in messages if m.strip())
    if pattern is None or "?" in text or "؟" in text or telling.ironic(messages, language):
        return None
    turn = pattern.search(text)
    if turn is None:
        return None
    before, wish = text[: turn.start()], text[turn.end() :].strip(" .!،,")
    if not telling.has(wish, _ASKED, language) or telling.has(wish, _NOT, language):
        return None
    if telling.has(before, _HEDGED, language) or len(wish.split()) < 2:
        return None
    seq = telling.tokens(before)
    denials = [a for a, _ in telling.find(seq, _NOT.get(language, ()), language)]
    praised = [
        start
        for start, _ in telling.find(seq, cues.PRAISE.get(language, ()), language)
        if not _THANKS.match(seq[start]) and not any(abs(start - d) <= _NEAR for d in denials)
    ]
    return wish if praised else None
