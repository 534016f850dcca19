"""What a listener would not say back: noise around a telling, and personal data in it.

Noise is removed whole-token only (a handle, a link, a hashtag run, an emoticon, a
greeting or sign-off phrase at a sentence edge): never letters inside a word. Personal
data (phone, e-mail, card numbers, street addresses, "my name is …") is not removed but
*detected*, so the selector can leave the clause holding it out of the reflection.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

from dialogues.reflection import anchors, ar_gaps, ar_spell, ar_typed, fa_formulas, fa_gaps
from dialogues.reflection.edge_cut import EdgeCut
from dialogues.reflection.en_heart import hearts_as_love
from dialogues.reflection.handles import brand, leading_handles, tags_and_handles
from dialogues.reflection.stretch import destretch

_URL = re.compile(r"https?://\S+|www\.\S+|\bt\.co/\S+", re.IGNORECASE)
# The corpus's own stand-in for a URL: "link" ending the text or a sentence, not the word.
_IBM_LINK = re.compile(r"(?<![\w-])link(?=\s*(?:$|[.!?]|\s@|\s#))")
# "have an unsubscribe link?", "send me the link.": the word, its article before it (r28)
_LINK_WORD = re.compile(
    r"\b(?:(?:a|an|the|your|my|our|their|no|any)|an?\s+(?!lot\b|bit\b|while\b)"
    r"[a-z][a-z-]*)\s+$",
    re.IGNORECASE,
)
_CC = re.compile(r"(?<!\w)(?:cc|CC|Cc)\s*:?\s*(?=@|\s*$)")
_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2300-\u23ff\u2b00-\u2bff\ufe0f\u200d\u20e3]+"
)
_EMOJI_BETWEEN = re.compile(
    r"(?<=[A-Za-z0-9])\s*[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d][\U0001f000-\U0001faff"
    r"\u2600-\u27bf\ufe0f\u200d\s]*\s(?=[A-Za-z])"
)
_EMOTICON = re.compile(
    r"(?<!\w)(?:[:;=8xX] ?[-'^o]?[()\[\]dDpP/\\|*3oO]+|<3+|\^_*\^|-_-|[)(]{2,})(?!\w)"
)
# ar: «جودة الطعام :3.5 من 10» is a score after its label's colon, never the «:3» face.
_EMOTICON_AR = re.compile(  # r27: «×_×»، «T_T» (eyes shut, tears): faces as well
    r"(?<!\w)(?:[×xXT]_+[×xXT])(?!\w)|"
    + _EMOTICON.pattern.removesuffix(r"(?!\w)")
    + r"(?!\w|[.,٫]\d|\s*(?:من|/)\s*\d)"
)
_BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"[ \t]+")
_REPEATED_PUNCT = re.compile(r"([!?؟.،,])\1+")
_DOTS = re.compile(r"\.{2,}|…+")
# "Hello Mojang I have…", "hey rockstar I bought…": the name after a greeting is a vocative.
_GREETED_NAME = (
    r"(?:hi|hello|hey|dear)\s+(?!(?:i|i'm|my|we|our|me|it|this|there|all|is|left|lost|got|bought"
    r"|need|want|have|had|made|sent|took|paid|tried|just|can|please)\b)(?![a-z]+ed\b)[a-z]+"
    r"(?=[\s,!]+(?:i|i'm|i've|im|my|we|our|please)\b)"
)
# Greetings, sign-offs and courtesy formulas, removed only at a sentence's edges.
_EDGE_PHRASES = {
    "en": _GREETED_NAME
    + r"""|good (?:night|morning|afternoon|evening)(?: or (?:morning|afternoon))+(?: to you)?
    |(?:hi|hello|hey) again|hey there|hi there|hello there|hi|hello|hey|hiya|dear
    |good morning|good evening|good afternoon|good night|good day
    |hi there|hello there|greetings|hi team|hello team|dear team|dear sir|dear sir or madam
    |good morning or afternoon|good day to you
    |tia|thanks in advance|thank you in advance|kind regards|sincerely|yours sincerely|apologies
    |dear \w+ team|dear \w+ \w+ team
    |(?:(?<![^\W_]\s)|(?<=thanks\s)|(?<=thank you\s)|(?<=thx\s))\w+ team(?=\s*[,:!])
    |\w+ team(?=\s+(?:my|i|our|we|please|pls|plz)\b)|team \w+(?=\s+(?:my|i|our|we|please)\b)
    |(?:many|warm|warmest|big|huge) thanks(?!\s+(?:for|to)\b)
    |thanks in advance|thanks(?!\s+(?:so much\s+|a lot\s+|a bunch\s+|again\s+)?(?:for|to)\b)
    |thank (?:you|u) (?-i:[A-Z]{2,4}|[A-Z][a-z]+)(?=\s*,)
    |thank (?:you|u)(?!\s+(?:so much\s+|very much\s+|again\s+)?(?:for|to)\b)
    |(?:thx|thnx)(?!\s+(?:for|to)\b)|ty|regards
    |best regards|cheers|(?<!\bnot\s)(?<!\bis\s)(?<!\bbe\s)(?:ok|okay)
    |(?<!hope\s)(?<!think\s)(?<!lieve\s)(?<!guess\s)(?<!ppose\s)so(?! far)(?! much)(?! many)
    |(?<!\bas\s)well(?=\s*[,.!])|honestly|fyi|guys
    |(?<!-)(?<!\w\s)team|folks|lol|omg|ugh|smh
    |wow|just wow|oh|rt
    |oh my gosh|oh my god|oh my goodness|my gosh|omfg|come on|ah+|a+rgh+|yay
    |(?<!\w\s)yes|yep|yup|yea
    |yeah|nope|(?<!\w\s)no(?=\s*[,.!])|thanx so much|thanx|thanks so much(?!\s+for\b)
    |thank you so much(?!\s+for\b)|thank you again(?!\s+for\b)
    |thanks again(?!\s+for\b)|much appreciated|sigh|seriously|lmao|haha\w*|jeez|geez|whoa|hmm+|um+
    |uh+|yikes|ugh+|sheesh|dude|(?<!\w\s)man(?=\s*[,.!])|boys|girls|peeps|mate|bro
    |(?:lastly|firstly|secondly|anyway|anyways|btw|by the way|fyi)(?=\s*,)
    |simply put|put simply|to put it simply|long story short|just saying|just sayin'?
    |(?:one |a |my )?(?:last|quick|one more|another|simple) question\s*:
    |happy (?:chinese )?new year|happy holidays|merry christmas|happy (?:\w+ )?day|happy \w+day
    |happy thanksgiving|happy easter|happy valentine'?s(?: day)?
    |(?:tf|wtf|wth|what the (?:hell|heck|fuck))(?: is (?:that|this|going on))?(?=\s*[,.!?]|\s*$)
    |(?:i\s+)?\(cont(?:'d|inued)?\)|\(\d\)|(?<!\bon )(?<!\bsince )\d/\d|cont(?:'d)?(?=\s*$)""",
    "fa": r"""سلام دوباره|سلام مجدد|سلام|با سلام|باسلام|سلام و عرض ادب|سلام وقت بخیر|وقت بخیر
    |درود(?! بر)|سلام علیکم
    |خسته نباشید|خسته نباشی|و خسته نباشید|و خسته نباشی|و وقت بخیر|وقتتون بخیر|وقتتان بخیر
    |وقت شما بخیر|روز بخیر|روزتون بخیر|عصر بخیر|عصرتون بخیر|صبح بخیر|شب بخیر|جسارتا|جسارتاً
    |با تشکر فراوان|با سپاس فراوان|با تشکر(?! از)|باتشکر(?! از)|با سپاس(?! از)|سپاس(?! از)
    |ممنون از شما|مرسی از شما
    |ممنون(?! از)(?! که)(?! می)(?! بابت)|ممنونم(?! از)(?! که)(?! بابت)|مرسی(?! از)(?! که)(?! بابت)
    |متشکرم(?! از)(?! بابت)|تشکر(?! از)(?! بابت)
    |دست\S* (?:و دست\S* )?درد نکن\S*|موفق باشید|موفق و پیروز باشید|پاینده باشید|خدا قوت
    |مرسی اسنپ ?فود|ممنون اسنپ ?فود|ممنونم اسنپ ?فود|راستش|خب|ببخشید|یا علی|اولا|دوما
    |ضمنا|والسلام|و السلام""",
    # ar: a longer thanks before «شكرا» (alternation takes the first): «شكرا لكم، …» left «لكم، …»
    "ar": """السلام عليكم|السلام عليكم ورحمة الله|السلام عليكم ورحمه الله
    |السلام عليكم ورحمة الله وبركاته
    |مرحبا مرة ثانية|مرحباً مرة ثانية|مرحبا مرة أخرى|مرحبا مرة اخرى|مرحبا من جديد
    |مرحبا|مرحباً|اهلا|أهلا|هلا|صباح الخير|مساء الخير|كيفكم حبايبي|كيفكم يا حلوين|كيفكم
    |كيف حالكم|كيف الحال|شكرا جزيلا لكم|شكراً جزيلاً لكم|شكرا لكم|شكراً لكم|شكرا لك|شكراً لك
    |شكرا|شكراً|شكرا جزيلا|مشكورين
    |يعطيكم العافية|جزاكم الله خير|جزاكم الله خيرا|بسم الله الرحمن الرحيم|بسمالله الرحمن الرحيم
    |بسم الله|بسمالله
    |والله العظيم|والله|بصراحة|بصراحه|للأمانة|للامانه|يا جماعة|لو سمحت|لو سمحتو|تحياتي|اشكركم|أشكركم
    |وشكرا|وشكراً|شكرا لك|شكرا جزيلا لكم|باختصار
    |ما شاء الله|ماشاء الله|ماشالله|تبارك الله|الله يعطيكم العافية|الصراحة|الصراحه|صراحة|صراحه
    |لأكون صريحا|لاكون صريح|لأكون صريحة|لاكون صريحة|لا اكون صريح|لا اكون صريحة|للأمانه
    |للآمانه|الحمد لله|الحمدلله|بالتوفيق|وبالتوفيق|تحياتي للجميع|يا اخوان|ياجماعة|يعني
    |مرسي كتير|مرسى كتير|ميرسي|مرسي|ورحمة الله|ورحمه الله|وبركاته|ورحمة الله وبركاته
    |ورحمه الله وبركاته|و?[اأن]تمنى (?:له|لها|لهم|لكم) (?:ال)?توفيق(?: و ?(?:ال)?نجاح)?(?![ \t]+\\w)
    |و?بالتوفيق [اإ]ن ?شاء الله|بالتوفيق للجميع|بالتوفيق دائما|و?شكرا(?: جزيلا)? لل[اإ]دارة""",
}
# Arabic may mark a phrase's last letter («شكراً»): the mark belongs to the phrase (ar only).
_MARKS = {"ar": "[\u064b-\u0652]*"}
# r30 (ar only): «بسم الله الرحمن الرحيم / ان من احسن …»: the slash after a formula goes with it
_SEPARATORS = r"[\s,،!.:\-]*"
_AFTER = {"ar": r"[\s,،!.:\-/]*"}
_EDGE = {
    lang: re.compile(
        rf"^(?:(?:{'|'.join(p.strip() for p in phrases.split('|'))}){_MARKS.get(lang, '')}"
        rf"(?![^\W_]){_AFTER.get(lang, _SEPARATORS)})+",
        re.IGNORECASE,
    )
    for lang, phrases in _EDGE_PHRASES.items()
}
_EDGE_END = {
    lang: re.compile(
        rf"[\s,،!.:\-]*(?<![^\W_])(?<!\bI )(?<!\bwe )(?<!\bI really )(?<!\bwe really )"
        rf"(?:{'|'.join(p.strip() for p in phrases.split('|'))})"
        rf"{_MARKS.get(lang, '')}[\s!.…]*$",
        re.IGNORECASE,
    )
    for lang, phrases in _EDGE_PHRASES.items()
}
_EDGE_END_CUT = {lang: EdgeCut(pattern).cut for lang, pattern in _EDGE_END.items()}  # r36: its sub

# Personal data a reflection must never read back.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_DIGITS = re.compile(r"(?:[+(]?[0-9۰-۹٠-٩][\s().-]?){7,}")
_DIGIT = re.compile(r"[0-9۰-۹٠-٩]")  # what every match of _DIGITS holds
_STREET = re.compile(
    r"\b\d+\s+\w+(?:\s\w+)?\s+(?:st|street|ave|avenue|rd|road|blvd|lane|ln|drive|dr)\b|"
    r"پلاک\s*[0-9۰-۹]|(?:خیابان|بلوار|میدان)\s+\S+\s+(?:\S+\s+)?(?:کوچه|پلاک|خیابان|بن‌بست)|"
    r"(?:شارع)\s+\S+\s+(?:\S+\s+)?(?:عمارة|بناية|شقة|رقم|حي)",
    re.IGNORECASE,
)
_NAME = re.compile(
    r"\b[Mm]y name is\b|\bI am [A-Z][a-z]+ [A-Z][a-z]+\b|\bI'm [A-Z][a-z]+ [A-Z][a-z]+\b|"
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir) (?:full )?name is [A-Z]|"
    r"\b(?:[Bb]irth ?date|[Dd]ate of birth|DOB|[Bb]orn on)\b|"
    r"\b(?:named|checked in as|booked as|under the name(?: of)?) [A-Z][a-z]+ [A-Z][a-z]+\b|"
    r"\b(?:[Tt]hanks to|[Kk]udos to|[Ss]hout ?out to|agent|attendant|rep|supervisor|captain|pilot)"
    r" [A-Z][a-z]+ [A-Z][a-z]{2,}\b(?! (?:Airport|Airlines|International)\b)|"
    # Whole words only: «حجز باسمي» ("a booking in my name") names nobody.
    r"(?<![^\W\d_])(?:اسمم|اسم من|نام من|اسمي|إسمي|انا اسمي)(?![^\W\d_])"
)


# Text every alternative of _NAME holds (case as written there: it is case-sensitive); a
# clause with none of them names nobody, and skips the pattern's pass.
_NAME_HINTS = (
    *("name", "irth", "DOB", "orn on", "I am ", "I'm ", "checked in as", "booked as"),
    *("hanks to", "udos to", "out to", "agent", "attendant", "rep", "supervisor", "captain"),
    *("pilot", "اسم", "نام من", "إسمي"),
)


def _named(text: str) -> bool:
    return any(hint in text for hint in _NAME_HINTS) and bool(_NAME.search(text))


# A forum moderator's note appended to a review: the admin's words, never the customer's.
_AR_MODERATOR = re.compile(r"(?:=+\s*)?تم تعديل[^\n]{0,80}?(?:-\s*)?(?:ال)?[اإ]دار[ةه]\s*\.?")

_AR_GLOSS = re.compile(r"\s-\s*\S+\s+يعني\s+[^-\n]{1,30}?\s*-\s")


_LINE_THEN_AND = re.compile(r"[ \t]{3,}(?=و)")
_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]+")
_LINE_BREAK = re.compile(r"[ \t]{3,}")
# Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC): one letter or ligature each.
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]+")
_LAM_ALEF_RUN = re.compile(r"(?<![^\W\d_])(?:لا){2,}(?![^\W\d_])")  # «لالالا»: one «no»
_AR_MADDA_RUN = re.compile(r"آ{2,}")  # r39: clean's Arabic passes, compiled once
_AR_MARK_HELD = re.compile(r"([\u064b-\u0652])\1+")
_AR_MADDA_AFTER_JIDD = re.compile(r"(?<=جد)آ(?!\w)")
_AR_SPACE_BEFORE_COMMA = re.compile(r"\s+(?=[،,])")
_AR_COMMAS = re.compile(r",+(?=\s|$)")


def _stand_in(match: re.Match[str], language: str) -> str:
    """The corpus's "link" goes, unless an article makes it the word ("an unsubscribe link")."""
    before = match.string[max(0, match.start() - 40) : match.start()]
    return match[0] if language == "en" and _LINK_WORD.search(before) else " "


def _plain_letters(text: str) -> str:
    """Old keyboards' presentation forms as the letters they stand for; «لالالا» as «لا»."""
    plain = _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
    return _LAM_ALEF_RUN.sub("لا", plain) if "لالا" in plain else plain  # the run's least


def _gap(text: str) -> bool:
    """Whether the text has two spaces or a tab in a row: what every ``[ \\t]{2,}`` needs."""
    return "  " in text or "\t" in text


def clean(message: str, language: str) -> str:
    """The message without noise, with the customer's own spelling otherwise kept."""
    # Line breaks in the stored corpus became runs of spaces: they still end a sentence.
    text = html.unescape(message)
    text = _plain_letters(text) if language != "en" else text  # «ﻻﻻﻻﻻ تقررربكم»
    if language == "en":  # en61: "I ❤️ your company" is "I love your company", not a hole
        text = hearts_as_love(text)
    if language == "ar":  # a line that opens with «و…» goes on with the sentence before it
        if _gap(text):  # these four match only a run of spaces or a tab
            text = _LINE_THEN_AND.sub(" ", text)
            text = ar_spell.THANKS_GAP.sub(r"\1 ", text)  # «شكرا   لسوق»: one thanks
        text = _PRIVATE_USE.sub(" ", text)  # old phones' emoji: no letters
        if _gap(text):  # (the emoji's spaces may have made a run)
            text = _AR_OPEN_END.sub(r"\1 ", text)  # «… الذي استلمته هو      SCREEN …»: one line
            text = _AR_NOUN_THEN_ADJECTIVE.sub(r"\1 ", text)  # «مطعم      سيئ ولا أنصح»: one
        text = ar_gaps.joined(text)  # r45: «انه يكون      هناك …»: one clause
        text = _AR_AND_THE_END.sub(r"\1 ", text)  # «… والمطعم. يعاني من …»: one sentence
        text = anchors.sub(_AR_MODERATOR, " ", text)  # «تم تعديل العنوان … - الإدارة»: not theirs
        text = anchors.sub(
            _AR_GLOSS, " ", text
        )  # «- زقاق يعني حارة ضيقة -»: a word explained, aside
    if language == "fa":  # «این کتاب اگرچه   زمانی …»: a gap, not a sentence end
        text = fa_gaps.open_ends(text)
    text = _LINE_BREAK.sub("\n", text) if _gap(text) else text
    text = _BIDI.sub("", text)
    if language == "en":  # "not working on your site: http…": a colon before a link is no title
        text = _ERROR_PAGE.sub(_error_page, text)  # "the url is http://x.com/error?src=404"
        text = _COLON_LINK.sub(" ", _LINK_LABEL.sub(" ", text))
        text = _SITE_NAMED.sub(r"\1\2", text)  # "connect to minecraft.net I…"
    text = _URL.sub(" ", text)
    if language == "en":  # a quoted or retweeted post is someone else's words, not theirs
        text = _QUOTED_POST.sub(" ", anchors.sub(_RETWEET_EN, "", text))
        text = anchors.sub(_CHECKED_IN, r" at \2\1", text)  # r30: "my flight! (at @X Lounge)"
        text = _NAMED_AFTER.sub(lambda m: f"{m.group(1)} {brand(m.group(2))}", text)
        text = _NUMBER_TAG.sub(
            r"number \1", _FLIGHT_TAG.sub(r"\1", text)
        )  # "#561" is a flight number, not a tag
    text = anchors.sub(_IBM_LINK, lambda m: _stand_in(m, language), text)
    text = _CC.sub(" ", text)
    text = tags_and_handles(leading_handles(text, language), language)
    if language == "en":  # "…for 2 hours now 😭 why is everyone…": the emoji ended a sentence
        text = _EMOJI_BETWEEN.sub("\n", text)
    text = _EMOJI.sub(" ", text)
    text = (_EMOTICON_AR if language == "ar" else _EMOTICON).sub(" ", text)
    if language == "ar":
        text = anchors.sub(_AR_LAUGH, " ", _AR_NOISE.sub(" ", _AR_GLUED_EMOTICON.sub(" ", text)))
        text = _AR_SIGNED_BELOW.sub(r"\1", text)  # r27: «… شكرا …» then «مريم عاطف»: signed
        text = _AR_MADDA_RUN.sub("ا", text)  # «جدآآ» is «جدا» stretched
        text = _AR_MARK_HELD.sub("", text)  # r27: «الاصدقاًًً»: a mark held
        text = _AR_MADDA_AFTER_JIDD.sub("ا", text)  # «جدآ» is «جدا» misspelt
        text = _AR_SPACE_BEFORE_COMMA.sub("", text)  # «الرش ، لذا» → «الرش، لذا»
        text = _AR_COMMAS.sub("،", text)  # «حقتهم , ولا» → «حقتهم، ولا»
        text = ar_spell.known_stretch(ar_spell.respell(text, ar_spell.known), ar_spell.known)
        text = ar_typed.mend_held_keys(text)  # r44: «جمميل» → «جميل»
    text = destretch(text, language)
    text = anchors.sub(_RETWEET, "", text)  # r28: each pass above skipped without its anchor

    text = _DOTS.sub("… ", text)
    text = _REPEATED_PUNCT.sub(lambda m: m[1], text)  # r39: no template parsed a call
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=2048)  # the same sentence is trimmed by several readers of a turn
def trim_edges(sentence: str, language: str) -> str:
    """A sentence without the greetings or sign-offs at its start and end."""
    text = sentence
    for _ in range(3):
        new = _EDGE[language].sub("", text).strip()
        new = fa_formulas.trim(new) if language == "fa" else new  # «… دمتون گرم» (r32)
        new = _EDGE_END_CUT[language](new).strip()
        if new == text:
            break
        text = new
    return text


