"""Choosing what to reflect: the core clauses of a telling, not the whole of it.

A message is cut into units (sentences, and long sentences at commas and "but"), units
of pure courtesy or holding personal data are set aside, and when the telling is long
the units that carry the problem, its impact, the feeling or the verdict are kept, in the
customer's order, within a small word budget. Cuts fall only between words, at clause
boundaries, so a unit is always something the customer actually said.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from dialogues.reflection.noise import clean, has_personal_data, trim_edges
from dialogues.reflection.stopwords import STOPWORDS
from dialogues.text import fold, words

# Word budgets: a reflection is one or two clauses, never a read-back of a review.
SHORT = {"en": 32, "fa": 30, "ar": 26}
BUDGET = {"en": 32, "fa": 30, "ar": 26}
MAX_UNITS = 3

_STRONG = re.compile(
    r"(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bvs\.)(?<!\bMrs\.)(?<=[.!?؟…])\s+"
    r"|\s*[\n;؛]\s*|\s+[-–—]+\s+|^\s*[-–—]+\s*"
)
_WEAK = {
    "en": re.compile(r",\s+(?=(?:but|however|although|though|and|so)\b)|\s+(?=\bbut\b)", re.I),
    "fa": re.compile(r"[،,]\s*|\s+(?=(?:ولی|اما|ولیکن|البته|درحالیکه|در حالی که)\s)"),
    "ar": re.compile(r"[،,]\s*|\s+(?=(?:لكن|ولكن|بس|لاكن|ولاكن|الا ان|إلا أن)\s)"),
}
_AND = {
    "en": re.compile(r"(?!)"),  # English "and" joins too much ("an hour and a half") to cut
    "fa": re.compile(r"\s+(?=و\s)"),
    "ar": re.compile(r"\s+(?=و(?:لم|لا|ما|لن|لكن|ال|كان|قد)\S*\s)"),
}
_CUES = {
    "en": """not never no worst bad terrible awful horrible rude lost broken late delayed delay
    stuck missed cancel refund charged wrong error problem issue fail failed failing crash crashed
    waiting wait hold hours help lose losing start over frustrated angry upset disappointed sad
    love great amazing awesome
    excellent best thank thanks happy glad hate sucks ridiculous unacceptable worse won't can't
    don't didn't isn't doesn't again anymore""",
    "fa": """نه نیست نبود نشد نمیشه نرسید نرسیده نیومد نیومده دیر تاخیر تأخیر بد افتضاح سرد خراب
    اشتباه گم شکایت مشکل ضعیف کثیف گران گرون داغون متاسفانه متأسفانه اصلا اصلاً هیچ عالی خوب
    خوشمزه تازه داغ ممنون راضی ناراضی ناراحت عصبانی پایین بی‌کیفیت بیکیفیت کم شور سوخته
    خمیر افت نپخته مزخرف""",
    "ar": """لا لم لن ما مو مش ليس سيء سيئ سيئة سيئه تأخر تاخر متأخر خربان خطأ مشكلة مشكله شكوى
    ممتاز ممتازة رائع رائعة جميل جميلة جيد جيدة ضعيف ضعيفة غالي رديء رديئ تعبان زفت ابدا أبدا
    انصح أنصح لاانصح للاسف للأسف سيئه ممتازه رائعه جميله مناسب افضل أفضل اسوأ""",
}
_ASKING = {
    "en": re.compile(
        r"^(?:are|is|do|does|did|can|could|will|would|why|how|what|when|where|who|which|"
        r"should|shall|may|have|has|am)\b(?!.*[.!]$)",
        re.IGNORECASE,
    ),
    "fa": re.compile(r"^(?:چرا|چطور|چگونه|کی|کجا|آیا|چه وقت|چقدر)\s"),
    "ar": re.compile(r"^(?:هل|لماذا|ليش|ليه|كيف|متى|وين|اين|أين|شو|ايش|وش|كم)\s"),
}
_CUE = {lang: {fold(w) for w in text.split()} for lang, text in _CUES.items()}
_VERDICT = {
    "en": re.compile(r"never again|won't (?:be )?(?:fly|flying|go|back|using|use)|"
                     r"recommend|last time|switch", re.IGNORECASE),
    "fa": re.compile(r"دیگه|دیگر|پیشنهاد|توصیه|هرگز|آخرین بار|اخرین بار|سفارش نمی|نمیدم"),
    "ar": re.compile(r"انصح|أنصح|لن اعود|لن أعود|لن اكرر|لن أكرر|ما راح|مرة ثانية|مره ثانيه|"
                     r"اخر مرة|آخر مرة|لا اعود"),
}  # fmt: skip


@dataclass(frozen=True)
class Unit:
    """One clause the customer wrote, cleaned of noise, with where it came from."""

    text: str
    position: int
    question: bool


def content_count(text: str, language: str) -> int:
    """How many content words a text has (not pronouns, particles, fillers)."""
    stop = STOPWORDS[language]
    return sum(1 for w in words(text) if len(w) > 1 and fold(w) not in stop)


_LEAD_AND = re.compile(r"^(?:and|also|و|ضمنا|ضمناً|همچنین|وکلا|كمان)\s+", re.IGNORECASE)
_LEAD_BUT = re.compile(r"^(?:but|however|ولی|اما|ولیکن|لكن|ولكن|بس|لاكن)\s+", re.IGNORECASE)


def select(messages: Sequence[str], language: str) -> list[Unit]:
    """The units worth reflecting, in the customer's order."""
    units = _units(messages, language)
    if not units:
        return []
    # A burst of several messages is several things said: room for one more clause.
    extra = 1 if sum(1 for m in messages if m.strip()) > 1 else 0
    total = sum(len(u.text.split()) for u in units)
    if total <= SHORT[language] + 8 * extra and len(units) <= MAX_UNITS + extra:
        chosen = units
    else:
        chosen = _choose(units, language, extra)
    return [_without_lead(u, first=i == 0) for i, u in enumerate(chosen)]


