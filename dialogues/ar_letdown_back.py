"""Arabic: a let-down said back in the reflection is apologised for after "yes", not thanked.

r54 made the reflection of a mixed review keep its let-down («… لكن الافلام غير متوفرة»,
«لحومه غير حلال»), but NLU still named the review praise, and the reply after the customer's
"yes" thanked them for it as if nothing had gone wrong («شكراً لأنك قلت «مطعم ممتاز …»»):
they had just confirmed we heard a let-down, and we acted as if we had not. Here the
confirmed reflection is read for a let-down of its own, narrowly:

- after a turn («لكن»، «بس»، «الا ان»، «غير ان»، «باستثناء»): a word that tells something went
  wrong (letdown_told.LETDOWN: «سيء»، «ضعيف»، «غالي» …), a «غير …» («غير متوفرة»، «غير
  واضحة»), a lack or a glued denial («ينقصه»، «لاتوجد»: ar_runon_turn), «مشكلة»، «عيب»، «صغير»;
- anywhere: «غير حلال», a lack «ينقصه/ينقصها» or a flaw «يعيبه/يعيبها» not denied, or a
  let-down's verdict («سلعة سيئة»، «اسوء مكان»، «ندمت»، «لن اعود»، «لا تنصح به»).

Not a let-down: a hedge or a let-down taken back in the same breath («لكن حجمها صغير نسبيا
وهذا لا يعيبها»، «بس تضل السلعه رائعه»), advice or a wish to readers or the seller («لكن يجب
…»، «لكن نرجو …»، «بس لو …»، «لكن انصح …»), a problem denied («لم اواجه اي مشكلة»).
"""

from __future__ import annotations

import re

from dialogues import telling
from dialogues.letdown_told import LETDOWN, praised_plainly
from dialogues.reflection import ar_runon_turn

