"""Persian: "please look into it" after a let-down is a complaint, not an idea to thank.

«خیلی طول میکشه تا سفارش رو بیاره، لطفا پیگیری کنید» heard «ممنون از این پیشنهاد», «لطفا در
سفارشات دقت فرمایید، به جای ساندویچ هات داگ فرستادید» heard «ایده‌ی سنجیده‌ای است»: NLU reads
the request (and fa_mixed's wish words) as an idea. «پیگیری کنید», «دقت کنید», «رسیدگی کنید»
ask us to fix what went wrong, and «متاسفانه» regrets what already happened: beside a let-down
told in its own words, the telling is a complaint and the let-down is apologised for.

Narrow on purpose: only with such a request or regret, and a let-down that happened («دیر
رسید», «بو میداد», «به جای … فرستادید», «مطابقت نداشت»). «کاش امکان … داشتید», «لطفا کمی
در مصرف نمک دقت کنید» tell no let-down and keep their thanks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogues import telling
from dialogues.fa_mixed import _INSTEAD, _LETDOWN, _SENT, _SPARED

# "Look into it", "take care", "see to it": a request to fix, not a new thing proposed.
_FIX = re.compile(
    r"(?:دقت|رسیدگی|پیگیری|توجه)\s*(?:لازم\s+|بیشتری?\s+|بیشتر\s+)?(?:را\s+|رو\s+)?"
    r"(?:کنید|کنین|فرمایید|بفرمایید|نمایید|کنند|کنن|کند|بکنید|بکنین|بکن|بشه|شود|بشود"
    r"|داشته\s+باشید|داشته\s+باشند|داشته\s+باشد|داشته\s+باشن)(?!\S)"
    r"|پیگیریکنید|متاسفانه|متأسفانه"
)
# Let-downs fa_mixed's list leaves out, told of what happened: slow, cold on arrival, broken,
# inedible, unlike the picture, not handed over.
_MORE: dict[str, tuple[str, ...]] = {
    "fa": ("طول میکش*", "طول می کش*", "طول کشید*", "سرد میرس*", "سرد می رس*", "سرد میاد*",
           "دیر میاد*", "دیر میرس*", "دیر می رس*", "شکسته بود*", "شکسته شده*", "افتضاح*",
           "مطابقت نداشت*", "قابل خوردن نبود*", "غیر قابل خوردن", "بی کیفیت*", "بیکیفیت*",
           "ارسال نشد*", "ارسال نشده*", "تحویل داده نشد*", "تحویل ندادن*", "خراب بود*",
           "خراب شده*", "بو میدادن*"),
}  # fmt: skip


def fix_asked_after_letdown(messages: Sequence[str], language: str) -> bool:
    """A request to look into it (or a regret) beside a let-down that happened."""
    if language != "fa":
        return False
    text = " ".join(messages)
    seq = telling.tokens(text)
    if not _FIX.search(" ".join(seq)):
        return False
    found = telling.find(seq, _LETDOWN["fa"], "fa") + telling.find(seq, _MORE["fa"], "fa")
    if any(not (a > 0 and seq[a - 1] in _SPARED) for a, _ in found):
        return True
    # «به جای ساندویچ هات داگ، مرغ فرستادید»: a comma may part the swap from its verb.
    return bool(telling.find(seq, _INSTEAD["fa"], "fa") and telling.find(seq, _SENT["fa"], "fa"))
