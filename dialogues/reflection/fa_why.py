"""A Persian "why …?" about what was done to the customer: a complaint, never an inquiry.

«چرا قاشق نمیزارین؟», «چرا شیرینی کهنه فروخته میشود؟», «آخه چرا انقدر کج و کوله بود
پیتزا؟» want no answer: they protest or ask for a change. Said back «می‌پرسید «…»» ("you're
asking …"), the listener heard an inquiry; «گله دارید که «…»» ("you complain that …") hears
what was meant, in the customer's own words (round 33).
"""

from __future__ import annotations

import re

FRAME = "گله دارید که «{}»"
START = FRAME.split("{}")[0]

_WHY = re.compile(r"(?<!\S)(?:چرا|برای ?چی|واسه ?چی)(?!\S)")
# «آیا», «سوال»: the customer says it is a question; «هنوز» asks after what is still
# pending («چرا سفارش من هنوز نرسیده؟» wants an answer now).
_ASKS = re.compile(r"(?<!\S)(?:آیا|سوال\S*|سؤال\S*|هنوز)(?!\S)")
# «چرا انقد خوبید …», «مثل همیشه عالی فقط چرا توی جلال هستن …؟»: beside praise a "why"
# is wonder or curiosity, a complaint only with a word of one («کم», «گرونه», «نمیذارن»).
# After the blind gate (stop 25): «چرا اینقدر برگر … خوبه؟؟:)», «برام جالب بود چرا …» wonder.
_PRAISE = re.compile(
    r"(?<!\S)(?:خوبید|خوبین|خوبه|عالی\S*|خوشمزه\S*|فوق ?العاده\S*|بی ?نظیر|جالب\S*)(?!\S)"
    r"|[:;]-?[)D]|😍|😋|❤"
)
_GRIEF = re.compile(
    r"(?<!\S)(?:نمی\S*|ن(?:ذاشت|ذار|زار|دار|یومد|یاورد|فرستاد)\S*|کم|گرون\S*|گران\S*"
    r"|ضعیف|بیات|سرد|کهنه)(?!\S)"
)


# r34: a question that wants no answer for how it is put («این چه وضعشه؟»، «… یعنی چی؟»،
# «آخه کی کلم می‌ذاره توی برگر؟»، «مگه سوپر مارکت چه آماده سازی داره …؟»): said back
# «می‌پرسید «…»» it was heard as an inquiry; it protests like «چرا …؟».
_PROTEST = re.compile(
    r"(?<!\S)(?:آخه|اخه|مگه|یعنی چی|این چه|چه وضع\S*|(?:برای|واسه) ?چیه)(?!\S)"
    r"|(?<!\S)چه معنی (?:میده|می‌ده|داره|دارد)(?!\S)"
)


def complains(question: str) -> bool:
    """True for a "why …?" question that protests what was done, or one put as a protest."""
    plain = question.replace("؟", " ").replace("?", " ")
    protest = _WHY.search(plain) or _PROTEST.search(plain)
    if not protest or _ASKS.search(plain):
        return False
    return not _PRAISE.search(plain) or bool(_GRIEF.search(plain))
