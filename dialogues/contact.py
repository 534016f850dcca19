"""Contact details a customer pastes: an e-mail address or a phone number.

They are for the team, never for saying back: a message that only gives them ("you can
email me at …", «شماره‌ام ۰۹۱۲…») is kept for the owner and acknowledged without repeating
it, and no job statement carries them ("When my order never came, my number is +44 …").
"""

from __future__ import annotations

import re
from functools import lru_cache

_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# A phone number opens with "+" or a trunk "0" and runs to nine digits or more: an order
# number («سفارش ۱۲۳۴۵۶۷۸») is none.
_PHONE = r"(?<!\w)(?:\+|0)\d(?:[\s\-().]?\d){7,}"
_DETAIL = re.compile(rf"{_EMAIL}|{_PHONE}")
# What is said around them: "you can email me at", «شماره‌ام», «رقمي», «تواصلوا معي على».
_AROUND = re.compile(
    r"\b(?:you\s+can\s+)?(?:e-?mail|mail|call|text|reach|contact|whatsapp)(?:\s+me)?"
    r"(?:\s+(?:at|on))?\b|\b(?:my\s+)?(?:e-?mail|number|phone(?:\s+number)?|mobile|cell)"
    r"(?:\s+(?:is|address\s+is))?\b|\bis\b|\bit's\b|\bhere\b|\bor\b|\band\b|\bplease\b"
    r"|شماره(?:‌ام|ام|م)?|شماره‌ی|تلفن(?:م)?|موبایل(?:م)?|ایمیل(?:م)?|اینه|است|هست|این|"
    r"باهام|با\s+من|تماس|بگیرید|بگیرین|بزنید|بزنین|زنگ|پیام|همین|به|"
    r"رقمي|رقم|جوالي|جوال|تلفوني|تلفون|موبايلي|ايميلي|إيميلي|ايميل|بريدي|هذا|هو|"
    r"تواصلوا|تواصل|معي|على|عليه|عليها|كلموني|اتصلوا|دقوا|راسلوني|و",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"(?<=[,،;؛!؟?\n])\s*|(?<=\.)\s+|\s+[-–—]\s+")


_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


@lru_cache(maxsize=256)  # r28: a turn's text and clauses are asked again by later readers
def has_contact(text: str) -> bool:
    """Whether the text holds an e-mail address or a phone number."""
    return bool(_DETAIL.search(text.translate(_DIGITS)))


def only_contact(text: str) -> bool:
    """The message only gives contact details: nothing of the telling in it."""
    digits = text.translate(_DIGITS)  # «۰۹۱۲…» is a number; the letters stay as written
    if not _DETAIL.search(digits):
        return False
    rest = _AROUND.sub(" ", _DETAIL.sub(" ", digits))
    return not re.search(r"[^\W\d_]{2,}", rest)


def without_contact(text: str) -> str:
    """The text without the clauses that give contact details ("my number is …")."""
    if not has_contact(text):
        return text
    kept = [c for c in _CLAUSE.split(text) if c and not has_contact(c)]
    return " ".join(c.strip() for c in kept if c.strip()).strip(" ,،;؛")
