"""Arabic praise said through a denial, or in dialect words NLU does not know: thanked.

«كباب لا يعلى عليه», «اكل ماكي لا يقاوم», «افضل مطعم بروست في العالم بلا منازع», «مطعم ولا
اروع», «ليس له مثيل», «غنية عن التعريف», «سلعة مذهلة … غير مكلفة», «فما أحلاه»: each says "none
better", "nothing to fault", but its «لا», «غير», «ليس», «ما» read as a denial (apologies._NOT)
and held back the thanks of a review that only praises: the customer heard «آسف لأن الطعام لم
يكن كما ينبغي». The idiom is taken out before the let-down reading and counted as praise; any
other denial, hedge or let-down word beside it still keeps the complaint («لا يقاوم بس الخدمة
بطيئة»).

«يمي يمي … مرا لزيز», «الاكل يجنن», «كويسه»: dialect praise that NLU's tone reads cold (-0.19)
and the praise cues lack. NLU knows no better there, so these words outweigh its cold tone in
review_praise; the same denial, hedge and let-down checks still hold.
"""

from __future__ import annotations

import re

_A = "[اأإآ]"  # alif, with or without hamza, as customers type it
_HIM = r"(?:ه|ها|هم)"  # «عليه», «عليها», «عليهم»
_NOT = r"(?:[وف]?لا|ول\s?ا)"  # «لا», «ولا», «فلا»

# Each an idiom of praise whose words deny: "not surpassed", "irresistible", "no rival",
# "none finer", "unmatched", "no substitute", "needs no introduction", "no dust on it",
# "beyond words", "unforgettable", "don't hesitate", "all that is delicious", "rarely
# disappoints", "inexpensive", "and no harm in saying" (so much to praise), "not bad at all",
# "how lovely" (an exclamation «ما أروع», no denial).
_IDIOMS = (
    rf"{_NOT}\s?يعل[يى]\s+علي{_HIM}",
    rf"{_NOT}\s?[يت]قاوم",
    r"بلا\s+منازع",
    rf"{_NOT}\s+{_A}روع(?:\s+من{_HIM})?",
    rf"{_NOT}\s?[يت]ضاه[يى]",
    rf"(?:{_NOT}|ليس\s+ل{_HIM}|ما\s?ل{_HIM})\s+مثيل(?:\s+ل{_HIM})?",
    rf"ليس\s+ل{_HIM}\s+بديل",
    rf"{_NOT}\s?غن[يى]\s+عن{_HIM}",
    r"غني[ةه]?\s+عن\s+التعريف",
    rf"{_NOT}\s+غبار\s+علي{_HIM}",
    rf"{_NOT}\s?[يت]وصف",
    # «تجربة لا تنسى», «ماراح تنسى الطعم»; a bare «لا تنسى» is "don't forget", no praise
    rf"(?:تجرب[ةه]|[اأ]يام|ليل[ةه]|وجب[ةه]|سهر[ةه]|ذكري?ات)\s+{_NOT}\s?تنس[ىي]",
    r"(?:لن\s+تنسا(?:ه|ها)|ما\s?(?:راح|رح)\s+تنس[ىي])",
    rf"{_NOT}\s?تتردد",
    r"ما\s+لذ\s+و\s?طاب",
    r"نادر[اًا]*\s+ما\s+يخيب(?:\s+الظن)?",
    r"[و]?غير\s+مكلف[ةه]?",
    r"عشق\s+لا\s+ينتهي",
    r"فحدث\s+و\s?لا\s+حرج",
    r"(?:مش|مو)\s+بطال[ةه]?",
    rf"[وف]?ما\s+{_A}(?:روع|حلى|حلا|جمل|طيب|لذ)\S*",
)
_PRAISE_BY_DENIAL = re.compile(r"(?<!\w)(?:" + "|".join(_IDIOMS) + r")(?!\w)")
# Advice in a denial's words, no praise of its own: «و لا تنسى بعد دفع الفاتورة الصعود لسطح
# السفينة» ("don't forget to go up"): taken out of the let-down reading only.
_ADVICE = re.compile(rf"(?<!\w){_NOT}\s?تنس[ىي](?!\w)")

# Dialect praise NLU's tone misreads (folded tokens, as telling.find reads them): «يمي»,
# «لزيز» (لذيذ as said), «يجنن»/«تجنن»/«بيجنن», «يهبل»/«تهبل».
DIALECT_PRAISE = {
    "ar": ("يمي", "لزيز*", "يجنن", "تجنن", "بيجنن", "بتجنن", "يهبل", "تهبل", "بيهبل"),
}
# Praise the cues lack, read as praise here only (not as the words a thanks quotes):
# «كويسه» (Egyptian "good"), «هايل», «شيك», «مذهلة», «شهي», «أطيب», «أنيقة».
MORE_PRAISE = {
    "ar": ("كويس*", "هايل*", "شيك", "مذهل*", "شهي*", "اشهى", "أشهى", "اطيب", "أطيب",
           "انيق*", "أنيق*"),
}  # fmt: skip


def praised_in_denial(text: str) -> bool:
    """An idiom of praise told with a denial's words: «لا يعلى عليه», «بلا منازع»."""
    return _PRAISE_BY_DENIAL.search(text) is not None


def without_idioms(text: str) -> str:
    """The text with its praise-by-denial idioms taken out, for the let-down reading."""
    return _ADVICE.sub(" ", _PRAISE_BY_DENIAL.sub(" ", text))