def _without_lead(unit: Unit, *, first: bool) -> Unit:
    """No "and …" to open a clause, and no "but …" to open the reflection."""
    text = _LEAD_AND.sub("", unit.text)
    if first:
        text = _LEAD_BUT.sub("", text)
    return Unit(text, unit.position, unit.question) if text.strip() else unit


def _units(messages: Sequence[str], language: str) -> list[Unit]:
    found: list[Unit] = []
    for message in messages:
        text = clean(message, language)
        for sentence in _STRONG.split(text):
            pieces = _split_long(sentence, language)
            if has_personal_data(sentence):  # keep what was said around the data, not the data
                pieces = [p for piece in pieces for p in _WEAK[language].split(piece) if p]
                pieces = [p for piece in pieces for p in _AND[language].split(piece) if p]
            for piece in pieces:
                if piece.rstrip().endswith(":"):
                    continue  # a title ("Pros and cons of …:"), not a telling
                piece = trim_edges(piece.strip(" ,،:-–—"), language).strip(" ,،:-–—")
                if content_count(piece, language) == 0 or has_personal_data(piece):
                    continue
                question = piece.rstrip().endswith(("?", "؟")) or bool(
                    _ASKING[language].match(piece)
                )
                kept = piece.rstrip(" .!…،,") if question else piece.rstrip(" .!?؟…،,")
                found.append(Unit(kept, len(found), question))
    return _drop_courtesy(found, language)


def _split_long(sentence: str, language: str) -> list[str]:
    """A long sentence cut at commas and "but"; a very long one also at "and"."""
    if len(sentence.split()) <= BUDGET[language] // 2 + 2:
        return [sentence]
    parts = [p for p in _WEAK[language].split(sentence) if p and p.strip()]
    out: list[str] = []
    for part in parts:
        if len(part.split()) > BUDGET[language] // 2 + 2:
            out.extend(_split_and(part, language))
        else:
            out.append(part)
    return _merge_tiny(out)


