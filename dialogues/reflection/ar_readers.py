"""Arabic review clauses that speak to other readers, or that must not be said in the bot's voice.

A judge of restaurant and travel reviews marked as wrong or poor the reflections that said a
reviewer's advice to other readers in the bot's own voice («إذا تحب الهندي لا تنساه»، «بس أهم
شي كلوه وهو حار»، «انت تشوف الأسعار …»): the bot sounded as if it advised the customer. Such
clauses, and a clause in English inside an Arabic reply («I tried …»), are quoted. A phone
number no longer costs the clause around it («… رخيصه 0253… جربوه»), and a symbol standing
for a colon or an arrow («الخدمة=ذاتيه»، «>>>بالنسبة لي») is not echoed.
"""

from __future__ import annotations

import re

from dialogues.text import fold

# "you" meant for anyone: a second-person pronoun, «إذا تحب/زرت …» (if you like/visit), a
# prohibitive with its object («لا تنساه»، «لا تفوته»), a plural command with its object
# («كلوه»، «جربوها»), «ما راح تلقى/تندم» (you won't find/regret).
_ADDRESSED = re.compile(
    r"(?<!\S)[وف]?(?:انت|أنت|إنت|انتي|أنتي|انتى|انك|إنك|أنك|لانك|لأنك)(?!\S)"
    r"|(?<!\S)[وف]?(?:اذا|إذا|لو)\s+(?:كنت\s+)?(?:تحب|تبي|تبغى|تبغي|تريد|تود|تدور|تبحث|تزور|تروح|تجي|تدخل|تطلب|تجرب|تفكر"
    r"|تشتهي|تحبون|تبون|كنت"
    r"|زرت|جيت|رحت|دخلت|ذهبت|تزور|تروح|ودك|بغيت|حبيت|مريت|كنت\s+من)(?!\S)"
    r"|(?<!\S)[وف]?لا\s?ت\S{2,}(?:ه|ها|هم|وه|وها|ونه|ونها|كم|ك)(?!\S)"
    r"|(?<!\S)[وف]?لا\s?(?:تنس|تنسى|تنسي|تنسوا|تنسو|تترددوا|تتردد|تفوتوا)(?!\S)"
    r"|(?<!\S)[وف]?(?:كلو|اطلبو|زورو|خذو|شوفو|اسألو|اسالو|ذوقو|جربو|روحو)(?:ه|ها|ة)(?!\S)"
    r"|(?<!\S)[وف]?(?:لن|ما\s?راح|ما\s?رح|راح|رح|سوف|بت)\s?(?:تجد|تلقى|تلاقي|تندم|تحس|تشعر|تنسى)"
    r"(?!\S)"
    r"|(?<!\S)(?:شخصيا|شخصياً|شخصيًا)\s+[اأ]فضل(?!\S)"  # «شخصياً أفضل …»: "I prefer", quoted
    r"|(?<!\S)[وف]?(?:حاول|حاولوا|حاولو|حاولي)\s+(?=[اأ]ن\s|ت\S{2,})"  # r27: «حاول تجرب …»
)
# «لا تستحقه»: "it does not deserve it", the place spoken of, never to the reader
_NOT_COMMANDS = frozenset(fold(w) for w in "لاتستحقه لاتستاهله لاتعجبه لاتناسبه".split())
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# r27: «I love المطعم»، «my favorite مطعم»، «j'adore المكان»: the customer's own "I" in English
# or French, however few its Latin words, is never said unshifted in the bot's voice: quoted.
_LATIN_SELF = re.compile(
    r"(?<![A-Za-z'])(?:I|I'm|I've|my|My|me|we|We|our|Our|us|je|Je|j'\w+|J'\w+|moi|nous|mon|ma|mes)"
    r"(?![A-Za-z'])"
)
_PHONE = re.compile(r"(?<![\w/.+-])\+?[0-9٠-٩]{8,}(?![\w/.-])")  # «0553…»: never «1398-1472»
_EQUALS = re.compile(r"(?<=[^\W_])\s*=+\s*(?=[^\W_])")  # never an emoticon «=_=»
_ARROWS = re.compile(r"\s*(?:&gt;|>){2,}\s*(?=\S)")


def addressed(clause: str) -> bool:
    """Whether the clause speaks to other readers («لا تنساه»، «كلوه») or is in English."""
    if len(_LATIN_WORD.findall(clause)) >= 3 or _LATIN_SELF.search(clause):
        return True  # «I tried Chicken Tikka …»: never an English "I" in an Arabic frame
    found = (fold(m.group(0)).replace(" ", "").lstrip("وف") for m in _ADDRESSED.finditer(clause))
    return any(word not in _NOT_COMMANDS for word in found)


def tidy(text: str) -> str:
    """A phone number parts the clauses around it; «=» is a colon, «>>>» a comma."""
    text = _PHONE.sub("\n", text)
    return _ARROWS.sub("، ", _EQUALS.sub(": ", text))
