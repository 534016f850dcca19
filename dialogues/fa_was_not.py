"""«نه، پیتزا نبود، برگر بود»: one detail put right the Persian way, with «نبود … بود».

amend's Persian "not X, Y" reads «پیتزا نه، برگر»; «X نبود، Y بود» was taken as a new telling
in place of the first one, and «پیتزا سرد رسید و پیک بی‌ادب بود» was said back as «پیتزا
نبود، برگر بود»: the cold meal and the rude courier lost. Read as (X, Y), the telling is said
again with the one detail swapped (amend finds X in it; when X is not there, nothing changes).
"""

from __future__ import annotations

import re

# X and Y: one or two words each, «نبود» / «نبودن» then «بود» / «بودن» (a comma between or not).
_WAS_NOT = re.compile(
    r"^\s*(?:(?:نه|نخیر)[\s,،]+)?(?P<x>[^\s,،.!؟?]+(?:\s[^\s,،.!؟?]+)?)\s+نبود(?:ن|ند|ش)?"
    r"[\s,،]+(?:بلکه\s+)?(?P<y>[^\s,،.!؟?]+(?:\s[^\s,،.!؟?]+)?)\s+بود(?:ن|ند|ش)?[\s.!]*$"
)
_JOINED = {"و", "ولی", "اما", "هم", "بعد"}
_NOT_A_DETAIL = {"این", "اون", "آن", "اصلا", "اصلاً", "هیچ", "خیلی", "غذا", "سفارش"}


def was_not_swap(text: str, language: str) -> tuple[str, str] | None:
    """ "«X نبود، Y بود»" → (X, Y); None for anything else, or a verdict («خوب نبود، بد بود»)."""
    if language != "fa" or (found := _WAS_NOT.match(text)) is None:
        return None
    negated, put = found.group("x").strip(), found.group("y").strip()
    if put.split()[0] in _JOINED:  # «تازه نبود و سوخته بود»: two things told, none put right
        return None
    if negated.split()[0] in _NOT_A_DETAIL or len(negated.split()) != len(put.split()):
        return None
    return negated, put
