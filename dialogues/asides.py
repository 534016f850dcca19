"""Asides: words about the talk itself, not about what happened.

"are you a bot?", «ببخشید پیامم طولانی شد», «شكراً على اهتمامك», «نه، سوال نپرس»: a person
answers these in passing (who we are, no need to apologise, you're welcome, no more
questions) and none of them is part of the telling, nor quoted back.
"""

from __future__ import annotations

import re

from dialogues.text import WORD

_MAX_WORDS = 9  # an aside is short; a long message that names a bot is a telling

_ABOUT_BOT = re.compile(
    r"\b(?:are\s+you\s+(?:a\s+)?(?:bot|robot|human|real|person|ai|machine)"
    r"|who\s+(?:are\s+you|am\s+i\s+(?:talking|speaking)\s+(?:to|with))|is\s+this\s+a\s+bot)\b"
    r"|(?:شما|تو)\s+(?:ربات|روبات|آدم|انسان)|(?:ربات|روبات)\s*(?:ای|هستی|هستید|ید|ی)[؟?]"
    r"|(?:شما|تو)\s+کی\s+(?:هستید|هستی|هستین)|با\s+کی\s+(?:دارم\s+)?(?:حرف|صحبت)"
    r"|(?:انت|أنت|إنت|انتي|أنتي)\s+(?:بوت|روبوت|آلي|انسان|إنسان|مين|من)\b"
    r"|(?:مين|من)\s+(?:انت|أنت|معي)\b|(?:هل\s+)?(?:هذا|هذي)\s+(?:بوت|روبوت)",
    re.IGNORECASE,
)
_SORRY_LONG = re.compile(
    r"\bsorry\s+(?:for|about)\s+(?:the|my|such\s+a|this)?\s*(?:long|lengthy|rant|essay|wall)"
    r"|(?:ببخشید|ببخشيد|معذرت\s+می‌?خوام|شرمنده)\S*\s+(?:که\s+)?(?:پیام\S*|حرف\S*)?\s*"
    r"(?:طولانی|زیاد|مفصل)"
    r"|(?:آسف|أعتذر|اعتذر|اسف|سوري|معليش)\S*\s+(?:على|عن|ع)\s+(?:الإطالة|الاطالة|الإطاله"
    r"|الاطاله|التطويل|الرسالة\s+الطويلة|الكلام\s+الطويل)",
    re.IGNORECASE,
)
_THANKS_ASIDE = re.compile(
    r"^\W*(?:thanks|thank\s+you)\s+(?:for\s+(?:listening|your\s+(?:time|patience|help|attention))"
    r"|so\s+much)|^\W*(?:مرسی|ممنون|ممنونم|سپاس)\s+(?:که\s+(?:گوش|وقت|حوصله)|از\s+(?:وقت|حوصله)"
    r"|بابت\s+(?:وقت|حوصله))|^\W*(?:شكرا|شكراً|مشكور|يعطيك\s+العافية)\s*(?:على|ع|لـ?)\s*"
    r"(?:اهتمامك|الاهتمام|وقتك|الاستماع|سعة\s+صدرك|صبرك)"
    r"|^\W*(?:شكرا|شكراً|مشكور)\s*(?:لأنك|لانك|إنك|انك)\s+(?:تسمع|سمعت|تسمعني|سمعتني)",
    re.IGNORECASE,
)
_NO_QUESTIONS = re.compile(
    r"\b(?:don'?t|do\s+not|stop)\s+ask(?:ing)?\b|\bno\s+(?:more\s+)?questions\b"
    r"|(?:سوال|سؤال)\S*\s+(?:نپرس|نکن|بسه|نه)|دیگه\s+نپرس|نپرسید"
    r"|لا\s+(?:تسأل|تسال|تسألني|تسالني)|بلا\s+(?:أسئلة|اسئلة)|(?:بدون|بلاش)\s+(?:أسئلة|اسئلة)",
    re.IGNORECASE,
)


def _short(text: str) -> bool:
    return len(WORD.findall(text)) <= _MAX_WORDS


def about_bot(text: str) -> bool:
    """ "who are you?", «شما رباتید؟», «انت بوت؟»: a short question about us."""
    return _short(text) and bool(_ABOUT_BOT.search(text))


def sorry_for_length(text: str) -> bool:
    """ "sorry for the long message", «ببخشید طولانی شد», «أعتذر عن الإطالة»."""
    return _short(text) and bool(_SORRY_LONG.search(text))


def thanks_aside(text: str) -> bool:
    """ "thanks for listening", «مرسی که گوش میدید», «شكراً على اهتمامك»: thanks in passing."""
    return _short(text) and bool(_THANKS_ASIDE.search(text))


def no_questions(text: str) -> bool:
    """ "don't ask me questions", «نه، سوال نپرس», «لا تسألني»: no more questions."""
    return _short(text) and bool(_NO_QUESTIONS.search(text))
