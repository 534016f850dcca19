"""A long Arabic review said back as one short sentence: each aspect it judges, and its verdict.

Judges read a long review quoted or echoed at length as a mere echo, and a reflection that
kept scene-setting and dropped the verdict as wrong. Most long reviews judge a few aspects
(«الأكل ممتاز، الخدمة بطيئة، الأسعار غالية») and close with an intent («لن أعود»). When
those can be read with certainty, the review is said back as «الأكل ممتاز لكن الخدمة بطيئة
والأسعار غالية، ولن تعود إليه»: every content word is the customer's (an aspect noun is
only respelt in its standard definite form, a known adjective only with its standard «ة»);
anything less certain returns ``None`` and the clause-by-clause reflection is used.
"""

from __future__ import annotations

import re

from dialogues.reflection.ar_choice import VERDICT, polarity
from dialogues.reflection.ar_cues import declined, important
from dialogues.reflection.ar_left import turns_away
from dialogues.text import fold

LONG = 18  # words: a review longer than this is summarised when its aspects are certain
MOST = 4  # aspects said at most: more reads as a list, not a summary

# The aspects a review judges, by folded spelling (with or without «ال»), in standard form.
_ASPECTS = {
    fold(k): v
    for v, spellings in {
        "الأكل": "الاكل الأكل اكل أكل اكله أكله اكلهم أكلهم",
        "الطعام": "الطعام طعام",
        "الطعم": "الطعم طعم طعمه",
        "الخدمة": "الخدمة الخدمه خدمة خدمه خدمتهم",
        "الأسعار": "الاسعار الأسعار اسعار أسعار اسعاره أسعاره اسعارهم أسعارهم",
        "السعر": "السعر سعره سعرهم",
        "الجلسات": "الجلسات جلسات جلساته جلساتهم",
        "المكان": "المكان",
        "الموقع": "الموقع",
        "الجلسة": "الجلسة الجلسه",
        "النظافة": "النظافة النظافه نظافة",
        "الموظفين": "الموظفين",
        "العمال": "العمال",
        "العمالة": "العمالة العماله",
        "العاملين": "العاملين",
        "الطاقم": "الطاقم",
        "القهوة": "القهوة القهوه",
        "المشروبات": "المشروبات",
        "الانتظار": "الانتظار",
        "التوصيل": "التوصيل",
        "الديكور": "الديكور ديكور",
        "الأجواء": "الاجواء الأجواء",
        "الجو": "الجو",
        "التعامل": "التعامل",
        "الاستقبال": "الاستقبال",
        "الحلويات": "الحلويات",
        "الكمية": "الكمية الكميه",
        "الكميات": "الكميات",
        "الأطباق": "الاطباق الأطباق",
        "الموسيقى": "الموسيقى",
        "الإضاءة": "الاضاءة الإضاءة الاضاءه",
        "المنتج": "المنتج",
        "الجهاز": "الجهاز",
        "الجودة": "الجودة الجوده",
        "الخامة": "الخامة الخامه",
        "البطارية": "البطارية البطاريه",
        "الشاشة": "الشاشة الشاشه",
        "الكاميرا": "الكاميرا",
        "الصوت": "الصوت",
        "التغليف": "التغليف",
        "الشحن": "الشحن",
    }.items()
    for k in spellings.split()
}  # fmt: skip