@lru_cache(maxsize=2048)  # each clause is asked about again by later passes of a turn
def has_personal_data(text: str) -> bool:
    """Whether the text holds a phone, e-mail, card number, address or a full name."""
    # "driver 15.5.2.1054"; r34: no digit, no number and no "@", no e-mail, without a pass
    digits = _DIGIT.search(text) and _DIGITS.search(VERSION.sub(" ", HEX_CODE.sub(" ", text)))
    named = ("@" in text and _EMAIL.search(text)) or _STREET.search(text) or _named(text)
    return bool(named or digits or _BOOKING_CODE.search(text) or _booking_letters(text))


# r30: "My booking no BI3TNC", "here is my conf F8NEQM", "booking number is MY8YB4": a booking's
# six-letter code (capitals with a digit) is the customer's record, never echoed.
_BOOKING_CODE = re.compile(
    r"\b(?i:booking|conf(?:irmation)?|reservation|locator|pnr|ref(?:erence)?)"
    r"(?:\s*(?:no\.?|number|num|#|code|is|:))*\s*(?=[A-Z]*\d)[A-Z0-9]{6}\b"
)


# r31: "conf number FMJTYL", "My 1st reservation is PGFRYZ": r30's code in capitals with no
# digit, right after its label, when the six letters spell no English word ("is BROKEN").
_BOOKING_LETTERS = re.compile(
    r"\b(?i:booking|conf(?:irmation)?|reservation|locator|pnr|record)"
    r"(?:\s*(?:no\.?|number|num|#|code|is|:))+\s*([A-Z]{6})\b"
)