# A turn word and the clause after it, up to a clause mark or another turn.
_TURN = re.compile(
    r"(?<!\w)(?:[وف]?(?:لكن|لاكن|لكنه|لكنها|بس)|[اإ]لا\s+[اأ]ن\S{0,2}|غير\s+[اأ]ن\S{0,2}"
    r"|ب[اإ]ستثناء|ماعدا|ما\s+عدا)\s+([^.،؛,:!؟?»«\n]+)"
)
# A clause that opens on a condition, a duty, a plea, advice or a wish: said to the readers or
# the seller, no let-down of theirs (ar_runon_turn.advises, and more openings).
_ADVICE_OPENING = re.compile(
    r"^(?:[اإ]ذا|لو|حينما|عندما|لما|يجب|لازم|ينبغي|يفضل|يُفضل|نرجو|ارجو|أرجو|يرجى|انصح|أنصح|"
    r"تنصح|ننصح|اتمنى|أتمنى|تتمنى|يا\s*ريت|ياريت|انتظر|الان|الآن|اعجب\S*|أعجب\S*|مع\s+ذلك|"
    r"بشكل\s+عام|عموما|عموماً|في\s+العموم|بالنسب\S+\s+للسعر)(?!\w)"
)
# Said back as taken back or hedged: «وهذا لا يعيبها», «بس تضل رائعه», «مع ذلك ممتازة».
_TAKEN_BACK = re.compile(
    r"(?:لا|ما|مو|مش|ليس)\s+(?:\S+\s+)?يعيب|لا\s+ب[اأ]س|(?<!\w)تضل(?!\w)|(?<!\w)تظل(?!\w)"
    r"|(?<!\w)[وف]?(?:ت|ي)ست(?:اهل|حق)(?!\w)|نوعا\s+ما|نوعاً\s+ما|نسبيا|نسبياً|شوي(?:ة|ه)?(?!\w)|بسيط\S*"
)
# «غير متوفرة», «غير واضحة»: a quality denied (not «غير ذلك», «غير مكلفة», «غير قابلة للصدأ»).
_NOT_SO = re.compile(
    r"(?<!\w)[وب]?(?:ال)?غير\s+(?!ذلك|هذا|مكلف|قابل|مزعج|معقد|ضار|متميز|مميز)\S{2,}"
)
_MORE = ("مشكل*", "المشكل*", "عيب*", "العيب*", "صغير*", "خايس*", "سيئ*", "سيء*", "بطي*")
# «سئ» folds to «السى» (sea: «شوربه السى فود»): the longer spellings are kept.
_WRONG = {"ar": tuple(w for w in LETDOWN["ar"] if w != "سئ") + _MORE}
# «لحومه غير حلال»; a lack or a flaw told anywhere («ينقصها بعض الاضافات», «ويعيبه فقط»).
_ANYWHERE = re.compile(
    r"(?<!\w)(?:\S+\s+)?غير\s+حلال|(?<!\w)[وف]?(?:ي|ت)(?:نقص|عيب)(?:ه|ها|هم)(?!\w)"
)
# A verdict of a let-down, said back anywhere: «سلعة سيئة», «اسوء مكان», «ندمت», «لن اعود
# الى هذا المطعم», «لا تنصح به» (not «لا تنصح بها للأماكن الضيقة»: a caveat to readers);
# not «فلا تنصح به» (a caveat: «اما غداء فلا انصح به لانه غير دسم»), nor one denied or
# feared («ليست سيئة», «انطباع انه سيكون سيئ»).
# ar63: a review's verdict when its let-downs outweigh one praised line: «سئ» (raw text: the
# folded «السى» of «شوربه السى فود» is never written «سئ»), «فاشل», «مسخرة», «مخيبة»,
# «وكانت اخر مرة», «لن اكررها», «ما راح ارجع», «لم يعد مثل السابق», and in their own words
# «لا أنصح به» (a verdict unshifted, read from what they wrote).
_VERDICT = re.compile(
    r"(?<!\w)(?:[وف]?(?:سيئ|سيء|سيئة|سيئه|سيئا|سئ|سئة|سئه|اسوء|أسوأ|اسوأ|ندمت|احرجتمو\S*"
    r"|فاشل|فاشلة|فاشله|مسخرة|مسخره|مخيب\S*)"
    r"|لن\s+[اأتن](?:عود|كرر\S*)|(?:ما\s+راح|مستحيل)\s+[اأن]رجع\S*|لم\s+[يت]عد\s+(?:مثل|كما|زي)"
    r"|(?:كانت|وكانت|هي|وهي|ستكون|وستكون)\s+[اآ]خر\s+مر[ةه]"
    r"|لا\s+[اأتن]نصح\s+(?:به|بها)(?![^.،؛,!؟?»\n]*\sلل))(?!\w)"
)
_VERDICT_DENIED = re.compile(r"(?:ليس|ليست|مو|مش|غير|ما|لا|بلا|مب|سيكون|ستكون|يكون|تكون)\s*$")
_CLAUSE = re.compile(r"[^.،؛,:!؟?»«\n]*")
_ANYWHERE_DENIED = re.compile(r"(?<!\w)(?:لا|ما|مو|مش|لم|ليس)\s+(?:ي|ت)(?:نقص|عيب)")


def letdown_said_back(reflection: str | None, language: str) -> bool:
    """Whether the reflection the customer confirmed holds a let-down of their own."""
    return letdown_in(reflection, language) is not None


def letdown_in(reflection: str | None, language: str) -> str | None:
    """The clause of the confirmed reflection that tells a let-down of their own, or None."""
    if language != "ar" or not reflection:
        return None
    for found in _ANYWHERE.finditer(reflection):
        # «ينقصه لمسات بسيطة ليكن رائعا»: a touch short of perfect, no let-down to own.
        clause = _clause_at(reflection, found.start())
        if not _ANYWHERE_DENIED.search(reflection) and not _TAKEN_BACK.search(clause):
            return clause
    verdict = _verdict_in(reflection)
    if verdict is not None:
        return verdict
    return next((m.group(1) for m in _TURN.finditer(reflection) if _lets_down(m.group(1))), None)


