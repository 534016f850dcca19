"""Whether a customer's want names a remedy: their money back, a replacement, a resend.

"What would make this right for you?" after "I want my money back" asks what they just
said: after a want that names the remedy, the second job question goes past it ("Once
that's sorted, what would be different for you?"; heard in the README chat, stop 26).
"""

from __future__ import annotations

import re

from dialogues import telling

# Entries as in ``dialogues.cues`` (folded; a trailing ``*`` matches any ending).
REMEDY = {
    "en": (
        "refund*", "money back", "my money", "reimburs*", "compensat*", "replace*",
        "replacement", "exchange", "resend", "re-send", "send another", "send a new",
        "a new one", "voucher", "credit back", "rebook*", "reverse the charge*",
        "charge reversed", "credit my",
    ),
    "fa": (
        "پولم*", "پول من", "پولمو", "برگشت پول", "برگشت وجه", "برگشت هزینه*", "استرداد",
        "بازپرداخت", "عودت", "تعویض*", "عوض کن*", "جبران", "مرجوع*", "پس بد*",
        "دوباره بفرست*", "پول اضافه", "برگرده", "برگردون*", "برگردان*", "پس بگیر*",
        "عوضش*", "عوض بش*", "جایگزین*", "یکی دیگه بفرست*",
    ),
    "ar": (
        "فلوسي", "فلوسى", "فلوسنا", "الفلوس", "المصاري", "مصاريي", "مبلغي", "المبلغ",
        "استرجاع*", "استرداد", "استرجع*", "ارجاع*",
        "رجعو*", "ارجعو*", "ترجعو*", "يرجعو*", "تعويض*", "عوضو*", "تعوض*", "يعوض*",
        "استبدال*", "تبديل*", "بديل*", "ابدله*", "أبدله*", "يبدلو*", "تبدلو*",
    ),
}  # fmt: skip


# "I want the $30 back", "get my miles back": an amount or what was paid, wanted back.
_PAID_BACK_EN = re.compile(
    r"(?:\$\s?\d[\d.,]*|\b\d[\d.,]*\s?(?:dollars?|bucks|usd)|\b(?:money|cash|fees?|charges?"
    r"|points|miles|deposit|fare))\s+back\b",
    re.IGNORECASE,
)


def names_remedy(want: str, language: str) -> bool:
    """Whether the want names a remedy ("a refund", «پولم برگرده», «أبغى استرجع فلوسي»)."""
    if language == "en" and _PAID_BACK_EN.search(want):
        return True
    return telling.has(want, REMEDY, language)