_INDEFINITE = frozenset(
    fold(w) for w in "اكل أكل خدمة خدمه اسعار أسعار جلسات نظافة ديكور طعم".split()
)
# Evaluative adjectives a predicate is built on, spelt as the bot may say them.
_GOOD_WORDS = tuple(
    """ممتاز ممتازة رائع رائعة جميل جميلة حلو حلوة لذيذ لذيذة طيب طيبة نظيف نظيفة مميز مميزة
    رهيب رهيبة خيالي خيالية جيد جيدة مناسب مناسبة راقي راقية سريع سريعة فخم فخمة مريح مريحة
    أنيق أنيقة ساخن ساخنة ممتازين رائعين لطيف لطيفة لطيفين محترم محترمة محترمين معقول معقولة
    هادئ هادئة هادي هادية واسع واسعة كويس كويسة رخيص رخيصة ممتع ممتعة متعاونين طازج طازجة
    مرتب مرتبة عالي عالية قوي قوية رايق رايقة مقبول مقبولة متنوع متنوعة ودود ودودين
    سريعين""".split()
)
_BAD_WORDS = tuple(
    """سيء سيئة سيئ سئ رديء رديئة ضعيف ضعيفة بارد باردة ناشف ناشفة مالح مالحة غالي غالية
    وسخ وسخة متسخ متسخة قذر قذرة مقرف مقرفة مزعج مزعجة بطيء بطيئة بطيئين زفت عادي عادية
    متوسط متوسطة مرتفع مرتفعة مبالغ سيئين ضيق ضيقة ممل مملة قليل قليلة صغير صغيرة باهظ
    باهظة متأخر تعبان تعبانة مزدحم مزدحمة زحمة حار حارة خايس خايسة يابس يابسة محروق محروقة
    كئيب كئيبة صاخب صاخبة جاف جافة مقرفين وقح وقحين""".split()
)
_GOOD = frozenset(_GOOD_WORDS)
_BAD = frozenset(_BAD_WORDS)
_LISTED = _GOOD_WORDS + _BAD_WORDS  # source order: where spellings fold alike, the first wins


def _standard_spellings() -> dict[str, str]:
    """Folded spelling → the word said back: the first listed of words folding alike."""
    # Sets iterate in hash order, which changes between runs: «هادي» and «هادئ» fold alike,
    # so the source order (standard spelling first) decides, and every run says the same.
    words = list(dict.fromkeys(_LISTED))
    said: dict[str, str] = {}
    for w in words:
        said.setdefault(fold(w), w)
    # «ممتازه»: the spoken spelling of «ممتازة»; said back with its standard «ة».
    spoken: dict[str, str] = {}
    for w in words:
        if w.endswith("ة"):
            spoken.setdefault(fold(w[:-1] + "ه"), w)
    return said | spoken


_BY_FOLD = _standard_spellings()
_BAD_FOLDED = frozenset(fold(w) for w in _BAD)
_PRICE = frozenset(("الأسعار", "السعر"))
_HIGH = frozenset(fold(w) for w in "عالي عالية".split())
# «الأسعار متوسطة مثل المطاعم الثانية»: neither praise nor complaint; joined by «و».
_PLAIN = frozenset(fold(w) for w in "عادي عادية متوسط متوسطة مقبول مقبولة معقول معقولة".split())
_NOT = {fold(w): w for w in "مو مش غير ليس ليست مب".split()}
_BE = {fold(w): w for w in "كان كانت".split()}
_VERY = {fold(w): w for w in "جدا جداً جدًا كثير مره مرة شوي شوية وايد للغاية قليلا قليلاً".split()}
# «اسوء مطعم رحتله»، «أفضل مطعم»: a headline verdict even where no cue word marks it
_SUPERLATIVE = frozenset(fold(w) for w in "اسوء أسوأ اسوأ افضل أفضل احلى أحلى اروع أروع".split())
_CLAUSE_BREAK = re.compile(r"[.!؟?،,:؛\n]+|\s{2,}")
_SOMEWHAT = fold("نوعا ما")
_FILLER = frozenset(fold(w) for w in "عموما عموماً تعتبر يعتبر حقيقة حقيقه فعلا فعلاً".split())
_IN_IT = {fold(w): w for w in "فيه فيها فيهم".split()}  # «مبالغ فية»: said «فيه»
# A predicate followed by these is limited or conditioned: «نظيف من برا»، «ممتاز لو …».
_NARROWING = frozenset(
    fold(w) for w in "من في لو اذا إذا عند قبل زمان اول أول لما لين الا إلا بس".split()
)
_VERY[fold("جدا")] = "جداً"  # «جدا» said with its standard tanween
_VERY[fold("مره")] = "مرة"
_VERY[fold("قليلا")] = "قليلاً"
_BARRED_BEFORE = frozenset(
    fold(w) for w in "في من على عن مع الى إلى حتى بعد قبل كل عند بسبب تجاه هل".split()
)

# The closing intent, shifted to «you» only in forms whose analysis is certain.
_CLOSE = r"(?=\s*(?:$|[.,!?؟،؛…]|و\S|لكن|بس))"  # the verdict ends its clause
_ADVERB = r"(?:\s+(أبدا|ابدا|أبداً|ابداً|نهائيا|نهائياً|بشدة|بشده|اطلاقا|إطلاقا|إطلاقاً|اطلاقاً))?"