def verdict_told(current: list[str], language: str) -> str | None:
    """ar63: a let-down's verdict in the customer's own words, where the reflection left it out.

    «مسخرة … تعشيت بالمطعم مرة وكانت اخر مرة … المطعم تسير فاشل» was said back in part, and
    NLU's praise (for «المكان حلو») was thanked alone: «أسعدنا ما كتبت». A review whose verdict
    is a let-down is apologised for, what they liked thanked after it.
    """
    return _verdict_in("\n".join(current)) if language == "ar" and current else None


def _verdict_in(text: str) -> str | None:
    """The clause of a let-down's verdict not denied nor taken back («لكنه يستاهل»), or None."""
    for found in _VERDICT.finditer(text):
        clause = _clause_at(text, found.start())
        if not _VERDICT_DENIED.search(text[: found.start()]) and not _TAKEN_BACK.search(clause):
            return clause
    return None


# What the let-down names, for its apology. NLU's topic and the whole review named the food
# the customer praised («لم يكن الأكل بالمستوى» after «الأكل ممتاز لكن المكان صغير») or a
# shipment they had thanked: only the let-down's own words choose, else the part's apology.
_PRICE = re.compile(r"غال[يى]|غالي[ةه]|مبالغ|(?:سعر|اسعار|أسعار)\S*\s+(?:\S+\s+)?(?:مرتفع|عال|غال)")
_FOOD_WRONG = re.compile(
    r"(?<!\w)(?:بارد\S*|مالح\S*|ناشف\S*|محروق\S*|ماسخ\S*|بايت\S*|نيء|نيئ\S*)(?!\w)"
    r"|(?:طعم|الطعم|الاكل|الأكل|طعمه|طعمها)\s+(?:\S+\s+){0,3}?(?:غير\s+جيد|سيئ|سيء|لم\s+يعجب)"
)


# A verdict on the whole visit or thing, not on one part of it.
_WHOLE = re.compile(
    r"(?<!\w)(?:[وف]?(?:فاشل|فاشلة|فاشله|مسخرة|مسخره|مخيب\S*|ندمت)|لن\s+[اأتن](?:عود|كرر\S*)"
    r"|(?:ما\s+راح|مستحيل)\s+[اأن]رجع\S*|لم\s+[يت]عد\s+(?:مثل|كما|زي)|[اآ]خر\s+مر[ةه]"
    r"|لا\s+[اأتن]نصح)(?!\w)"
)


def apology_for(letdown: str, liked: bool) -> str:
    """The apology's catalog key for a let-down said back.

    ``liked``: praise was said back beside it; «هذا الجانب لم يكن بمستوى الباقي» fits only
    then; with nothing liked said back the plain apology (the review's topic named the food
    they had praised: «لم يكن الأكل بالمستوى» after «المطعم اكله رائع … ويعيبه موقعه»).
    """
    if _PRICE.search(letdown):
        return "apology_price"
    if _FOOD_WRONG.search(letdown):
        return "apology_meal"
    if _WHOLE.search(letdown):  # ar63: «مطعم فاشل», «كانت اخر مرة»: the whole visit, no "part"
        return "apology"
    return "apology_part" if liked else "apology"


def _clause_at(text: str, start: int) -> str:
    """The words from ``start`` to the end of their clause."""
    found = _CLAUSE.match(text, start)
    return found.group(0) if found else ""


def _lets_down(clause: str) -> bool:
    """A turn's clause that tells a let-down: not advice, a wish, a hedge or one taken back."""
    clause = clause.strip()
    if _ADVICE_OPENING.match(clause) or ar_runon_turn.advises(f"لكن {clause}"):
        return False
    if _TAKEN_BACK.search(clause):
        return False
    if ar_runon_turn.lets_down(clause) or _NOT_SO.search(clause):
        return True
    return telling.has(clause, _WRONG, "ar")


def liked_too(reflection: str | None) -> bool:
    """Praise said plainly in the reflection beside the let-down: thanked after the apology.

    «المقصات معلقة لا تعمل وللاسف طبعا سلعة سيئة» or «… ندمت انني اكلت فيه …» said back
    holds nothing they liked: a "thanks for what you liked" after it would thank a praise no
    one heard (the whole review's words found some: «قلت شكلها ممتاز» before it broke).
    """
    return bool(reflection) and praised_plainly([reflection or ""], "ar")
