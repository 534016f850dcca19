"""A first message that only announces an idea ("I have an idea", «یه پیشنهاد دارم», «عندي
اقتراح»): the idea itself is still to come.

Asked "How would you use it?" or «خودتان چطور از آن استفاده می‌کردید؟», the customer is asked
about a thing they have not said yet; thanked for it later, the thanks quotes "I have an idea"
(conversation round 20). A listener invites it: "I'd love to hear it: what's your idea?", and
what they say next is the telling, without the announcement before it.
"""

from __future__ import annotations

import re

# Greetings and a few words of address before the announcement («سلام», "hi", «مرحبا»).
_HELLO = {
    "en": r"(?:@\w+[\s,:]*)*"  # the airline's handle first, as tweets open
    r"(?:(?:hi|hello|hey|good\s+(?:morning|evening|afternoon))(?:\s+there)?[\s,.!]*)?",
    "fa": r"(?:(?:سلام|درود|وقت\s*بخیر)(?:\s*(?:وقت\s*بخیر|خسته\s*نباشید))?[\s,،.!]*)?",
    "ar": r"(?:(?:السلام\s+عليكم|سلام\s+عليكم|مرحبا|مرحباً|اهلا|أهلا|هلا)[\s,،.!]*)?",
}
_ANNOUNCE = {
    "en": re.compile(
        r"(?:(?:i\s+(?:have|had|'ve\s+got|got)|i've\s+got|here'?s|got|just)\s+)?"
        r"(?:(?:an?|one)\s+)?(?:(?:quick|small|little|simple)\s+)?(?:idea|suggestion|thought)"
        r"(?:\s+for\s+(?:you|u)(?:\s+guys)?)?"
        r"|(?:can|could|may)\s+i\s+(?:make|give|offer)\s+(?:you\s+)?an?\s+suggestion"
        r"|(?:can|could|may)\s+i\s+suggest\s+something",
        re.IGNORECASE,
    ),
    "fa": re.compile(
        r"(?:(?:یه|یک)\s*)?(?:پیشنهاد|ایده)(?:\s*(?:‌ای|ای|ی))?\s*(?:دارم|داشتم)"
        r"|(?:میشه|می‌شه|می شه|میتونم|می‌تونم)\s*(?:یه|یک)\s*پیشنهاد\s*(?:بدم|بدهم)"
    ),
    "ar": re.compile(
        r"(?:عندي|عندى|لدي|لدى|عندنا)\s+(?:فكرة|فكره|اقتراح|إقتراح|اقتراحات)"
        r"(?:\s+(?:لكم|لك|بسيط|بسيطة|بسيطه|صغير))?"
        r"|(?:ممكن|هل\s+يمكنني\s+أن|ممكن\s+ان|ممكن\s+أن)\s+(?:اقترح|أقترح|اقدم\s+اقتراح|أقدم\s+اقتراحا)"
    ),
}
# What may follow the announcement: marks, smiles and emoji, nothing with letters.
_TAIL = r"[\s.!?؟:،,…\-–—)(:;'\"]*(?:[^\w\s]|\s)*"


def announces_idea(text: str, language: str) -> bool:
    """Whether the message only announces an idea, with nothing of the idea in it."""
    pattern = _ANNOUNCE.get(language)
    if pattern is None:
        return False
    text = text.strip()
    hello = re.match(_HELLO[language], text, re.IGNORECASE)
    rest = text[hello.end() :] if hello else text
    found = pattern.match(rest)
    if found is None:
        return False
    return re.fullmatch(_TAIL, rest[found.end() :]) is not None


# "no idea where it is", "So no idea?", "any idea when …?": the word names no idea of theirs.
_NO_IDEA = re.compile(r"\b(?:no|any|some)\s+ideas?\b", re.IGNORECASE)
_IDEA_WORD = re.compile(r"\b(?:ideas?|suggest(?:ion)?s?|propos(?:e|al))\b", re.IGNORECASE)


def idea_only_in_no_idea(texts: list[str], language: str) -> bool:
    """Whether every "idea" in an English telling is "no idea" / "any idea": no idea offered.

    NLU reads "They have no idea where it is" as an idea; "How would you use it?" then asks
    about a thing never offered (conversation round 20).
    """
    if language != "en":
        return False
    text = " ".join(texts)
    return bool(_NO_IDEA.search(text)) and not _IDEA_WORD.search(_NO_IDEA.sub(" ", text))