def _said(verb: str, objects: str) -> re.Pattern[str]:
    return re.compile(
        r"(?<!\S)[وف]?" + verb + r"(ها|ه)?(?:\s+(" + objects + r"))?" + _ADVERB + _CLOSE
    )


_VERDICTS = (
    (_said(r"لن\s+[اأ]عود", "إليه|اليه|إليها|اليها|له|لها"), "لن تعود"),
    (_said(r"لا\s+[اأ]نصح", "به|بها|فيه|فيها"), "لا تنصح"),
    (_said(r"لن\s+[اأ]كرر", "التجربة|الزيارة|التجربه|الزياره"), "لن تكرر"),
    (_said(r"[اأ]نصح", "به|بها|فيه|فيها"), "تنصح"),
)
_OBJECT = {
    fold(k): v
    for k, v in {
        "اليه": "إليه", "اليها": "إليها", "التجربه": "التجربة", "الزياره": "الزيارة",
        "ابدا": "أبداً", "نهائيا": "نهائياً", "بشده": "بشدة", "اطلاقا": "إطلاقاً",
    }.items()
}  # fmt: skip
# A request or a wish must be heard as such: a review carrying one is not summarised.
_ASKING = re.compile(
    r"(?<!\S)و?(?:[اأ]تمنى|نتمنى|[اأ]رجو|نرجو|[اأ]طالب|ياريت|يا ريت|[اأ]ريد|ابغى|ابي)(?!\S)"
)
_NEGATORS = frozenset(fold(w) for w in "ما لا مو مش لن لم مب".split())
_BRANCH = re.compile(r"(?<!\S)[وف]?(?:ال)?(?:فرع|المطعمين|الفرعين)(?!\S)")
_STRIP = ".,!?؟،:؛»«\"')(…-"


def summary(text: str) -> str | None:
    """«الأكل ممتاز لكن الخدمة بطيئة، ولن تعود إليه», or ``None`` unless certain."""
    tokens = text.split()
    starts = _clause_starts(text)
    if len(tokens) <= LONG or _ASKING.search(text) or len(_BRANCH.findall(text)) >= 2:
        return None  # a request is heard as such; two branches compared are never merged
    said, used = _aspects(tokens, starts)
    verdict = _verdict(text)
    rest = " ".join(t for i, t in enumerate(tokens) if i not in used)
    for pattern, _ in _VERDICTS:
        rest = pattern.sub(" ", rest)
    if verdict is None and VERDICT.search(rest):
        quoted = _quoted_verdict(text)  # «ما راح ارجع له»: said back in a quote
        if quoted is None:
            return None
        verdict, rest = "قلت: «" + quoted + "»", rest.replace(quoted, " ")
    if len(said) < 2 and not (said and verdict):
        return None
    summed = _summed_up(text) if verdict is None else None
    if summed and summed in rest:  # «التقييم العام ممتاز جدا»: the review's verdict
        verdict, rest = "قلت: «" + summed + "»", rest.replace(summed, " ")
    if VERDICT.search(rest) or important(rest) or declined(rest):
        return None  # «وهذي آخر مرة ازورهم», «العيب الأساسي …»: never dropped
    if len(said) > MOST or not _fair(said, polarity(rest)) or _headline_left(text, used):
        return None
    if all(tone >= 0 for _, tone in said) and turns_away(rest, opens=0 not in used):
        return None  # «… الا ان الطمع …، قلت الكميات»: never heard as all praise
    out = said[0][0]
    for (phrase, tone), (_, tone_before) in zip(said[1:], said, strict=False):
        out += (" لكن " if tone * tone_before < 0 else " و") + phrase
    return out + ("، و" + verdict if verdict else "")


# «التقييم العام ممتاز جدا»، «وبشكل عام تجربة حلوة»: the review's own summing up, a judgment
# after it, is its verdict: a summary of aspects says it, never leaves it out (round 21).
_SUMMING_UP = re.compile(
    r"(?<!\S)(?:(?:ال)?تقييم(?:ي)?\s+(?:ال)?(?:عام|نهائي|كلي)|و?بشكل عام|و?بصف[ةه] عام[ةه]"
    r"|و?عموما|و?بالمجمل|و?في المجمل|و?[اإ]جمالا)(?!\S)"
)


