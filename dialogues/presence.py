"""A message that only checks someone is there: «الو», «کسی هست؟», «في أحد؟», "anyone there?".

Before telling anything, customers used to phone lines call out. «الو» was asked «ماجرا از کجا
شروع شد؟» (it started the telling) and «کسی هست؟» was then said back as the telling itself
(«الو، گفتید «کسی هست؟». درست است؟»). A person answers "yes, I'm here", and waits for the story.
"""

from __future__ import annotations

import re

from dialogues.text import clean

_CALL = (
    # Persian: «الو», «کسی هست؟», «کسی اینجا نیست؟», «هستید؟», «کسی جواب نمیده؟»
    r"(?:ال+و+|آل+و+)|(?:کسی|یکی)\s+(?:اینجا\s+|اونجا\s+|آنجا\s+)?(?:هست|نیست)"
    r"|(?:کسی|یکی)\s+جواب\s+(?:نمیده|نمی‌ده|نمی\s+ده|نمی‌دهد|بده|نمیدین|نمی‌دین)"
    r"|(?:اونجا|آنجا|اینجا)?\s*هستی(?:د|ن)?"
    # Arabic: «ألو», «في أحد؟», «فيه احد هنا», «أحد موجود؟», «حد موجود», «وينكم؟»
    r"|(?:ال+و+|أل+و+|آل+و+)|(?:في|فيه|هل\s+يوجد|يوجد)\s+(?:احد|أحد|حد)(?:\s+(?:هنا|موجود))?"
    r"|(?:احد|أحد|حد)\s+(?:موجود|هنا|يرد|يسمعني)|وين(?:كم|ك)|(?:انتم|أنتم)\s+موجودين"
    # English: "hello?", "anyone there?", "is anybody there", "are you there", "hellooo"
    r"|hel+o+|hal+o+|(?:is\s+)?(?:any\s*one|any\s*body|some\s*one)\s+(?:there|here|home)"
    r"|(?:are\s+)?(?:you|u)\s+there|(?:is\s+)?this\s+thing\s+on"
)
_PRESENCE = re.compile(
    rf"^\W*(?:(?:{_CALL})[\s؟?!.,،…]*)+\s*$",
    re.IGNORECASE,
)


def calls_out(text: str) -> bool:
    """«الو», «کسی هست؟», "hello? anyone there?": a call to see someone is there, nothing told."""
    said = clean(text).strip()
    return bool(said) and bool(_PRESENCE.match(said))
