"""Asides: words about the talk itself, not about what happened.

"are you a bot?", «ببخشید پیامم طولانی شد», «شكراً على اهتمامك», «نه، سوال نپرس»: a person
answers these in passing (who we are, no need to apologise, you're welcome, no more
questions) and none of them is part of the telling, nor quoted back.
"""

from __future__ import annotations

import re

from dialogues import moods, telling
from dialogues.text import WORD, words

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


# "sorry, I'm just stressed", «ببخشید، عصبانی بودم», «آسف، بس معصب»: sorry for their tone.
_SORRY_OPENS = re.compile(
    r"^\W*(?:sorry|i'?m\s+sorry|i\s+apologi[sz]e|apologies|ببخشید|ببخشيد|معذرت\s+می\S*\s+\S+"
    r"|معذرت|شرمنده(?:م|ام)?|آسف(?:ة|ه)?|اسف(?:ة|ه)?|أعتذر|اعتذر|معليش|سوري)(?=[\s,،.!]|$)"
    # what they are sorry for, when it is their words: "for the language", «بابت لحنم»
    r"(?:\s+(?:for|about)\s+(?:the|my|that)\s+(?:language|tone|words|swearing|rant|outburst)"
    r"|\s+for\s+(?:swearing|shouting|being\s+rude|snapping)"
    r"|\s+(?:بابت|برای)\s+(?:لحنم|حرفام|حرف‌هام|بی\S*ادبی\S*|تندی\S*)"
    r"|\s+(?:على|عن|ع)\s+(?:الألفاظ|الالفاظ|كلامي|العصبية|العصبيه|أسلوبي|اسلوبي))?[\s,،.!]*",
    re.IGNORECASE,
)
_UPSET_WORDS = re.compile(
    r"\b(?:stress\w*|angry|upset|frustrated|mad|lost\s+my\s+temper|rude|harsh|snapp\w*|shout\w*"
    r"|swear\w*|language)\b|عصبانی|عصبی|ناراحت|کلافه|اعصاب|تند|بی\S*ادبی"
    r"|معصب|متضايق|زعلان|مقهور|عصبي|أعصاب|اعصاب|غضب|انفعلت|عليت\s+صوتي",
    re.IGNORECASE,
)


_BUT_FIRST = re.compile(r"^(?:but|بس|ولی|اما|لكن|بس\s+والله)\s+", re.IGNORECASE)


def sorry_for_tone(text: str, swore: bool) -> str | None:
    """What follows "sorry" when it is sorry for their tone; None when it is not that.

    It is: the message opens with an apology and says they were upset, or they swore before.
    """
    opened = _SORRY_OPENS.match(text)
    if not opened or sorry_for_length(text):
        return None
    rest = _BUT_FIRST.sub("", text[opened.end() :].strip())  # «آسف، بس معصب»: the «بس» leads in
    if not (swore or _UPSET_WORDS.search(rest)):
        return None
    return rest


# "what will you do with what I told you?", «این حرفا رو کجا ذخیره می‌کنید؟», «مين يشوف كلامي؟»
_KEEPING = re.compile(
    r"\bwhat\s+(?:will|do|are)\s+you\s+(?:going\s+to\s+)?do\s+with\b"
    r"|\bwhere\s+(?:do|will|are)\s+you\s+(?:stor|keep|sav|put)\w*"
    r"|\bwho\s+(?:can|will|gets\s+to|is\s+going\s+to)\s+(?:see|read)\b|\bwho\s+(?:sees|reads)\b"
    r"|\b(?:is|are)\s+(?:this|it|my\s+messages?|what\s+i\s+(?:say|said|wrote))\s+"
    r"(?:stored|saved|recorded|kept|private|confidential)\b"
    r"|\bdo\s+you\s+(?:store|keep|save|record)\b"
    r"|کجا\s+(?:ذخیره|نگه|ثبت)|(?:ذخیره|نگه(?:داری)?|ثبت)\s*(?:می|می‌)?\s*(?:کنید|کنین|دارید|دارین)\s*[؟?]"
    r"|(?:کی|چه\s+کسی)\s+(?:\S+\s+){0,3}(?:می‌?خونه|می‌?خواند|می‌?بینه|می‌?بیند)"
    r"|(?:با|به)\s+(?:این\s+)?(?:حرفا|حرف‌ها|حرفام|پیامام|پیام‌هام|اینا)\S*\s+(?:چی(?:کار)?|چه\s+کار)"
    r"|(?:وين|فين|أين|اين)\s+(?:\S+\s+)?(?:تحفظ|بتحفظ|تخزن|بتخزن|تحتفظ)\w*"
    r"|(?:مين|من)\s+(?:راح\s+|رح\s+|ح\s+|سوف\s+|س)?(?:يشوف|بيشوف|يقرا|يقرأ|بيقرا|يطلع\s+على|سيقرأ|سيرى)"
    r"|(?:شو|وش|ايش|إيش|ماذا)\s+(?:راح\s+|رح\s+|ح\s+|بت|ست)?\S*\s*(?:تعملو|تسوو|تفعلو)\S*\s+(?:ب|في)",
    re.IGNORECASE,
)


_LEADS = frozenset("ok okay and but so also then خب خوب و بس ولی اوکی طيب طیب و بس لكن".split())


def about_our_keeping(text: str) -> bool:
    """ "who can see this?", «این حرفا رو کجا ذخیره می‌کنید؟»: what we do with their words."""
    if len(words(text)) > _MAX_WORDS + 3:  # r28: the text split once a turn
        return False  # r34: a long telling asks no aside: not searched at all
    found = _KEEPING.search(text)
    if not found:
        return False
    # Asked: a question mark, or the question opens the message ("who can see this").
    before = WORD.findall(text[: found.start()].lower())
    return text.rstrip().endswith(("?", "؟")) or all(w in _LEADS for w in before)


def _short(text: str) -> bool:
    return len(words(text)) <= _MAX_WORDS  # r28: the turn's text, split once


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


def privacy_ask(text: str, language: str) -> bool:
    """A question about their data: "delete my data", «اطلاعاتم رو پاک کنید», «الخصوصيه».

    "my data" alone is no such question ("I'm shutting my data off for the flight"): it
    needs a privacy action with it (see, delete, export, what we keep).
    """
    if telling.has(text, moods.PRIVACY_ITSELF, language):
        return True
    return telling.has(text, moods.PRIVACY_ASK, language) and telling.has(
        text, moods.PRIVACY_ACTION, language
    )
