"""Persian thanks formulas the edge trim did not know: «دمتون گرم», «سپاسگزارم», «متشکریم».

«خوب و سریع دمتون گرم» was quoted whole («گفتید «… دمتون گرم»»), «همه چیز خوب بود مرسى»
(Arabic yeh) too, and «… جدا ممنونم» lost only its «ممنونم», leaving «…، جدا». At a clause's
start these formulas go as «ممنون» does. At its end a thanks verb may have taken what came
before as its object («از مدیریت سوپرمارکت سپاسگزارم»، «از اسنپ باکس به خاطر سرعت
سپاسگذارم»): there it goes only when what is left is a clause of its own, three words or more
with no «از/بابت/به خاطر/برای» in them, not ending on a word that leads into the thanks
(«… و مثل همیشه بسیار سپاسگزارم»، «تو یه کلام دمتون گرم»).
"""

from __future__ import annotations

import re

# «خیلی/واقعا/جدا …» belongs to the thanks it leads into («جدا ممنونم», «خیلی مرسی»).
_STRONG = r"(?:(?:خیلی|بسیار|واقعا|واقعاً|جدا|جداً|بی ?نهایت) )?"
_NOT_OF = r"(?! از)(?! که)(?! بابت)(?! بخاطر)(?! به خاطر)(?! برای)(?! واسه)(?! می)(?![^\W_])"
# Formulas that go from a clause's start: «دمتون گرم …», «سپاسگزارم، …», «با سلام و احترام».
_FORMULA = (
    rf"{_STRONG}(?:ممنون|ممنونم|مرسی|مرسى|متشکرم){_NOT_OF}"
    rf"|{_STRONG}(?:دم(?:تون|تان|ت|شون) گرم|سپاس(?:گزار|گذار)(?:م|یم)|متشکر(?:یم)?){_NOT_OF}"
    r"|(?:(?:با )?(?:عرض )?سلام )?و (?:احترام|عرض ادب)(?![^\W_])"  # «با سلام» went first
)
_START = re.compile(rf"^(?:{_FORMULA})[\s,،!.:\-]*")
_END_ANYWHERE = re.compile(
    rf"[\s,،!.:\-]*(?<![^\W_]){_STRONG}(?:ممنون|ممنونم|مرسی|مرسى|متشکرم)[\s!.…]*$"
)
_END_VERB = re.compile(
    rf"[\s,،!.:\-]*(?<![^\W_]){_STRONG}"
    r"(?:دم(?:تون|تان|ت|شون) گرم|سپاس(?:گزار|گذار)(?:م|یم)|متشکر(?:یم)?)[\s!.…]*$"
)
# What a thanks verb takes as its object, or a word that only leads into it.
_OBJECT = re.compile(r"(?<!\S)(?:از|بابت|خاطر|بخاطر|برای|واسه)(?!\S)")
_LEADS_IN = frozenset("و همیشه کلام هم".split())
# «آقا مشتری شدیم دمتون گرم»: a call opening the thanks, never said in the bot's voice.
_CALLS = frozenset("آقا داداش داداشا رفقا رفیق عزیزان".split())


def trim(text: str) -> str:
    """``text`` without a thanks formula at its start, or at its end where that is safe."""
    opened = _START.sub("", text).strip()
    # «دمتون گرم نخلکی‌ها», «دمت گرم اسنپ فود»: whom it thanks, no point of its own (stop 24's gate:
    # «اسنپ فود» alone was said back)
    text = text if 0 < len(opened.split()) < 3 else opened
    cut = _END_ANYWHERE.search(text)
    if cut and cut.start() > 0:
        return _without_thanked(text[: cut.start()].strip())
    cut = _END_VERB.search(text)
    if cut is None or cut.start() == 0:
        return text
    rest = text[: cut.start()].strip(" ,،")
    words = rest.split()
    if len(words) < 3 or _OBJECT.search(rest) or words[-1] in _LEADS_IN or words[0] in _CALLS:
        return text
    return rest


# r34: whom a closing «ممنونم» thanked («… تازه بود از تمام زحماتشون ممنونم»): the thanks went
# and left «… از تمام زحماتشون» hanging as if it were part of the praise. Those thanked are the
# people and the place (their work, the app), so a tail naming one goes with its thanks.
_THANKED = re.compile(
    r"[\s,،]+(?:و\s+)?(?:از\s+(?:تمام\s+|همه\s+|همه‌ی\s+)?"
    r"(?:زحمات|اسنپ|پیک|شما|پشتیبانی|مدیریت|رستوران|تیم|پرسنل|آشپز|کادر|مجموعه|عوامل)\S*"
    r"|ازتون|ازشون|از\s+همتون)(?:\s+فود\S*)?(?:\s+(?:هم|عزیز))?"
    r"(?:\s+(?:بابت|به خاطر|بخاطر)\s+[^\s،,]+(?:\s+[^\s،,]+)?)?$"
)


def _without_thanked(rest: str) -> str:
    """``rest`` without whom the thanks cut after it thanked, when a clause is left."""
    found = _THANKED.search(rest)
    before = rest[: found.start()].strip(" ،,") if found else rest
    return before if len(before.split()) >= 3 else rest
