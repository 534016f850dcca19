"""A first message that only says what they ordered or bought: «دیروز پیتزا سفارش دادم».

«سلام، دیروز پیتزا سفارش دادم 🍕» was said back («یعنی دیروز پیتزا سفارش دادید. منظورتان همین
است؟») and, on "yes", apologised for: nothing had gone wrong yet. The story is still to come: a
listener asks what happened. Only the order or purchase itself, with its object and its time:
a second clause, a "but", a negation or a word of what went wrong is a telling.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_HELLO = {
    "en": r"(?:(?:hi|hello|hey)(?: there)?[,!.\s]+)?",
    "fa": r"(?:(?:سلام|درود)(?: وقت(?:تون|تان)? بخیر)?[،,!.\s]+)?",
    "ar": r"(?:(?:مرحبا|مرحباً|السلام عليكم|هلا)[،,!.\s]+)?",
}
_ACT = {
    "en": r"(?:i|we) (?:ordered|bought|purchased|booked|flew with (?:you|u))(?: \w+){0,6}",
    "fa": r"(?:\S+ ){0,5}(?:سفارش (?:دادم|دادیم|داده بودم|داده بودیم)|خریدم|خریدیم|خرید کردم)",
    "ar": r"(?:امس |أمس |اليوم |البارحة )?(?:طلبت|طلبنا|اشتريت|اشترينا|حجزت)(?: \S+){0,5}",
}
_END = r"[\s.!…🍕🍔🍟☺️🙂]*$"
_ONLY = {lang: re.compile("^" + _HELLO[lang] + _ACT[lang] + _END, re.IGNORECASE) for lang in _ACT}
# What makes it more than the order: a joining word, a negation, a problem's word.
_MORE = {
    "en": re.compile(
        r"\b(?:and|but|not|never|no|late|cancel\w*|delay\w*|wrong|missing|lost|still|yet)\b|n't",
        re.IGNORECASE,
    ),
    "fa": re.compile(
        r"(?:^|\s)(?:و|ولی|اما|که|نه|هنوز|اشتباه|دیر|سرد|خراب|بد)(?=\s|$)|(?:^|\s)ن\S+(?:ید|ده)"
    ),
    "ar": re.compile(r"(?:^|\s)(?:و\S*|بس|لكن|ما|لم|مو|مش|لسه|للحين|غلط|متأخر|بارد)(?=\s|$)"),
}


def only_ordered(messages: Sequence[str], language: str) -> bool:
    """True when the telling is one message that only says what they ordered or bought."""
    if len(messages) != 1:
        return False
    text = " ".join(messages[0].split())
    return bool(_ONLY[language].match(text)) and not _MORE[language].search(text)
