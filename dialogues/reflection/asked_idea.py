"""An idea put as a question is said back as an idea, never as an inquiry or a protest.

"I have an idea: why don't you add a pet section?", «عندي فكرة: ليش ما تضيفون قسم …؟»,
«یه پیشنهاد: چرا بخش … اضافه نمی‌کنید؟» want nothing answered: the customer says first that
this is an idea. Said back "you're asking “…”", «سؤالك: «…»» or «گله دارید که «…»» ("you
complain that …"), it was heard as something else. The idea's own lead ("I have an idea:")
is the frame's job, so only the question after it is quoted (conversation round 17).
"""

from __future__ import annotations

import re

from dialogues.reflection import fa_why

FRAME = {
    "en": "your idea is “{}”",
    "fa": "پیشنهادتان این است که «{}»",
    "ar": "اقتراحك هو «{}»",
}
STARTS = tuple(frame.split("{}")[0] for frame in FRAME.values())

# The lead names the idea and is set apart from the question by a mark: "idea: …",
# "I have a suggestion - …". Without the mark, "any idea when it lands?" asks for news.
_SEPARATOR = r"[ \t]*(?:[:\-–—,،.!]+|\n)[ \t\n]*"
_LEAD = {
    "en": re.compile(
        r"(?i:(?:i\s+(?:have|had|got)\s+|here'?s\s+|just\s+|quick\s+|one\s+)?"
        r"(?:an?\s+|one\s+)?(?:idea|suggestion))" + _SEPARATOR
    ),
    "fa": re.compile(
        r"(?:(?:یه|یک)\s*)?(?:پیشنهاد|ایده)(?:\s*(?:ای|‌ای|ی))?(?:\s*(?:دارم|داشتم))?" + _SEPARATOR
    ),
    "ar": re.compile(r"(?:(?:عندي|عندى|لدي|لدى)\s+)?(?:فكرة|فكره|اقتراح|إقتراح)" + _SEPARATOR),
}


def idea(question: str, language: str) -> str | None:
    """The question after an idea's lead ("I have an idea: …"), or None when it has none."""
    lead = _LEAD[language].match(question.strip())
    if lead is None:
        return None
    rest = question.strip()[lead.end() :].strip()
    return rest if len(rest.split()) >= 2 else None


def framed(question: str, language: str, ask: str, inner: dict[int, str]) -> str:
    """A question quoted in its frame: an idea's, a Persian protest's («چرا …؟») or ``ask``."""
    offered = idea(question, language)  # "I have an idea: why don't you …?"
    if offered is not None:
        return FRAME[language].format(offered.translate(inner))
    complains = language == "fa" and fa_why.complains(question)  # «چرا …؟» protests
    frame = fa_why.FRAME if complains else ask
    return frame.format(question.strip(" ,،").translate(inner))


# Greetings before the lead («سلام، یه پیشنهاد دارم: …»): kept, the reflection drops them.
_HELLO = re.compile(r"(?:(?:hi|hello|hey|سلام|درود|مرحبا|السلام\s+عليكم)[\s,،.!]*)?", re.IGNORECASE)


def without_lead(message: str, language: str) -> str:
    """The message without an idea's lead-in: "I have a suggestion: let me pick …" → "let me
    pick …".

    Said back, "you said “I have a suggestion: let me pick …”" repeated the announcement
    («یه پیشنهاد دارید: کاش …»), which the thanks after yes already drops (conversation
    round 57). An idea put as a question keeps its lead: ``framed`` says "your idea is “…”".
    """
    hello = _HELLO.match(message.strip())
    opening = message.strip()[: hello.end()] if hello else ""
    offered = idea(message.strip()[len(opening) :], language)
    if offered is None or "?" in offered or "؟" in offered:
        return message
    return opening + offered
