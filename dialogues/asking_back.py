"""A job question answered with "why do you need to know?": a question about ours."""

from __future__ import annotations

import re

# "why do you ask (so many questions)?", «چرا می‌پرسید؟», «ليش تسأل؟», «لماذا تحتاج تعرف؟»,
# "what's that for?": they ask what our question is for; the words are not their job and
# are never quoted as it.
# "so many", "all these": how many questions they are asked, said with the "why".
_MANY_EN = r"(?:so\s+many|all\s+(?:these|those|the|this)|these|those|that\s+many|this\s+many)"
_WHY_WE_ASK = re.compile(
    r"^\W*(?:"
    r"(?:but\s+|and\s+)?why\s*(?:do|would|does|should)?\s*(?:you|u|it|that|this|i)?\s*"
    r"(?:need\s+to\s+know|want\s+to\s+know|ask(?:ing)?|matter|need\s+that|care|have\s+to\s+say)(?:\s+(?:that|this|it))?"
    rf"(?:\s+(?:me\s+)?{_MANY_EN}\s+questions?)?"
    rf"|why\s+(?:is\s+that|the\s+question|these\s+questions|{_MANY_EN}\s+questions?)"
    r"|what(?:'s|\s+is)\s+(?:that|this)\s+for"
    r"|what\s+for|why"
    r"|چرا(?:\s+(?:اینو|این\s*را|اینا|این))?(?:\s+(?:می[\u200c ]?پرسی(?:د|ن)?|بپرسید"
    r"|می[\u200c ]?خوای(?:د|ن)?\s+بدون(?:ی|ید|ین)|لازمه|مهمه|مهم\s+است))?"
    r"|چرا\s+(?:این[\u200c ]?قدر|انقدر|اینهمه|این[\u200c ]?همه)\s+(?:سؤال|سوال)(?:ات|ها)?"
    r"(?:\s+می[\u200c ]?پرسی(?:د|ن)?)?"
    r"|برای\s+چی\s+(?:می[\u200c ]?پرسی(?:د|ن)?|می[\u200c ]?خوای(?:د|ن)?\s+بدون(?:ی|ید|ین))"
    r"|به\s+چه\s+درد(?:ی)?\s+می[\u200c ]?خوره"
    r"|(?:ليش|ليه|لماذا|لمَ|ليشن|علاش)(?:\s+(?:تسأل(?:ني)?|بتسأل|تسال|تبي\s+تعرف|تبغى\s+تعرف"
    r"|بدك\s+تعرف|عايز\s+تعرف|تحتاج\s+(?:أن\s+)?تعرف|هذا\s+السؤال|السؤال|يهمك|مهم))?"
    r"|شو\s+بدك\s+في(?:ها|ه)|وش\s+دخل(?:ك|كم)"
    r"|(?:ليش|ليه|لماذا|لمَ|علاش)\s+(?:(?:تسأل(?:ني)?|تسال(?:ني)?|بتسأل(?:ني)?)\s+)?"
    r"(?:كل\s+(?:هال|هذه\s+ال|هاي\s+ال)|(?:هال|هذه\s+ال))(?:أسئلة|اسئلة|اسئله|أسئله)"
    r")\s*[?؟!.]*\s*$",
    re.IGNORECASE,
)


def asks_why_we_ask(text: str) -> bool:
    """ "why do you need to know that?": they ask what the question is for."""
    return bool(_WHY_WE_ASK.match(text.strip()))
