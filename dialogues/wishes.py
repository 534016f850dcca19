"""A first message that only wishes them well: "Have a great week", «روزتون خوش», «يومك سعيد».

Asked "what keeps you up at night?", "Have a great week" got "What made the difference for
you?", a probe for praise never given. A wish is answered with a wish, then the opening
question, as a person would.
"""

from __future__ import annotations

import re

from dialogues.text import clean

_WISH = re.compile(
    r"^\W*(?:(?:you\s+)?(?:have|enjoy)\s+(?:a\s+)?(?:great|good|nice|lovely|wonderful|blessed"
    r"|happy|safe|fantastic)\s+(?:day|week|weekend|evening|night|morning|one|trip|flight"
    r"|holiday|holidays|time)"
    r"|happy\s+(?:holidays|new\s+year|friday|monday|thanksgiving|weekend)"
    r"|merry\s+christmas"
    r"|(?:روز|وقت|شب|هفته|آخر\s+هفته)(?:تون|تان|ت)?\s+(?:خوش|بخیر|به\s+خیر|خوب)"
    r"|(?:روز|هفته|شب|وقت)\s+(?:خوبی|خوش)\s+داشته\s+باشی(?:د|ن)?"
    r"|(?:يوم|اسبوع|أسبوع)(?:ك|كم)?\s+(?:سعيد|طيب|جميل)"
    r"|(?:جمعة|جمعه)\s+مبارك(?:ة|ه)?|عيد\s+(?:مبارك|سعيد)|كل\s+عام\s+و(?:انتم|أنتم|انت|أنت)"
    r"\s+بخير)"
    r"(?:\s+(?:guys|all|everyone|team|to\s+you|too|to\s+all))?"
    r"(?:\s+[\U0001F300-\U0001FAFF\u2600-\u27BF\u2764\uFE0F]+)*\s*[!.?؟]*\s*$",
    re.IGNORECASE,
)


def only_wishes(text: str) -> bool:
    """ "Have a great week!", «روزتون بخیر»: a wish and nothing told."""
    return bool(_WISH.match(clean(text).strip()))
