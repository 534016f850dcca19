"""A review that only praises, which NLU named a complaint: thanked, never apologised for.

«منتج جيد ويخدم غرضه تماما», «بصراحة جوال بقمة الروووعه»: Arabic and Persian reviews praise in
few words, and NLU often reads a product review as a complaint, however warm. Apologising for
it ("sorry the product wasn't as you expected") answers a let-down nobody told. A review is
praise here only when nothing in it is denied, hedged, costly, contrasted or ironic.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dialogues import cues, telling
from dialogues.apologies import _NOT
from dialogues.ar_praise_idioms import (
    DIALECT_PRAISE,
    MORE_PRAISE,
    praised_in_denial,
    without_idioms,
)
from dialogues.ar_relieved import relief_turn_out
from dialogues.fair_price import FAIR_PRICE
from dialogues.turn import Turn
from dialogues.warm import nothing_wrong

# Praise held back or past: «جيد نوعا ما», «لا بأس», «معقول», «بد نبود», «نسبتا خوب»,
# «في السابق …»; or a wish or a "but" beside it.
_HEDGED = {
    "fa": ("نسبتا", "نسبتاً", "تقریبا", "تقریباً", "معمولی", "بد نبود", "بدک نبود", "قابل قبول",
           "ولی", "اما", "فقط", "کاش"),
    "ar": ("نوعا", "نوعاً", "نوع ما", "حد ما", "لا بأس", "لابأس", "معقول*", "مقبول*", "عادي*",
           "لكن", "لاكن", "ولكن", "ولاكن", "بس", "الا", "إلا", "فقط", "عيب*", "ليت", "اتمنى",
           "أتمنى", "يا ريت", "ياريت", "يعيب*", "ويعيب*", "السابق", "سابقا", "سابقاً"),
}  # fmt: skip
# A let-down told in a word of its own: «رديء», «سيئة», «مكسورة», «خدوش», «بد», «سرد»;
# r57: «بالرغم من ارتفاع الاسعار» (a price told high) is no plain praise.
# «سئ» folds to «سی»: as a prefix* it was the start of «السيد», «سيصبح», «سيارة», and held
# back the thanks of «مطعم رائع … سيصبح مطعمي المفضل» (apologised for): its spellings only.
_BAD = {
    "fa": ("بد", "بده", "بدی", "سرد", "خراب*", "افتضاح*", "مزخرف", "دیر", "تاخیر*", "تأخیر*",
           "ناقص", "اشتباه*", "کم بود", "کم", "شور", "بی مزه", "بیمزه", "سوخته", "خام",
           "شکسته*", "خالی", "پایین", "پائین", "پشیمون*", "پشیمان*", "ترک"),
    "ar": ("ردي*", "سيء*", "سيئ*", "سيئه", "سيئة", "سئ", "سئه", "سئة", "مكسور*", "خدوش",
           "خدش*", "تالف*", "ضعيف*", "خربان*", "يخرب", "خرب*", "فاشل*", "مقلد*", "غالي*",
           "متأخر*", "تاخر*", "تأخر*", "بارد*", "مشكل*", "مبالغ*", "تعطل*", "خربت", "يقهر",
           "قهر*", "احترق*", "انحرق*", "ارتفاع*"),
}  # fmt: skip
# A watch is spelt as an hour («ساعة أنيقة», «ماركة للساعات الفاخرة»): IMPACT's «ساعة» is a
# cost only where a length of time is told beside it («لمدة ساعة», «نصف ساعة», «10 ساعات»).
_HOUR = {"ar": ("ساعة", "ساعات")}
_HOW_LONG = {
    "ar": ("مدة", "لمدة", "مدتها", "نص", "نصف", "ربع", "بعد", "خلال", "طوال", "طول", "اكثر",
           "أكثر", "اقل", "أقل", "انتظر*", "ننتظر", "استنينا", "تأخر*", "تاخر*", "حوالي", "تقريبا"),
}  # fmt: skip
_NEAR_HOUR = 2  # words before the hour that can say how long: «لمدة ساعة», «بعد نصف ساعة»
# The thing as it was described («السلعة وصلت كما ذُكر في الوصف», «مطابق للصورة»): praise
# in a plain statement, which NLU's tone reads cold (-0.27); «غير مطابق» is denied (_NOT).
_AS_DESCRIBED = {
    "ar": ("مطابق*", "كما ذكر في الوصف", "كما ذكر بالوصف", "كما في الوصف", "مثل الوصف",
           "كما في الصور*", "كما بالصور*", "مثل الصور*", "كما هو موصوف"),
}  # fmt: skip
# r57: praise cues.PRAISE lacks («من اجمل المطاعم», «طاقم العمل ودود ومتعاون جدا»), read
# here only: in cues.PRAISE they moved which words the thanks quotes («الموسيقى متعاونة»).
_ALSO_PRAISE = {"ar": ("اجمل", "أجمل", "ودود*", "متعاون*")}
# NLU's tone: a cold one («منتج جميل», -0.3) keeps its complaint; r57: «من الاشياء الجيدة
# التي حصلت عليها», labelled negative at -0.05, is warm enough.
WARM_ENOUGH = -0.1
# ar59: dialect praise outweighs a tone this cold at most («يمي يمي … مرا لزيز»: -0.19);
# colder, the «يجنن» may be "drives me mad".
_DIALECT_COLDEST = -0.5

# A let-down denied is praise (ar r57): «سلعه حلوه ومافيها اي اضرار من الشحن», «بدون اي
# خدوش», «ثابت وفواح … لكن مش مبالغ فيها». Its words («اضرار», «مبالغ», «لكن») read as a
# let-down, and NLU's tone with them (-0.48): the denial is taken out before the reading.
_NO = (
    r"(?:ما\s?في(?:ها|ه)?|مافي(?:ها|ه)?|بدون|بلا|لا\s?يوجد|ليس\s+(?:فيها|فيه|بها|به)"
    r"|خالي[ةه]?\s+من)"
)
_HARM = r"(?:[اأإ]ضرار|ضرر|عيب|عيوب|خدش|خدوش|مشكل[ةه]|مشاكل|كسر|كسور)"
_DENIED_LETDOWN = re.compile(
    rf"(?<!\w)[وف]?{_NO}\s+(?:[اأ]ي\s+)?{_HARM}(?:\s+(?:من|في|ب)\s*ال\S+)?(?!\w)"
    r"|(?<!\w)(?:(?:و?ل[اأ]?كن|بس)\s+)?(?:مش|مو|مب|غير|ليس|ليست|ما)\s+مبالغ\S*(?:\s+في\S*)?"
    r"(?!\w)"
)
# «اجمل ما فيها», «واميز ما فيها», «قبل ما يستمتع»: «ما» after a word of praise or «قبل»
# is "what" or "before", no denial; ar59: «كل ما تتمنوه», «بكل ما تعنيه الكلمة», «على ما
# يمتلكه», «الذ ما يكون», «واهم ما اعجبني»: "all that", "what", no denial either.
_NOT_A_DENIAL = frozenset(
    telling.tokens(
        "اجمل أجمل احلى أحلى افضل أفضل اميز أميز اروع أروع قبل كل بكل على علي الذ ألذ اهم أهم"
    )
)
# Charging is no cost: «قمت بتجربته بعد شحنه لمدة 5 ساعات» (ar r57), unless a wait is told.
_CHARGING = "شحن"
_WAITED = tuple(telling.tokens("انتظر ننتظر تأخر استنى"))  # folded, as the tokens are


def praise_read_as_complaint(turn: Turn, language: str) -> bool:
    """A first telling NLU named a complaint that only praises: undenied, unhedged, warm."""
    if language == "en":
        return False  # English is read by WEAK_COMPLAINT's rule (warm.praise_nlu_misnamed)
    u = turn.understanding
    # ar59: «كباب لا يعلى عليه», «بلا منازع»: praise in a denial's words, read as praise.
    idiom = language == "ar" and any(praised_in_denial(m) for m in turn.messages)
    if language == "ar":
        # ar59: «كنت اعاني … و لكن الحمدلله بعد استخدام … تخلصت من الالم»: no hedge
        kept = tuple(relief_turn_out(without_idioms(m)) for m in turn.messages)
        turn = replace(turn, messages=kept)
    denied = language == "ar" and any(_DENIED_LETDOWN.search(m) for m in turn.messages)
    if denied:  # «مافيها اي اضرار»: read without the let-down it denies
        kept = tuple(_DENIED_LETDOWN.sub(" ", m) for m in turn.messages)
        turn = replace(turn, messages=kept)
    text = "\n".join(turn.messages)
    seq = telling.tokens(text)
    described = telling.find(seq, _AS_DESCRIBED.get(language, ()), language)
    cold = u.sentiment_score < WARM_ENOUGH  # r57: Arabic's «negative» at -0.05 is no tone
    cold = cold or (language != "ar" and (u.sentiment == "negative" or u.sentiment_score < 0))
    # ar59: «يمي يمي … مرا لزيز» (-0.19): dialect praise NLU's tone does not know.
    dialect = telling.find(seq, DIALECT_PRAISE.get(language, ()), language)
    dialect = dialect if u.sentiment_score > _DIALECT_COLDEST else []  # «يجنن» in anger
    if cold and not (described or denied or dialect):
        return False
    read = telling.read(list(turn.messages), language)
    # «السعر معقول»: a price called fair is praise, not the hedge «معقول» («جيد، معقول»).
    fair = telling.find(seq, FAIR_PRICE.get(language, ()), language)
    also = telling.find(seq, _ALSO_PRAISE.get(language, ()), language)
    also += telling.find(seq, MORE_PRAISE.get(language, ()), language) + dialect
    praised = read.praise or fair or described or also or idiom  # idiom: taken out, praise
    if not praised or read.need or not nothing_wrong(turn, language):
        return False
    if _cost_told(seq, language):
        return False
    for table in (_NOT, _HEDGED, _BAD):
        for a, b in telling.find(seq, table.get(language, ()), language):
            if table is _NOT and _both_ways(seq, a):
                continue  # «الرسمية وغير الرسمية»: either kind, nothing denied
            if table is _NOT and _what_not_denial(seq, a):
                continue  # «واميز ما فيها»: "the best of what it has"
            if not any(x <= a and b <= y for x, y in fair):
                return False
    return bool(
        idiom
        or fair
        or described
        or also
        or telling.find(seq, cues.PRAISE.get(language, ()), language)
    )


def _both_ways(seq: list[str], at: int) -> bool:
    """«X وغير X» ("X and non-X"): the same word on both sides of «غير» denies nothing."""
    near = 0 < at < len(seq) - 1
    return near and seq[at] in ("غیر", "وغیر") and seq[at - 1] == seq[at + 1]


def _cost_told(seq: list[str], language: str) -> bool:
    """An impact told (IMPACT's words), a watch («ساعة أنيقة») left out: no hour it cost."""
    hours = set(telling.find(seq, _HOUR.get(language, ()), language))
    long = [a for a, _ in telling.find(seq, _HOW_LONG.get(language, ()), language)]
    for start, end in telling.find(seq, cues.IMPACT.get(language, ()), language):
        if (start, end) not in hours:
            return True
        near = seq[max(0, start - _NEAR_HOUR) : end + 1]
        if _charged(seq, start):
            continue  # «بعد شحنه لمدة 5 ساعات»: the time it charged
        if any(0 < start - a <= _NEAR_HOUR for a in long) or any(w[0].isdigit() for w in near):
            return True  # «لمدة ساعة», «10 ساعات», «ساعتين»: time it took
    return False


def _charged(seq: list[str], hour: int) -> bool:
    """Hours told of charging («بعد شحنه لمدة 5 ساعات»), no wait or delay told anywhere."""
    before = seq[max(0, hour - 4) : hour]
    if not any(_CHARGING in w for w in before):
        return False
    return not any(w.lstrip("و").startswith(_WAITED) for w in seq)


def _what_not_denial(seq: list[str], at: int) -> bool:
    """«ما» after «اجمل»/«اميز»/«قبل»: "what" or "before", no denial."""
    return seq[at] == "ما" and at > 0 and seq[at - 1].lstrip("و") in _NOT_A_DENIAL