def _summed_up(text: str) -> str | None:
    """The short clause summing the review up with a judgment («التقييم العام ممتاز»), or None."""
    for clause in _CLAUSE_BREAK.split(text):
        found = _SUMMING_UP.search(clause)
        after = clause[found.end() :].split()[:4] if found else []
        if found and 2 <= len(clause.split()) <= 8 and polarity(" ".join(after)) != (0, 0):
            return clause.strip()
    return None


def _quoted_verdict(text: str) -> str | None:
    """The short clause carrying a verdict the bot cannot shift («ما راح ارجع له»), or None."""
    found = [c.strip() for c in _CLAUSE_BREAK.split(text) if VERDICT.search(c)]
    if len(found) != 1 or not 2 <= len(found[0].split()) <= 7 or re.search(r"[«»\"]", found[0]):
        return None
    return found[0]


def _headline_left(text: str, used: set[int]) -> bool:
    """Whether the review opens with a judgment («التابلت رائع …») no aspect said carries."""
    first = next((c for c in _CLAUSE_BREAK.split(text) if c.strip()), "")
    size = len(first.split())
    judged = polarity(first) != (0, 0) or any(fold(w) in _SUPERLATIVE for w in first.split())
    return judged and not any(i in used for i in range(size))


def _fair(said: list[tuple[str, int]], left: tuple[int, int]) -> bool:
    """Whether the summary keeps the review's balance: no complaint nor praise left out."""
    complaints, praise = left  # cues in what the summary leaves out
    if complaints >= 2:  # even beside a criticised aspect: the one left out may be the point
        return False  # «الطلبات كانت غير موفقة»: a complaint the aspects miss
    return praise < 2 or any(tone > 0 for _, tone in said)  # «أعطيه تقييم عالي» kept


def _aspects(tokens: list[str], starts: set[int]) -> tuple[list[tuple[str, int]], set[int]]:
    """Each judged aspect once, in order: (its phrase, its tone ±1 or 0); the words used."""
    out: list[tuple[str, int]] = []
    used: set[int] = set()
    seen: set[str] = set()
    for index, token in enumerate(tokens):
        key = fold(token.strip(_STRIP))
        if key[:1] in ("و", "ف") and key[1:] in _ASPECTS:
            key = key[1:]  # «والخدمة»: «و» + the aspect
        aspect = _ASPECTS.get(key)
        if aspect is None or aspect in seen or index in used or _ends(token):
            continue
        if index and fold(tokens[index - 1].strip(_STRIP)) in _BARRED_BEFORE:
            continue  # «في المكان …»: a place named, not a subject judged
        if key in _INDEFINITE and index not in starts:
            continue  # «خدمة رائعة» heads a clause; mid-clause it may be anyone's «خدمة»
        pair = _paired(tokens[index + 1 : index + 3])  # «الطعام والعصيرات ممتازة»
        found = _predicate(tokens[index + 1 + len(pair) : index + 7 + len(pair)])
        if found is not None:
            phrase, tone, size = found
            if aspect in _PRICE and any(fold(w) in _HIGH for w in phrase.split()):
                tone = -tone  # «الجودة عالية» praises; «السعر عالي» complains
            seen.add(aspect)
            used.update(range(index, index + 1 + len(pair) + size))
            pair = [_standard(w) for w in pair]
            phrase = _agreeing(phrase) if aspect.endswith("ة") and not pair else phrase
            out.append((" ".join([aspect, *pair, phrase]), tone))
    return out, used


# r27: «مستوى النظافة عالي» summed up as «النظافة عالي», «الخدمة ممتاز»: in the bot's own
# sentence a feminine aspect takes its adjective's feminine form («النظافة عالية»).
_FEMININE = {
    w: w + "ة"
    for w in "ممتاز جيد عالي رائع مميز سريع ضعيف نظيف لذيذ جميل حلو عادي مرتفع مناسب معقول".split()
}
_FEMININE.update({"سيء": "سيئة", "سيئ": "سيئة", "بطيء": "بطيئة", "متوسط": "متوسطة"})


def _agreeing(phrase: str) -> str:
    """The predicate of a feminine aspect with its first word feminine, if it was not."""
    first, _, rest = phrase.partition(" ")
    feminine = _FEMININE.get(first)
    return phrase if feminine is None else f"{feminine} {rest}".rstrip()


