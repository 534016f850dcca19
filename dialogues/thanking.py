"""A first message that only thanks: "@united thank you!", «با تشکر از شما», «شكرا لجهودك».

Asked "what keeps you up at night?", a customer who answers with thanks has told nothing to
say back and praised nothing to ask about: "What did you like most about it?" asks a thanks
to explain itself. A listener takes the thanks kindly and asks what is on their mind.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dialogues import telling
from dialogues.text import clean, fold

# Thanks in its usual phrasings (folded: «شکر» and «شكر» alike, «ممنونم» and «ممنون»).
_THANKS = (
    r"(?:many\s+|big\s+)?(?:thank\s*(?:you|u|ya)|thanks|thnx|thanx|thx|ty|tysm|cheers)"
    r"|(?:خیلی\s+|بسیار\s+)?(?:ممنون(?:م|یم)?|مرسی|سپاس(?:گزارم)?|متشکرم|تشکر|با\s+تشکر"
    r"|با\s+سپاس|دست(?:تون|تان|ت)\s+درد\s+نکن[هد])"
    r"|(?:الف\s+|ألف\s+)?(?:شکرا+|شکر|مشکور(?:ین|ه)?|تسلم(?:ون|ی|ین)?|یعطیک\s+العافیه"
    r"|الله\s+یعطیک\s+العافیه|جزاک\s+الله\s+خیر(?:ا)?)"
)
# Small words that may come with it: "ok", "oh wow", «سلام و …», «خیلی خیلی», «جزيلاً».
_SMALL = (
    r"ok|okay|alright|k|cool|great|awesome|perfect|oh|wow|yes|yep|yeah|hi|hello|hey|well|again|so"
    r"|much|very|a\s+lot|alot|all|both|guys|you|u|again|as\s+always|will\s+do|got\s+it"
    r"|سلام|و|خیلی|بسیار|فراوان|زیاد|از\s+شما|ازتون|از\s+همه|دوباره|باشه|حتما"
    r"|جزیلا|کثیرا|کتیر|لکم|لک|اخی|والله|مره"
)
# "for the update", «بابت پیگیری», «از پیک محترم», «على تعاونكم», «لجهودك»: whom or what
# they thank, a few words; longer is a telling with a thanks in it.
_FOR = r"(?:for|to|از|بابت|برای|که|على|علی|عن|ل|لل)"
_FOR_WORDS = 4
# "have a nice evening", «روز خوش», «يومك سعيد»: a pleasantry closing the thanks.
_BYE = (
    r"(?:have\s+a\s+(?:nice|good|great|lovely|safe)\s+\w+|see\s+you|(?:you\s+)?do\s+the\s+same|روز\s*خوش|شب\s*خوش"
    r"|موفق\s+باشید|خسته\s+نباشید|یومک\s+سعید|الله\s+یوفقکم|بالتوفیق)"
)
_ONLY_THANKS = re.compile(
    rf"^(?:(?:{_SMALL})\s+)*(?:{_THANKS})(?:\s+(?:{_SMALL}))*"
    rf"(?:\s+{_FOR}(?:\s+\S+){{1,{_FOR_WORDS}}}|\s+ل\S+(?:\s+\S+){{0,{_FOR_WORDS - 1}}})?"
    rf"(?:\s+(?:{_SMALL}))*(?:\s+{_BYE})?$"
)
_BYE_AT_END = re.compile(rf"\s*{_BYE}$")
_PRAISE_FOR = re.compile(rf"^(?:(?:{_SMALL})\s+)*{_FOR}\s")
_THANKS_WORDS = re.compile(rf"(?<!\S)(?:{_THANKS})(?!\S)")
_SOUR = re.compile("[😒🙄😡😠😤🤬👎💔😞😢😭😑😐]")
_STRETCHED = re.compile(r"([^\W\d_])\1{2,}")
_SARCASM = re.compile(r"\b(?:nothing|not|never|no)\b|(?<!\S)(?:هیچی|هیچ|لا\s+شی)(?!\S)")
_MARKS = re.compile(r"[^\w\s\u200c]+")
# r32 en: a reply to our answer said with the thanks ("just sent - thank you!", "I see. Thanks
# for explaining.", "got it. All set - Thanks!", "great, thanks!"): no telling and no praise of
# its own, never asked "What made it stand out for you?" (read apostrophes-out: "dm d", "it s").
_ACKNOWLEDGED = re.compile(
    r"(?<!\S)(?:(?:ok|okay|alright|yes|yep|great|awesome|perfect|and|oh)\s+)*"
    r"(?:(?:i|we)\s+(?:ve\s+)?)?(?:just\s+|already\s+)?"
    r"(?:sent(?:\s+it)?|did(?:\s+it)?|done|dm\s*(?:e?d|\s+d)\s+you|dmed\s+you|emailed(?:\s+you)?"
    r"|(?:definitely\s+)?will(?:\s+do)?|will\s+call|calling(?:\s+right)?\s+now"
    r"|got\s+it\s+covered|got\s+it|see|made\s+it|all\s+set|(?:it\s+s\s+|its\s+)?all\s+good"
    r"|you\s+re\s+good|sounds\s+good|much\s+appreciated|appreciate\s+(?:it|that)"
    r"|great|awesome|perfect|fantastic|excellent|that\s+s\s+great)(?!\S)"
)


@lru_cache(maxsize=256)
def only_thanks(text: str, language: str) -> bool:
    """Whether the message thanks and says nothing more (no telling, no praise of its own)."""
    if _SOUR.search(text):
        return False  # "thanks. 😒": the face says it is no thanks
    said = " ".join(_MARKS.sub(" ", fold(clean(text))).split())
    said = _STRETCHED.sub(r"\1", said)  # «مشكووووور», "thaaanks": one letter, for feeling
    if language == "en" and _THANKS_WORDS.search(said):
        bye = _BYE_AT_END.search(said)  # "have a great day" is a wish, never "great" to us
        cut = bye.start() if bye else len(said)
        said = " ".join((_ACKNOWLEDGED.sub(" ", said[:cut]) + said[cut:]).split())
    if _SARCASM.search(said):
        return False  # "thanks for nothing": no thanks at all
    if not said or not _ONLY_THANKS.match(said):
        return False
    # "thanks for ruining my trip", "thank you, the crew was amazing": something told or praised.
    rest = " ".join(_THANKS_WORDS.sub(" ", said).split())  # thanks words read as praise cues
    rest = _BYE_AT_END.sub("", rest)  # "have a nice evening": "nice" wishes, it does not praise
    found = telling.read([rest], language)
    # «شكرا على المنتج جيد», "thanks for the great help": what the thanks is for may praise.
    # (Persian says such thanks back well, «از ساندویچ تازه ممنونید»: it keeps its reflection.)
    praised = found.praise and not (language != "fa" and _PRAISE_FOR.match(rest))
    return not (found.event or found.impact or found.need or praised or found.idea)
