"""Thanks, sign-offs and other people's words: kept only when they are all a customer said."""

from __future__ import annotations

import re

from dialogues.reflection import (
    ar_edges,
    en_clause,
    en_sense,
    en_signoff,
    en_thanked,
    fa_text,
    fa_thanked,
    help_asked,
)
from dialogues.reflection.noise import trim_edges
from dialogues.reflection.units import Unit, content_count

# ar: what a customer wishes a place they liked (success, progress), never a wish against it
_GOOD_WISH = (
    r"(?:و ?)?(?:ب|ل)?ال?(?:توفيق|نجاح|تقدم(?: المستمر)?|تميز)"
    r"|(?:و ?)?مزيد(?:ا|اً)? من ال?(?:تقدم|نجاح|تميز|توفيق)|(?:و ?)?(?:الى|إلى) ال[اأ]مام"
    r"|(?:و ?)?من تقدم (?:الى|إلى) تقدم"
)
_WISH_TAIL = r"ان شاء الله|إن شاء الله|انشاء الله|دائما|دائماً|لكم|له|لهم|للجميع|يا ?رب"

COURTESY = {
    "en": re.compile(
        r"^(?:(?:awesome|great|perfect|cool|wow|excellent)[,!]?\s+)?"
        r"(?:thanks?|thank you|thx|appreciate)\b"
        r"|^have an? (?:nice|great|good|wonderful|lovely|blessed|awesome)\s+(?:day|evening|night"
        r"|weekend|one|week|trip|flight|holiday|monday|tuesday|wednesday|thursday|friday"
        r"|saturday|sunday|time)\b"
        rf"|{en_signoff.SIGN_OFF.pattern}",  # r45: "Have a US Airways day!", "… AA team!"
        re.IGNORECASE,
    ),
    "fa": re.compile(
        r"^(?:با ?)?(?:ممنون(?!\s*می)|(?:مرسی|مرسى)(?!\s*که)|سپاس|تشکر"
        r"|دست.{0,25}درد نکن|درود بر|خدا ?قوت)"
        r"|^(?:انشاالله |ان شاء الله |ایشالا )?(?:موفق باشید|موفق و|پاینده باشید|آرزوی موفقیت"
        r"|تن ?درست|در پناه حق|سلامت باشید)"
        r"|^(?:امیدوارم )?کسب\S*(?: و ?کار\S*)? پر ?رونق"  # «کسبتون پر رونق»: a wish
        r"|^(?:[^\s،,.!؟?]+\s+)?خیر ببینی\S*[\s.!]*$"  # «طاقچه خیر ببینی»
        r"|(?:ممنون|مرسی|سپاس|تشکر)\S*$"
        r"|^(?:واقعا |خیلی )?دم(?:تون|تان|ت|شون) گرم(?:\s+\S+){0,2}[\s.!]*$"  # «دمتون گرم X»
    ),
    "ar": re.compile(
        r"^(?:شكرا|شكراً|مشكور|تسلم|يعطيكم)|(?:شكرا|شكراً|مشكورين)$"
        r"|^و?تحيات(?:ي|نا)\s+ل"  # r40: «تحياتي لصاحب المطعم»: a greeting, never «لصاحب المطعم»
        # «نرجو له مزيد من التقدم», «اتمنى لهم التوفيق»: a wish for the place, never a point
        r"|^و?(?:(?:[اأ]تمنى|نتمنى|نرجو|تمنياتي|تمنياتنا)\s+(?:ل(?:ه|ها|هم|كم|ك)\s+)?)?"
        rf"(?:{_GOOD_WISH})(?:[\s,،]+(?:{_GOOD_WISH}|{_WISH_TAIL}))*[\s!.،,]*$"
    ),
}


_THANKED_FOR = re.compile(
    r"^\W*(?:\w+[,!]?\s+)?(?:thanks|thank you|thank u|thx)\s+(?:\w+\s+){0,2}?(?:for|to)\b", re.I
)
_AR_GREETING_TO = re.compile(r"^\W*و?تحيات(?:ي|نا)\s+ل")  # «تحياتي للشيف»: nothing to say back
_OTHERS_WORDS = re.compile(r"^[“\"]?\W*@\w+:")  # a retweeted or quoted post, not theirs


# A message that is only a wish for the company («موفق باشید»، «آرزوی موفقیت دارم براتون»)
_FA_WISH_ALONE = re.compile(
    r"^(?:انشاالله |ان شاء الله |ایشالا )?(?:(?:همیشه )?موفق (?:و پیروز )?باشید"
    r"|[اآ]رزوی موفقیت(?: و پیروزی)?(?: (?:دارم|میکنم|می‌کنم|براتون|برایتان|برای شما)){0,2}"
    r"|پاینده باشید)[\s.!]*$"
)


def drop_courtesy(units: list[Unit], language: str) -> list[Unit]:
    """Thanks, and words quoted from someone else, are kept only when they are all there is."""
    units = help_asked.without_calls(units, language)  # "can you help me? my order …"
    ironic = language == "en" and en_thanked.taken_back([u.text for u in units])
    kept = [  # en: a thanks for a thing done is news ("… for the refund of the fee")
        u
        for u in units
        if not u.text.startswith("\x00")
        and (
            not COURTESY[language].match(u.text)
            or en_clause.sarcastic_thanks(u.text, language)
            or (language == "en" and en_sense.turned(u.text))  # "Appreciate X, but Y"
            or (language == "en" and en_thanked.thing_done(u.text) and not ironic)
        )
        and not _OTHERS_WORDS.search(u.text)
    ]
    if not units:
        return []
    if language == "fa" and all(_FA_WISH_ALONE.match(u.text.lstrip("\x00")) for u in units):
        return []  # «آرزوی موفقیت براتون دارم»: a well-wish, nothing to reflect (as a thanks)
    if language == "fa" and kept:  # «ممنون از … فرستادن» beside a praise or «خسته نباشید»
        kept = fa_thanked.with_telling(units, kept)
    if not kept:
        first = units[0]
        said = first.text.lstrip("\x00")
        text: str | None = trim_edges(said, language) or said
        if language == "ar" and text is not None:  # «شكراً للبائع …» → «تشكر البائع …»
            text = ar_edges.thanks_alone(said, text, content_count(text, language) > 1)
        if text is None or (language == "ar" and _AR_GREETING_TO.match(said)):
            return []
        if language == "en" and en_signoff.is_sign_off(said):
            return []  # "ok, thanks! Have a great night AA team!": a goodbye, nothing to reflect
        if language == "fa" and fa_text.all_thanks(said, content_count(text, language)):
            text = said  # «از پیک ممنون»: not «از پیک» alone
        thanked = _THANKED_FOR.match(said)
        rest = said[thanked.end() :] if thanked else text
        if language == "en" and content_count(rest, language) < 3:
            return []  # "thanks for the help": a thanks, nothing to reflect
        return [Unit(text, 0, first.question, first.sentence, "")]
    return [Unit(u.text, i, u.question, u.sentence, u.glue) for i, u in enumerate(kept)]
