"""Arabic verdicts: what a review concludes («لا أنصح به»، «٨ من ١٠»، «تستحق التكرار»).

The verdict is the point of a review and is heard first (ar_choice); ar_aspects never leaves
it out of a summary; ar_edges never takes a clause holding one for a title.
"""

from __future__ import annotations

import re
from functools import lru_cache

_PATTERN = re.compile(
    r"(?<![^\s،,.!])(?!مواعيد)[وف]?(?:لا|ما|مااا?|لن|مو|مش)\s*(?:[اأ]نصح|[اأ]كرر|اعيد|أعيد|[اأ]عود|ارجع"
    r"|أرجع|انصحكم)"  # never inside a word: «مواعيد العمل» is no «مو اعيد»
    r"|انصح|أنصح|ننصح|ما راح|مارح|لن [اأ]عود|[اأآ]خر مر[ةه]|اول و[اآ]خر|مر[ةه] ثاني[ةه]"
    r"|(?:لا|ما)\s*يُ?نصح|لن [اأ]فكر|مر[ةه] [اأ]خر[ىي]"  # «لا ينصح به إطلاقا»، «لن أفكر …»
    r"|لن تتكرر|ما ?راح تتكرر"  # «تجربه لن تتكرر لو ببلاش»
    r"|ما ?عاد [اأ]\S"  # «حلفت ما عاد ادخله»; never «ما عاد هو …»
    r"|(?<!\S)[وف]?بطل(?:ت|نا) [اأ]\S{2}"  # «عشان كذا بطلت اروحله»: stopped going (r23)
    r"|(?:لا )?[اأ]وصي (?:به|بها|بهم)"  # «أوصي به بشدة»
    r"|(?<!\S)و?حرمت(?!\S)"  # «حرمت اني اخذ منه»: swore never to again
    r"|(?<!\S)(?:سوف\s+|راح\s+|رح\s+)(?:يكون\s+تعاملي|[اأ]تعامل|[اأ]شتري)"  # «سوف يكون تعاملي معكم»
    r"|تجرب[ةه] (?:سيئ|فاشل|مقرف|ممتاز|رائع)|لا يستحق|لايستحق|ما يستاهل|مايستاهل|لا تستحق"
    r"|\b\d{1,2}\s*/\s*10\b|\b10\s*/\s*\d{1,2}\b|من عشر[ةه]"
    r"|[0-9٠-٩](?:[.,][0-9٠-٩]+)?\s*من\s*(?:10|١٠)\b"  # «٨ من ١٠», never «اكثر من 10 وجبات»
    r"|(?<![0-9٠-٩])[0-9٠-٩](?:[.,][0-9٠-٩])?\s*-\s*(?:10|١٠)(?![0-9٠-٩])"  # «الخدمة 8-10»
    # restaurant and travel reviews: «تجربة تستحق التكرار»، «لازم تزورونه»، «يجب أن تراه»،
    # «مطعمي المفضل»، «من أجمل المطاعم»، «لا يعلى عليه»، «كتقييم عام …»
    r"|(?:يستحق|تستحق|يستاهل|تستاهل)\s+(?:ال)?(?:زيار|تجرب|تكرار|عود)"
    r"|(?<!\S)لازم\s+(?:ت|ي)(?:زور|جرب|روح|جي|يج|مر)\S*|يجب\s+[اأ]ن\s+(?:ت|ي)(?:زور|را|جرب)\S*"
    r"|(?:مطعمي|مكاني|مقهاي)\s+المفضل|(?:المطعم|المكان|المقهى)\s+المفضل\s+(?:لي|عندي)"
    r"|(?<!\S)(?<!كان )(?<!كانت )(?<!كانوا )من\s+"  # never the past «كانوا من أفضل …»
    r"(?:[اأ]جمل|[اأ]فضل|[اأ]روع|[اأ]طيب|[اأ]لذ|[اأ]سو[أءا]ء?)\s+(?:ال)?"
    r"(?:مطاعم|[اأ]ماكن|مقاهي|معالم)(?!\S)"
    r"|لا ?يعلى عليه|تقييم(?:ي)?\s+عام|(?:مليون|[اأ]لف)\s+مطعم"
    # «لا تدعوا الفرصة تفوتكم»، «لا يفوتكم»، «لا تتردد في تجربته»: "don't miss it"
    # (opening its clause: «… لذيذة لايفوتكم الحلى» is a tip told in passing)
    r"|^(?:\S+\s+){0,2}?[وف]?لا\s?(?:تدع|تدعو|تدعوا|تخلي|تخلو|تخلوا)\s+(?:\S+\s+){0,4}ت?تفوت"
    r"|^(?:\S+\s+){0,2}?[وف]?لا\s?(?:تفوت|يفوت)(?:ك|كم|ه|ها|وه|وها)(?!\S)"
    r"|^(?:\S+\s+){0,2}?[وف]?لا\s?تتردد(?:وا)?\s+(?:في|ف)\s?(?:زيارت|تجربت|تجرب|الذهاب)"
    # a place or a visit past words or forgetting: «احساس لا يوصف»، «تجربة غير قابلة للنسيان»
    r"|(?<!\S)(?:لا ?يوصف|لا يمكن وصفه|تفوق الوصف|تفوق الخيال|غير قابل[ةه] للنسيان"
    r"|لن [اأ]نسا(?:ها|ه))(?!\S)"
    r"|(?<!\S)[وف]?نصيحتي(?:\s+\S+){3}"  # «نصيحتي جربوه مرة»، «ونصيحة لاتروح …»
    r"|(?<!\S)[وف]?نصيح[ةه]\s*:?\s*(?:لا|ما)\s?\S"
    r"|(?<!\S)[اأ]قيم\S*\s+(?:\S+\s+)?(?:ب)?تقييم"  # «أنا أقيم المطعم تقييم عالي»
    # «لن نرجع»، «لا ننصح به»: the "we" of a group, as the "I" of «لن أعود»
    r"|(?<!\S)[وف]?(?:لا|ما|لن)\s+ن(?:رجع|عود|كرر|نصح)(?!\S)"
    # «ففضلت عدم استمراري في زيارته»، «قررنا عدم الذهاب»: a decision to stop going
    r"|(?<!\S)[وف]?(?:قرر|فضل)\S*\s+(?:ب)?عدم\s+(?:ال)?(?:استمرار|عود|رجوع|ذهاب|تكرار|زيار)"
)