def _booking_letters(text: str) -> bool:
    """Whether a labelled booking code of letters ("conf number FMJTYL") is in the text."""
    from dialogues.reflection.en_seams import KNOWN  # lazily: en_seams reads a large lexicon

    return any(m.group(1).lower() not in KNOWN for m in _BOOKING_LETTERS.finditer(text))


# "Error 0x30005001": an error code (Latin hex, English tech support) is no phone number.
HEX_CODE = re.compile(r"\b0x[0-9A-Fa-f]{4,}\b")
# "15.5.2.1054": short middle groups, as no phone number is written ("1.800.555.1234" is one).
VERSION = re.compile(r"(?<![\d.])[1-9]\d?\.\d{1,2}\.\d{1,2}(?:\.\d{1,5})?(?![\d.]\d)")


# Arabic reviews' own noise: «:$ >_< >>> @@ ^^ =(», laughter «ههههه», «اممم»/«يممم».
_AR_OPEN_END = re.compile(
    r"(?<!\S)(هو|هي|في|من|على|علي|عن|ان|أن|الى|إلى|مع|هذا|هذه|اللي|الذي|التي)[ \t]{3,}"
)
_AR_NOUN_THEN_ADJECTIVE = re.compile(
    r"(?<!\S)(مطعم|محل|مكان|منتج|جهاز)[ \t]{3,}"
    r"(?=(?:سيئ|سيء|ممتاز|رائع|جميل|مميز|فاشل|خايس|زفت)(?!\S))"
)
# A full stop right after «و» + a noun with «ال» cuts a sentence before its verb, not at its end.
_AR_AND_THE_END = re.compile(r"(?<!\S)(و[اأإ]ل\S{2,})\.(?=[ \t]+[^\sو.])")
_AR_GLUED_EMOTICON = re.compile(r"(?<=[^\W\d_])(?:[:;=][-']?[()DPp$@*]+|\^\^)(?!\w)")
_AR_NOISE = re.compile(
    r"(?<!\S)(?:[:;=][$@&#*]|[:;=][\"'][()]|>+_*<+|[<>]{2,}|>+|3>|@{2,}|\^+_*\^+|=+[()]|[ا]?م{3,}|ي?م{3,}"
    r"|(?:ه){3,}|خخخ+)(?!\S)"
)
# A closing line of one to three words under a thanks or «تحياتي» line is the signature.
_AR_SIGNED_BELOW = re.compile(
    r"((?:شكر|تحيات)[^\n]*?)(?:\n|[ \t]{3,})\s*[\u0621-\u064a]+(?: [\u0621-\u064a]+){0,2}\s*$"
)
_AR_LAUGH = re.compile(r"(?<!\S)هع(?:\s*هع)*(?![^\W\d_])")  # r27: «لا تفوتك هع هع»: laughter
# A link the sentence needs ("the page is on http://x.net yet …"): its site's name stays,
# or the sentence has a hole; a shortened link ("t.co/…") names nothing and goes.
_SITE_NAMED = re.compile(
    r"(\b(?:to|on|at|from|under|via|visit|into|onto|their|the|my|our|your|its|is) )"
    r"https?://(?:www\.)?(?!(?:t\.co|bit\.ly|ow\.ly|goo\.gl|buff\.ly|fb\.me|youtu\.be|lnkd\.in"
    r"|amzn\.to|dlvr\.it|ift\.tt|tinyurl\.com)\b)([a-z0-9-]+(?:\.[a-z0-9-]+)+)/?(?=\s+[A-Za-z])",
    re.IGNORECASE,
)
# "now the url is http://youtube.com/error?src=404": the link's own words say the problem (an
# error page), so it is said as one, never dropped with its label leaving "as now" behind.
_ERROR_PAGE = re.compile(
    r"(\b(?:the\s+)?(?:link|url|page|address)\s+(?:is|was)\s*[:\-–]?\s*)?"
    r"(?:https?://|www\.)[^\s/]+/\S*?(?:\berror\b|(?<![\d.])404(?!\d)|not[-_]?found)\S*",
    re.IGNORECASE,
)


