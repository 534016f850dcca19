"""A bare "what?" to one of our questions: they did not follow it, and it is no answer.

"what?", «یعنی چی؟», «شو يعني؟» said to "may I ask two quick questions?" or to a job question
were taken for consent and an answer: the job was logged as “what” and thanked as "how
clearly you put it". They ask what we meant; the question is put again, in other words.
"""

from __future__ import annotations

import re

_NOT_UNDERSTOOD = re.compile(
    r"^\W*(?:"
    r"what|wh?at\?*|huh|eh|sorry\s*\?|pardon(?:\s+me)?|come\s+again"
    r"|what\s+(?:do|did)\s+(?:you|u)\s+mean|meaning|what\s+questions?"
    r"|i\s+(?:don'?t|do\s+not|didn'?t)\s+(?:understand|get\s+(?:it|you|that))"
    r"|(?:یعنی\s+)?چی|یعنی\s+چه|منظور(?:ت|تون|تان)\s+چی(?:ه|ست)|چه\s+(?:سوالی|سؤالی)"
    r"|نفهمیدم|متوجه\s+نشدم|ها\s*[?؟]"
    r"|ماذا|شو|ايش|إيش|وش|شنو|يعني\s+(?:ايش|إيش|شو|ماذا|وش|ايه)"
    r"|(?:ماذا|شو|ايش|وش)\s+(?:تقصد|قصدك|تعني)|ما\s*فهمت|لم\s+أفهم|لم\s+افهم|مش\s+فاهم"
    r")\s*[?؟!.]*\s*$",
    re.IGNORECASE,
)


def asks_what_we_mean(text: str) -> bool:
    """ "what?", «یعنی چی؟», «ما فهمت»: they did not follow our question."""
    return bool(_NOT_UNDERSTOOD.match(text.strip()))
