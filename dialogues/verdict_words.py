"""Whether a few Arabic words judge the product or the place («سلعه جيده», «غير عملية»).

A verdict in a word or two («جهاز مفيد», «جيد نوعاً ما», «لا يستحق الشراء») tells how they
found it, nothing that happened: a listener asks what they would add, never "what happened?".
A bare topic («بخصوص الطلب», «وضع ليلي») or a feeling («انا زعلان منكم») holds none of these.
"""

from __future__ import annotations

from dialogues.reflection.ar_verdicts import MILD, VERDICT
from dialogues.reflection.ar_words import NEGATIVE, POSITIVE, WEAK_NEGATIVE, folded
from dialogues.reflection.stretch import destretch
from dialogues.text import fold, words

# Product reviews judge in words the restaurant lexicon lacks: «عملي», «اصلي», «خارق».
PRODUCT = folded(
    """عملي عملية عمليه عملى مفيد مفيدة مفيده اصلي اصلية اصليه أصلي أصلية متين متينة متينه
    قوي قوية قويه خارق خفيف خفيفة خفيفه بطيء بطيئة بطئ بطيئ بطيئه واضح واضحة واضحه مضروب
    مضروبة مضروبه مجنون نار ابداع إبداع رايق رايقة رايقه محترم محترمة محترمه متنوع متنوعة
    متنوعه متوسط متوسطة متوسطه مقبول مقبولة مقبوله محكم نوعا نوعاً عموما عموماً بالمجمل يستحق
    تستحق ماتستاهل تساوي سرعة سرعه سهولة سهوله بأس باس لاباس لابأس لااباس تصلح يصلح
    اعجبت أعجبت عشاق""",
)


# «لا», «ما», «غير» alone judge nothing («لا يوجد», «ما عندي شي»): a word must.
_JUDGING = ((POSITIVE | NEGATIVE) - WEAK_NEGATIVE) | PRODUCT


def verdict(text: str) -> bool:
    """A review's verdict phrase («لا أنصح به», «لا يستحق»): judged, though our cues read its
    «لا أنصح» as a feeling too."""
    return bool(VERDICT.search(" ".join(words(text))))


def judges(text: str) -> bool:
    """The words hold a judgment of the thing: a word of praise or complaint, a verdict."""
    text = destretch(text, "ar")  # «السعر نااااار»: «نار»
    said = {fold(w) for w in words(text)}
    said |= {w[2:] for w in said if w.startswith("ال")}  # «فى غاية الروعه»: «روعه»
    if said & _JUDGING:
        return True
    plain = " ".join(words(text))
    return bool(MILD.match(plain) or VERDICT.search(plain))


# Praise in product reviews our praise cues lack («جودة عالية», «خفيفه وانيقه», «سهلة الاستخدام»).
_PRAISE_MORE = folded("عالي عالية عاليه خفيف خفيفة خفيفه عملي عملية عمليه مفيد مفيدة مفيده")
_NEGATORS = folded("لا ما مش مو مب غير ليس ليست لم لن بدون بس لكن ولكن بس")


def praises(text: str) -> bool:
    """Only praise in a few words («تستاهل», «جودة عالية»): nothing denied, nothing faulted."""
    said = [fold(w) for w in words(destretch(text, "ar"))]
    forms = set(said) | {w[1:] for w in said if w.startswith("و")}
    forms |= {w[2:] for w in forms if w.startswith("ال")}
    if not said or len(said) > 4 or forms & (NEGATIVE | _NEGATORS):
        return False
    return bool(forms & (POSITIVE | _PRAISE_MORE))