# «لابأس به»، «ماشي الحال»، «مقبول»: a whole heading that judges mildly, though our polarity
# words leave it neutral (r31: never taken for the place's name and left out).
MILD = re.compile(r"^(?:[وف]?لا ?ب[اأ]س(?: ب[هةى]| في[هة])?|ماشي (?:ال)?حال[هة]?|مقبول[ةه]?)$")


class _Remembered:
    """A pattern whose ``search`` of a text is remembered: a long review's clauses are
    searched for a verdict five times or more a turn (choosing, scoring, the summary's
    edges), at ~0.3 µs a character, and a telling's clauses again on its later turns."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern.pattern
        self.match = pattern.match
        self.search = lru_cache(maxsize=1024)(pattern.search)  # one text each: no pos, endpos


VERDICT = _Remembered(_PATTERN)


# «9/10 الخدمة»، «التقييم: 10/10»: a score with a label and no more, one of a scorecard
_RATING = re.compile(r"^\D{0,30}?\d+(?:[.,]\d+)?\s*(?:/|من)\s*\d+\D{0,30}$")


def rating_only(text: str) -> bool:
    """A score line of a few words: a worded verdict in the same review says more."""
    label = re.sub(r"[\d.,/:=]+|(?<!\S)من(?!\S)", " ", text).split()
    return bool(_RATING.match(text)) and len(label) <= 3  # never «أعطيه 10/10 بدون اي نقاش»


def worded(texts: list[str], verdicts: list[int]) -> list[int]:
    """The verdicts that say more than a scorecard's line («9/10 الخدمة»), when it has two."""
    if sum(rating_only(text) for text in texts) < 2:
        return verdicts
    return [i for i in verdicts if not rating_only(texts[i])] or verdicts
