"""A correction that says the let-down was a refusal: the apology owns how we handled it.

"my headphones arrived with a cracked case" → "no, the problem is support refused to replace
them": the customer put us right: the crack is not the point, the refusal is. Yet the topic
NLU gave the first telling (the parcel, the phone) stayed, and "I'm really sorry the delivery
let you down" answered the telling they had just corrected (conversation round 57; «آسف لأن
المنتج لم يكن كما توقعت» after «لا، المشكلة أنهم رفضوا استبداله»). A refusal to replace,
refund or exchange is how they were handled: "I'm sorry we handled this the way we did". The
first telling stays in the record and on the owner's card; only the apology follows the
correction. Rudeness or harm told in the correction keeps its own apology.
"""

from __future__ import annotations

from dialogues import telling

# They were refused: a replacement, a refund, an exchange, a return. Not "I refused the
# parcel" (the customer refusing): the words a customer says of the company.
REFUSED: dict[str, tuple[str, ...]] = {
    "en": ("refused", "refuses", "refusing", "won't replace", "wouldn't replace",
           "won't refund", "wouldn't refund", "won't exchange", "wouldn't exchange",
           "won't take it back", "wouldn't take it back", "denied my", "rejected my",
           "declined to"),
    "fa": ("قبول نکرد*", "قبول نمیکن*", "قبول نمی‌کن*", "قبول نمی کن*", "زیر بار نرفت*",
           "حاضر نشد*", "حاضر نیستن*", "رد کردن", "رد کردند", "عوض نکرد*", "عوض نمیکن*",
           "عوض نمی‌کن*", "پس نگرفت*", "پس نمیگیر*", "پس نمی‌گیر*"),
    "ar": ("رفض*", "ما رضي*", "مارضي*", "ما رضو*", "ما قبلو*", "ماقبلو*", "ما وافقو*",
           "ماوافقو*", "لم يوافقو*", "لم يقبلو*", "ما بدلو*", "مابدلو*", "ما رجعو*"),
}  # fmt: skip
_I_REFUSED = {"en": ("i refused", "we refused"), "fa": (), "ar": ("رفضت الطلب", "رفضت الشحنة")}
# Their own apology stays: how they were spoken to, or being made ill, outweighs the refusal.
_KEPT = ("apology_rude", "apology_harm")


def refusal_apology(key: str, corrected: list[str], language: str) -> str:
    """``key``, or the apology for how we handled it when the corrected telling is a refusal."""
    if key in _KEPT:
        return key
    told = "\n".join(corrected)
    if not telling.has(told, REFUSED, language) or telling.has(told, _I_REFUSED, language):
        return key
    return "apology_handled"
