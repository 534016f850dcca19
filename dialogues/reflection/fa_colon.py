"""A Persian message that ends on a colon after a told clause: the colon is its full stop.

«حجم غذا نسبت به مبلغ بسیار کم بود:» announces nothing: nothing follows, and the clause
before it ends on its verb. Read as a list's title, it was left out, and the customer who
said something heard nothing back (round 33).
"""

from __future__ import annotations

import re

# The clause's last word a verb: a copula or auxiliary («بود»، «هست»، «شده»), or a verb
# with «می»/«نمی» («میده»). A heading («نظر من:»، «نقاط قوت:») ends on a noun.
_VERB_END = (
    r"(?:بود|بودن|بودند|نبود|نبودن|نبودند|است|نیست|هست|هستش|نیستش|شد|نشد|شده|نشده"
    r"|داشت|نداشت|داره|نداره|رسید|نرسید|(?:ن?می)\u200c?\S+)"
)
# The message's last colon (faces' colons and brackets after it, «:::))))»), nothing else.
_CLOSING_COLON = re.compile(rf"(?<!\S)({_VERB_END})\s*[:：]+[\s():/\\]*$")


def closing_colon(message: str) -> str:
    """The message with a colon ending it after a verb read as a full stop."""
    return _CLOSING_COLON.sub(lambda m: m.group(1) + ".", message)