def _error_page(match: re.Match[str]) -> str:
    """The error link said as what it is: "the url goes to an error page"."""
    label = match.group(1)
    if label:
        named = re.sub(r"\s+(?:is|was)\s*[:\-–]?\s*$", "", label, flags=re.I)
        return named + " goes to an error page"
    return "an error page"


_COLON_LINK = re.compile(r"\s*:\s*(?=https?://|www\.)")
# "My channel link : https://…": the link's label goes with the link (it would dangle).
_LINK_LABEL = re.compile(
    r"(?:\b(?:my|the|our)\s+)?(?:(?:channel|account|video|profile|page|store)\s+)?(?:link|url)"
    r"(?:\s+is)?\s*[:\-–]?\s*(?=https?://|www\.)",
    re.IGNORECASE,
)
_RETWEET_EN = re.compile(r"\s*\bRT\s*@\w+\s*:.*$", re.DOTALL)
_QUOTED_POST = re.compile(
    r"“\s*\.?@\w+\s*:[^”]*(?:”|$)|\"\s*\.?@\w+\s*:[^\"]*(?:\"|$)"
    r"|@\w+\s*:\s[^”]*\^[A-Z]{2}\b”?"  # an agent's signed reply ("… ^KP”"), quoted
)
# r30: a check-in closing the tweet ("… before my flight! (at @United Global First Lounge)") is
# where it was said: "… before my flight at United Global First Lounge!", never a quote of its own
_CHECKED_IN = re.compile(r"\s*([.!?]*)\s*\(at\s+(@?[A-Z][^()\n]{2,60}?)\)(?=\s*$)")
_NAMED_AFTER = re.compile(
    r"\b(to|at|with|from|on|for|by|in|about|than|then|like|over|vs)\s+@(\w+)", re.IGNORECASE
)
_FLIGHT_TAG = re.compile(r"(?<=\b[Ff]light )#(\d+)\b")
_NUMBER_TAG = re.compile(r"(?<![\w#])#(\d+)\b")
_RETWEET = re.compile(r"\s*\bRT\s+@?\w+:?.*$")  # what follows "RT @x:" is someone else's
