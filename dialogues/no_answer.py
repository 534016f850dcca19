"""A verdict on our last reply: "that's not an answer", «این که جواب نیست», «هذا مو جواب»."""

from __future__ import annotations

import re
from functools import lru_cache

# Said of what we (or the team) answered, never of what happened to them: the reply missed,
# and asking them to put it another way ("I didn't quite catch that") misses it again.
_NOT_AN_ANSWER = re.compile(
    r"\b(?:that'?s|thats|that\s+is|this\s+is|this'?s|it'?s|its|it\s+is)\s+(?:not|no)\s+"
    r"(?:an?\s+|really\s+an?\s+|a\s+real\s+)?(?:answer|reply|response)\b"
    r"|\b(?:that|this|it)\s+(?:does\s*n[o']?t|doesnt)\s+answer\b"
    r"|\byou\s+(?:did\s*n[o']?t|didnt|have\s*n[o']?t|havent)\s+answer(?:ed)?\s+(?:my|the)\s+question"
    r"|(?:این|اینکه|این\s+که)\s+(?:که\s+)?(?:جواب|پاسخ)\s+(?:نیست|نشد|نبود|نمیشه|نمی‌شه)"
    r"|(?:جواب|پاسخ)\s+(?:من|منو|سوالم|سؤالم|سوالمو|سؤالمو|سوال\s+من)\s*(?:رو\s+|را\s+)?"
    r"(?:ندادی|ندادید|ندادین|نداد|ندادن)"
    r"|این\s+چه\s+(?:جوابی|پاسخی)"
    r"|(?:هذا|هذه|هاد|هذي|ده|دا)\s+(?:مو|مش|ليس|ليست|ما|مب|موب)\s+"
    r"(?:جواب|رد|ردّ|إجابة|اجابة|جوابا|جواباً|ردا|رداً)"
    r"|(?:ما|لم|مش|مو)\s+(?:جاوبت|جاوبتني|جاوبتوني|تجاوب|تجيب|ترد|رديت|رديتوا)\s+(?:على\s+|ع\s*)?"
    r"(?:سؤالي|سؤالى|سوالي|سوالى)"
    r"|(?:شو|ايش|إيش|ما)\s+هذا\s+(?:الجواب|الرد)",
    re.IGNORECASE,
)


# r34: a word every branch above holds (the same flag, so the same letters match): a text
# without one is passed by in one quick scan instead of every branch tried at every position.
_ANSWER_WORD = re.compile(r"answer|reply|response|جواب|پاسخ|رد|إجابة|اجابة|سؤال|سوال", re.I)


@lru_cache(maxsize=256)  # r28: a turn's text, and the same short answers, asked again
def not_an_answer(text: str) -> bool:
    """Whether the message says our reply did not answer them."""
    if _ANSWER_WORD.search(text) is None:
        return False
    return _NOT_AN_ANSWER.search(text.replace("’", "'")) is not None
