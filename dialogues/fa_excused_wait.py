"""Persian: a wait the customer excused is thanked for what they liked, not apologised for.

«دیر اومد ولی داغ و خوشمزه بود و جبران شد», «یک ساعت تاخیر داشت ولی راضی بودیم», «یه کوچولو
دیر رسید ولی کیفیتش جبران کرد» heard «سفارشتان باید سالم و سر وقت به دستتان می‌رسید»: NLU
names them complaints, and fa_mixed's "it did not matter" words («مهم نبود», «اشکالی نداشت»)
miss «جبران شد» and a plain «راضی بودیم» after the "but". The customer has forgiven the wait:
the reply thanks them for what they liked, with a light word for their patience.

Narrow on purpose: the wait is the only let-down told, before a "but"; after it, what made up
for it («جبران», «راضی بودیم», «ارزشش را داشت», «در مجموع خوب بود»), nothing denied.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogues import telling
from dialogues.fa_mixed import _LETDOWN, _MILD, _NO_MATTER, _OVERALL_GOOD
from dialogues.fa_praise_only import _DOUBT
from dialogues.quotes import short_quote
from dialogues.review_praise import _BAD

# The wait told: late, delayed, slow.
_WAIT: dict[str, tuple[str, ...]] = {
    "fa": ("دیر", "تاخیر*", "تأخیر*", "طول کشید*", "معطل*", "منتظر*", "انتظار*"),
}
# What made up for it, after the "but".
_MADE_UP: dict[str, tuple[str, ...]] = {
    "fa": ("جبران*", "راضی بودیم", "راضی بودم", "راضیم", "راضی هستیم", "راضی هستم",
           "ارزشش را داشت", "ارزششو داشت", "ارزش داشت", "می ارزید", "میارزید"),
}  # fmt: skip
_BUT = re.compile(r"[\s…](?:ولی|اما|ولیکن|منتها)\s")  # «…ولی»: after an ellipsis too
# Words of the wait itself (and its size), which the let-down lists hold too.
_WAIT_WORDS = ("دیر", "تاخیر", "تأخیر", "طول", "معطل", "منتظر", "انتظار", "ساعت", "دقیقه")


def excused_wait(messages: Sequence[str], language: str) -> str | None:
    """What the customer liked after a wait they excused, or None."""
    if language != "fa":
        return None
    text = " " + " ".join(messages) + " "
    parts = _BUT.split(text, maxsplit=1)
    if len(parts) == 1:  # no "but": no wait set against what made up for it
        return None
    before, after = (telling.tokens(part) for part in parts)
    if not telling.find(before, _WAIT["fa"], "fa"):
        return None
    made_up = telling.find(after, _MADE_UP["fa"], "fa")
    forgiven = made_up or telling.find(after, _NO_MATTER["fa"], "fa")
    if not forgiven and not _OVERALL_GOOD.search(" ".join(after)):
        return None
    for seq in (before, after):
        mild = {at for a, b in telling.find(seq, _MILD["fa"], "fa") for at in range(a, b)}
        for table in (_LETDOWN, _BAD, _DOUBT):
            for a, b in telling.find(seq, table["fa"], "fa"):
                if a in mild:
                    continue  # «یه کم دیر رسید»: the «کم» of "a little" is no let-down
                if not any(w.startswith(_WAIT_WORDS) for w in seq[a:b]):
                    return None  # another let-down, a doubt or a cost beside the wait
    return short_quote(parts[1].strip(" .،,!…"))
