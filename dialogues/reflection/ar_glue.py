"""Arabic words typed glued together or set apart, mended before a review is read (round 29).

Each is a word-level mend: the reply never says a non-word («شيءواحد»، «اعجبنيالمكان»،
«ديكور هم») in the bot's own voice nor inside a quote.
"""

from __future__ import annotations

import re

# «وشيءواحد عجبني»: «شيء» ends on its hamza; a word glued after it is a word of its own
# (no Arabic word goes on after «شيء» but its suffixes, never three letters or more).
_THING_GLUED = re.compile(r"(?<!\S)([وف]?(?:ال|ب|بال|لل)?شيء)(?=[^\W\d_]{3,})")

# «اعجبنيالعجيبة»، «عجبنيجميل»: the verb of liking ends on its «ني» ("me"); the word glued
# after it is the next word («اعجبني المكان»), never one non-word.
_LIKED_GLUED = re.compile(r"(?<!\S)([وف]?(?:ما|م)?[اأيت]?عجبت?ني)(?=[^\W\d_]{3,})")

# «ديكور هم بعد حلو»، «حلويات هم سيئه»: the possessive «هم» ("their") typed apart from a
# noun a review names; one word («ديكورهم»), never a pronoun "they" left in our sentence.
_THEIR_APART = re.compile(
    r"(?<!\S)([وف]?(?:ديكور|حلويات|فرع|اكل|أكل|طعم|عصيرات|موظفين|جلسات|منيو|مشروبات|سلطات"
    r"|اسعار|أسعار|خدمت|قهوت|شاورمت))[ \t]+هم(?=[ \t]+\S|[ \t]*$)",
    re.M,
)

# «الخدمة تحسب للمطعم. يستحق | جائزة.»: a verb of worth closing its line before a line of
# one word is one sentence («يستحق جائزة»), never «يستحق» said back with what it is worth
# left out.
_WORTH_BEFORE_WORD = re.compile(
    r"(?<!\S)((?:و|ف)?(?:ي|ت)(?:ستحق|ستاهل))[ \t]*\n[ \t]*"
    r"(?=[^\W\d_]{2,}[ \t]*(?:[.!]+[ \t]*)?(?:\n|$))"
)

# «منظرdolphin»، «بتلبسXL»، «ccوتشوكليت»: an Arabic word and a Latin one typed without their
# space are two words; the article before a Latin word («الLamb») is the customer's way, kept.
_LATIN_GLUED = re.compile(
    r"(?<=[\u0621-\u064a]{3})(?<!ال)(?=[A-Za-z]{2,})|(?<=[A-Za-z]{2})(?=[\u0621-\u064a]{2,})"
)

# «مع اني اكره الأكل الشعبي، | إلا ان التجربه كانت خياليه»: «إلا أن» ("yet") opening a line
# goes on from the line before (the concession it answers); after an empty line left alone.
_YET_NEXT_LINE = re.compile(r"(?<=\S)([ \t]*[،,])?[ \t]*\n[ \t]*(?=(?:و?الا|و?إلا)[ \t]+[اأ]ن)")

# «الله عليهم وربي اليم»، «مع حليب وربي أحسن»: «وربي» ("by my Lord") is an oath like «والله»
# (ar_spell._OATH_THAT), no word of the telling, never said back in the bot's own voice; «وربي
# رحمني»، «وربي لطف وسلم» (my Lord was merciful) and a prayer («وربي يوفقهم») stay.
_BY_MY_LORD = re.compile(
    r"(?<!\S)وربي[ \t]+(?!(?:ي|ل)(?:وفق|عطي|جز|سلم|حفظ|هدي|عافي|سعد|بارك|خلي|رحم|كرم|عين|سامح)"
    r"|رحم|لطف|ستر|سلم|كتب|عوض|يسر|ما شاء|يعلم|اعلم|أعلم)(?=[^\W\d_])"
)


def parted(text: str) -> str:
    """The text with glued words parted and a «هم» typed apart joined to its noun."""
    text = _THING_GLUED.sub(r"\1 ", text)
    text = _LIKED_GLUED.sub(r"\1 ", text)
    text = _LATIN_GLUED.sub(" ", _THEIR_APART.sub(r"\1هم", text))
    text = _YET_NEXT_LINE.sub("، ", text)
    text = _BY_MY_LORD.sub("", text)
    return _WORTH_BEFORE_WORD.sub(r"\1 ", text)


# r34: «لاتصلح»، «لايوجد»، «لاأنصح»، «ولاننصح»: the negation «لا» typed onto its verb is two
# words («لا تصلح»), never a non-word in our voice nor inside a quote. Only a verb's opening:
# «ي»/«ت» and three letters more, «نن» («لاننصح»), or «ا»/«أ» (no word opens «لاا»/«لاأ»).
# Left whole: «لأنه»، «لانها» (because), «لاتيني»/«لاتينو» (names), «لايكات» (a plural),
# «لايجاد»/«لايقاف» («لـ» + «إيجاد»), «لاتجديد» («لـ» + a noun of «تفعيل»).
_NOT_GLUED = (
    r"(?<![^\W\d_])([وف]?لا)(?={})(?![^\W\d_]*ات(?![^\W\d_]))"
    r"(?!ي[^\W\d_]ا[^\W\d_](?![^\W\d_]))(?!ت[^\W\d_]{{2}}ي[^\W\d_](?![^\W\d_]))"
)
_THIRD = r"[يت](?!ي)[^\W\d_]{3,}(?![^\W\d_])"  # «لايوجد»، «لاتعمل»: a verb of what it does
_FIRST = r"(?:نن[^\W\d_]{2,}|[اأ][^\W\d_]{2,})(?![^\W\d_])"  # «لاأنصح»، «لاننصح»: I, we
_GLUED_THIRD = re.compile(_NOT_GLUED.format(_THIRD))
_GLUED_ANY = re.compile(_NOT_GLUED.format(f"(?:{_THIRD}|{_FIRST})"))
# «منتج لااباس به»: «لا بأس» glued and its hamza lost, said as the phrase.
_NO_HARM_GLUED = re.compile(r"(?<![^\W\d_])([وف]?)لاا?ب[اأ]س(?![^\W\d_])")
_QUOTED = re.compile(r"(«[^»]*»)")


def not_glued(reply: str) -> str:
    """The reply with a negation typed onto its verb parted («لاتصلح» → «لا تصلح»).

    Mended in the finished reply, never before a review is read: the clauses picked stay the
    ones picked. In our voice only a verb of what a thing does is parted; a first person one
    («لااحبذ») is quoted by the shift, and parted only inside its quote.
    """
    parts = _QUOTED.split(reply)
    return "".join(
        (_GLUED_ANY if part.startswith("«") else _GLUED_THIRD).sub(
            r"\1 ", _NO_HARM_GLUED.sub(r"\1لا بأس", part)
        )
        for part in parts
    )