# Persian is verb-final: a run-on review ("برنج خوب نبود زیر دندان سفت بود …") is cut
# after each third-person finite verb it holds (not before و/که/تا, which continue it).
_FA_CLAUSE_END = frozenset(
    fold(w)
    for w in """بود بودن بودند نبود نبودن نبودند شد نشد است نیست هست داشت نداشت رسید نرسید
    کرد نکرد میداد نمیداد میشه نمیشه داره نداره میاد نمیاد رسیدن بودش نبودش""".split()
)


def _split_fa_verbs(text: str) -> list[str]:
    tokens = text.split()
    pieces: list[list[str]] = [[]]
    for index, token in enumerate(tokens):
        pieces[-1].append(token)
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if fold(token.strip(".,،!")) in _FA_CLAUSE_END and following not in (
            "و",
            "که",
            "تا",
            "چون",
        ):
            pieces.append([])
    return [" ".join(p) for p in pieces if p]


def _split_and(text: str, language: str) -> list[str]:
    if language == "fa":
        verbs = _split_fa_verbs(text)
        if len(verbs) > 1:
            return _merge_tiny(verbs)
    pieces = [p for p in _AND[language].split(text) if p.strip()]
    return pieces if all(len(p.split()) >= 3 for p in pieces) else [text]


def _merge_tiny(parts: list[str]) -> list[str]:
    """A one- or two-word piece rides with its neighbour ("very good, thanks")."""
    out: list[str] = []
    for part in parts:
        if out and len(part.split()) <= 2:
            out[-1] = out[-1].rstrip() + " " + part.strip()
        else:
            out.append(part)
    return out


_COURTESY = {
    "en": re.compile(r"^(?:thanks?|thank you|thx|appreciate)\b", re.IGNORECASE),
    "fa": re.compile(r"^(?:ممنون|مرسی|سپاس|تشکر|دست.{0,25}درد نکن)"),
    "ar": re.compile(r"^(?:شكرا|شكراً|مشكور|تسلم|يعطيكم)"),
}


_OTHERS_WORDS = re.compile(r"[“”\"]|^\W*@?\w+:")


def _drop_courtesy(units: list[Unit], language: str) -> list[Unit]:
    """Thanks, and words quoted from someone else, are kept only when they are all there is."""
    kept = [
        u
        for u in units
        if not _COURTESY[language].match(u.text) and not _OTHERS_WORDS.search(u.text)
    ]
    if not kept:
        return units[:1]
    return [Unit(u.text, i, u.question) for i, u in enumerate(kept)]


def _score(unit: Unit, index: int, count: int, language: str) -> float:
    tokens = [fold(w) for w in words(unit.text)]
    cues = sum(1 for t in tokens if t in _CUE[language])
    score = float(min(content_count(unit.text, language), 8) + 3 * min(cues, 2))
    if _VERDICT[language].search(unit.text):
        score += 4
    if index == 0:
        score += 1.5  # customers tend to lead with what matters
    if index == count - 1 and cues:
        score += 1.5  # ... and end with the verdict
    if unit.question:
        score += 1
    return score


def _choose(units: list[Unit], language: str, extra: int = 0) -> list[Unit]:
    scores = [_score(u, i, len(units), language) for i, u in enumerate(units)]
    ranked = sorted(range(len(units)), key=lambda i: (-scores[i], i))
    budget = BUDGET[language] + 8 * extra
    chosen: list[int] = []
    for index in ranked:
        size = len(units[index].text.split())
        if not chosen or size <= budget:
            chosen.append(index)
            budget -= size
        if len(chosen) == MAX_UNITS + extra or budget < 3:
            break
    return [_fit(units[i], language) for i in sorted(chosen)]


def _fit(unit: Unit, language: str) -> Unit:
    """A unit longer than the whole budget is cut at its last clause boundary inside it."""
    limit = BUDGET[language] + 6
    parts = unit.text.split()
    if len(parts) <= limit:
        return unit
    head = " ".join(parts[:limit])
    cut = max(head.rfind(","), head.rfind("،"), head.rfind(" و "), head.rfind(" and "))
    if cut > len(head) // 2:
        head = head[:cut]
    return Unit(head.rstrip(" ,،") + "…", unit.position, unit.question)