def _standard(word: str) -> str:
    """«والخدمه» → «والخدمة»: a second aspect in its standard form; other words as written."""
    aspect = _ASPECTS.get(fold(word)[1:]) if fold(word)[:1] == "و" else None
    return "و" + aspect if aspect else word


def _paired(after: list[str]) -> list[str]:
    """«والعصيرات»، «وسرعة التقديم»: a second noun judged with the aspect, or nothing."""
    if not after or _ends(after[0]) or not fold(after[0]).startswith("وال"):
        if after and fold(after[0])[:1] == "و" and len(after) > 1 and fold(after[1])[:2] == "ال":
            return [] if _ends(after[0]) else after[:2]  # «وسرعة التقديم»
        return []
    return after[:1]


def _predicate(after: list[str]) -> tuple[str, int, int] | None:
    """«كانت بطيئة جداً»، «مو نظيف»: the words right after an aspect, ending its clause."""
    out: list[str] = []
    rest = list(after)
    if rest and not _ends(rest[0]) and fold(rest[0]) in _FILLER:
        rest.pop(0)  # «الأكل عموماً حلو»، «الأسعار تعتبر مرتفعة»: said without the hedge word
    for table in (_BE, _NOT):
        if rest and not _ends(rest[0]) and fold(rest[0]) in table:
            out.append(table[fold(rest.pop(0))])
    very = ""
    if len(rest) > 1 and not _ends(rest[0]) and fold(rest[0]) == fold("جدا"):
        very = _VERY[fold(rest.pop(0))]  # «جداً معقولة» said «معقولة جداً»
    if not rest or rest[0].lstrip(_STRIP) != rest[0]:
        return None
    word = fold(rest[0].strip(_STRIP))
    if word not in _BY_FOLD:
        return None
    out.append(_BY_FOLD[word])
    if very:
        out.append(very)
    last = rest.pop(0)
    if word == fold("مبالغ"):  # «مبالغ فيه»: never said without its «فيه»
        if _ends(last) or not rest or fold(rest[0].strip(_STRIP)) not in _IN_IT:
            return None
        last = rest.pop(0)
        out.append(_IN_IT[fold(last.strip(_STRIP))])
    if not very and not _ends(last) and rest and fold(rest[0].strip(_STRIP)) in _VERY:
        last = rest.pop(0)
        out.append(_VERY[fold(last.strip(_STRIP))])
    if not _ends(last) and len(rest) > 1 and fold(" ".join(rest[:2]).strip(_STRIP)) == _SOMEWHAT:
        out.append("نوعاً ما")  # «بطيئة نوعاً ما»: the customer's hedge is kept
        last = rest.pop(1)
        rest.pop(0)
    if not _ends(last) and rest and fold(rest[0].strip(_STRIP)) in _NARROWING:
        return None  # «نظيف من برا»، «ممتاز لو …»: said without its limit, it would mislead
    tone = 0 if word in _PLAIN else (-1 if word in _BAD_FOLDED else 1)
    if any(fold(w) in _NOT for w in out):
        tone = -1 if tone >= 0 else 0  # «مو نظيف» criticises; «مو سيء» is faint praise
    return " ".join(out), tone, len(after) - len(rest)


def _clause_starts(text: str) -> set[int]:
    """Which words open a clause: the first, and each after punctuation or a run of spaces."""
    out = {0}
    for index, gap in enumerate(re.findall(r"\S+(\s+)", text)):
        if "\n" in gap or len(gap) >= 2:
            out.add(index + 1)
    tokens = text.split()
    out.update(i + 1 for i, t in enumerate(tokens) if _ends(t))
    return out


def _ends(token: str) -> bool:
    return token.rstrip() != token.rstrip(_STRIP)


def _verdict(text: str) -> str | None:
    """The closing intent in second person («لن تعود إليه»), or ``None``."""
    for pattern, said in _VERDICTS:
        match = pattern.search(text)
        if match is None:
            continue
        before = text[: match.start()].split()[-1:]
        if before and fold(before[0]) in _NEGATORS:
            return None  # «ما انصح فيه»: a negation the pattern does not read: not certain
        suffix, *more = match.groups()
        words = [_OBJECT.get(fold(w), w) for w in more if w]
        return " ".join([said + (suffix or ""), *words])
    return None
