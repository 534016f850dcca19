"""Words about the language they write in: "let me write in English", «بذارید فارسی بنویسم».

Said before what they tell, it is about the talk, not the telling: said back, it reads as a
request ("you'd like us to let you write in english"). It is left out of the turn; the reply
is in the language they then write in.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dialogues.text import WORD
from dialogues.turn import Turn

_LANGUAGE_NAME = (
    r"(?:english|persian|farsi|arabic|انگلیسی|فارسی|عربی|الإنجليزي|الانجليزي|الإنجليزية"
    r"|الانجليزية|انجليزي|إنجليزي|العربي|العربية|عربي|الفارسي|الفارسية|فارسي)"
)
_SWITCH = re.compile(
    r"^\s*(?:(?:actually|ok|okay|sorry|so|well)[,\s]+)?"
    r"(?:let\s+me|i(?:'ll|\s+will)|can\s+i|may\s+i|i(?:'d|\s+would)\s+rather|i\s+prefer\s+to)"
    rf"\s+(?:write|speak|type|continue|talk|switch\s+to)(?:\s+(?:in|to))?\s+{_LANGUAGE_NAME}"
    rf"|^\s*(?:(?:راستش|خب|ببخشید)[،,\s]+)?(?:بذار(?:ید|ین)?|اجازه\s+بدید|می‌?تونم|میشه)\s+"
    rf"{_LANGUAGE_NAME}\s+(?:بنویسم|بگم|حرف\s+بزنم|ادامه\s+بدم)"
    rf"|^\s*(?:(?:طيب|اوك|آسف)[،,\s]+)?(?:خليني|خلني|خلوني|ممكن|اسمحلي|رح|راح|بدي)\s+"
    rf"(?:أكتب|اكتب|احكي|أحكي|اتكلم|أتكلم|أكمل|اكمل)\s+(?:ب|باللغة\s+)?{_LANGUAGE_NAME}",
    re.IGNORECASE,
)
_AFTER = re.compile(r"^[\s,،.:;!?؟\-–—]+")
MIN_REST = 2  # words: "let me write in English" alone is a question to answer, not stripped


def without_switch(turn: Turn) -> Turn:
    """The turn with a leading "let me write in English" left out of its first message."""
    if turn.kind != "text" or not turn.messages:
        return turn
    first = turn.messages[0]
    found = _SWITCH.match(first)
    if found is None:
        return turn
    rest = _AFTER.sub("", first[found.end() :])
    if len(WORD.findall(rest)) < MIN_REST:
        return turn
    return replace(turn, messages=(rest, *turn.messages[1:]))
