"""Clauses for the job statement that always agree with the frame around them.

"When …, I want …, so I can …" / «وقتی …، می‌خواهم …، تا …» / «عندما …، أريد …، حتى …»:
an answer is set into a slot only when its opening is recognised and can be normalised to
the slot's grammar ("I need to get my money back" → "to get my money back"; «باید پولم
برگرده» → «پولم برگرده»; «أحتاج المال» → «المال»; «بدي ارجع فلوسي» → «أن ارجع فلوسي»).
Anything else is quoted verbatim inside a frame that reads right with a quote («…», “…”),
so a statement is never spliced into broken grammar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dialogues.reflection.noise import trim_edges

_END = ".!?؟،,;؛ …"


@dataclass(frozen=True)
class Clause:
    """An answer made to fit a slot, or the answer itself to be quoted (``quoted``)."""

    text: str
    quoted: bool


def _strip(pattern: str, text: str) -> tuple[str, bool]:
    found = re.match(pattern, text, flags=re.IGNORECASE)
    if not found:
        return text, False
    return text[found.end() :].strip(_END), True


def _clean(text: str) -> str:
    return " ".join(text.split()).strip(_END)


# ---- English ------------------------------------------------------------------------
_EN_VERBS = frozenset(
    """get have receive submit know see cancel return pay find use keep stop fix be make talk
    speak change buy order track log reach finish send give take bring book fly travel eat
    sleep work go come leave move check open close start play watch read write call hear
    meet enjoy save spend scan upload download sign login access pick collect claim
    surprise celebrate feel stay arrive rebook refund replace exchange sort resolve
    understand avoid trust rely plan shop prepare cook deliver transfer withdraw apply
    finish complete continue""".split()
)
_EN_NP = frozenset(
    "my the a an our some this that these those his her their your all every no more "
    "one two three four five".split()
)
_EN_AUX = frozenset(
    "should will would can could must is are was were has have had does did do gets got "
    "comes arrives reaches works be been am isn't wasn't won't doesn't didn't can't".split()
)
_EN_WANT = (
    r"^(?:i\b\s*)?(?:really\s+|just\s+)?(?:want|need|would\s+like|'d\s+like|wish|hope|have|"
    r"got|am\s+hoping|'m\s+hoping|hoping)\s+to\s+"
)
_EN_WANT_NP = r"^(?:i\b\s*)?(?:really\s+|just\s+)?(?:want|need|would\s+like|'d\s+like)\s+"
_EN_MODAL = r"^(?:i\s+)?(?:must|should)\s+"
_EN_SO = (
    r"^(?:so\s+(?:that\s+)?)?"
    r"(?:(?:i|we)\s+(?:can|could|will|would|'ll|'d)\s+(?:be\s+able\s+to\s+)?)"
)


def _en_first(text: str) -> str:
    return text.split(" ", 1)[0].lower().strip(",'") if text else ""


def _en_motivation(text: str) -> Clause:
    text = re.sub(r"^i'?m\s+", "i am ", text, flags=re.IGNORECASE)
    rest, hit = _strip(_EN_WANT, text)
    if hit:
        return Clause("to " + rest, False)
    rest, hit = _strip(_EN_MODAL, text)
    if hit and _en_first(rest) in _EN_VERBS:
        return Clause("to " + rest, False)
    rest, hit = _strip(_EN_WANT_NP, text)
    if hit and _en_noun_phrase(rest):
        return Clause(rest, False)
    rest, hit = _strip(r"^to\s+", text)
    if hit and rest:
        return Clause("to " + rest, False)
    first = _en_first(text)
    if first in _EN_VERBS:
        return Clause("to " + _lower(text), False)
    if _en_noun_phrase(text):
        return Clause(_lower(text), False)
    return Clause(text, True)


def _en_noun_phrase(text: str) -> bool:
    """ "my money back", "the parcel by Thursday"; not "the refund should reach me"."""
    found = text.lower().split()
    return bool(found) and found[0] in _EN_NP and not any(w in _EN_AUX for w in found[1:])


def _en_outcome(text: str) -> Clause:
    rest, hit = _strip(_EN_SO, text)
    if hit and _en_first(rest) in _EN_VERBS:
        return Clause(rest, False)
    rest, hit = _strip(r"^(?:so\s+(?:that\s+)?)?(?:i\s+|to\s+)", text)
    if hit and _en_first(rest) in _EN_VERBS:
        return Clause(rest, False)  # "I get reimbursed": I + base verb reads "so I can get …"
    if _en_first(text) in _EN_VERBS:
        return Clause(_lower(text), False)
    return Clause(_strip(r"^so\s+(?:that\s+)?", text)[0], True)


def _lower(text: str) -> str:
    first = text.split(" ", 1)[0]
    return text if first == "I" or first.isupper() else text[:1].lower() + text[1:]


# ---- Persian ---------------------------------------------------------------------------
# After «می‌خواهم» Persian needs a subjunctive clause: what follows «می‌خوام / باید / اینکه»
# already is one, so those openings are dropped and the rest fits.
_FA_WANT = (
    r"^(?:من\s+)?(?:(?:دلم\s+)?(?:می[\u200c ]?خوام|می[\u200c ]?خواهم|می[\u200c ]?خواد|"
    r"می[\u200c ]?خواهد|می[\u200c ]?خواستم)|باید|اینکه|این[\u200c ]که|که)\s+(?:که\s+|اینکه\s+)?"
)
_FA_SO = r"^(?:تا|که|اینکه|این[\u200c ]که|برای\s+اینکه|واسه\s+اینکه|می[\u200c ]?خوام|باید)\s+"
_FA_FINITE_NEED = re.compile(r"(?:لازم|نیاز|احتیاج)\s*(?:دارم|داریم)")


def _fa_motivation(text: str) -> Clause:
    rest, hit = _strip(_FA_WANT, text)
    if hit and rest and not _FA_FINITE_NEED.search(rest):
        return Clause(rest, False)
    return Clause(text, True)


def _fa_outcome(text: str) -> Clause:
    rest, hit = _strip(_FA_SO, text)
    if hit and rest and not _FA_FINITE_NEED.search(rest):
        return Clause(rest, False)
    return Clause(text, True)


# ---- Arabic ----------------------------------------------------------------------------
_AR_WANT = (
    r"^(?:انا\s+|أنا\s+)?(?:أريد|اريد|ابي|أبي|ابغى|أبغى|ابغي|بدي|عايز|عاوز|ودي|أتمنى|اتمنى|"
    r"أحتاج|احتاج|محتاج|نبي|نبغى|بدنا|نريد)\s+(?:إلى\s+|الى\s+|إني\s+|اني\s+)?"
)
_AR_THAT = r"^(?:أن|ان|إن)\s+"
_AR_SO = r"^(?:حتى|عشان|علشان|لكي|كي|لأجل|من\s+أجل|من\s+اجل)\s+(?:أن\s+|ان\s+)?"
_AR_NOUNS = ("فلوس", "مبلغ", "المبلغ", "استرجاع", "استرداد", "تعويض", "حقي", "طلبي")


def _ar_is_noun(word: str) -> bool:
    """A definite noun, a verbal noun (استرجاع، انتظار) or a known noun of this domain."""
    return (
        word.startswith(("ال", "وال"))
        or word.startswith(_AR_NOUNS)
        or (len(word) >= 4 and word[-2] == "ا")
        or word.endswith("ة")
    )


def _ar_is_verb(word: str) -> bool:
    """An imperfect verb (أرجع، يرجع، تصل، نستلم): the form «أن / حتى» take."""
    return len(word) >= 3 and word[0] in "أايتن" and not _ar_is_noun(word)


def _ar_motivation(text: str) -> Clause:
    rest, hit = _strip(_AR_WANT, text)
    body = rest if hit else text
    after_that, has_that = _strip(_AR_THAT, body)
    first = (after_that if has_that else body).split(" ", 1)[0] if body else ""
    if has_that and _ar_is_verb(first):
        return Clause("أن " + after_that, False)
    if hit and _ar_is_verb(first):
        return Clause("أن " + body, False)
    later = body.split()[1:]
    verbs_later = any(w[0] in "يت" and not _ar_is_noun(w) for w in later if len(w) >= 3)
    if first and _ar_is_noun(first) and not has_that and not verbs_later:
        return Clause(body, False)
    return Clause(text, True)


def _ar_outcome(text: str) -> Clause:
    rest, _ = _strip(_AR_SO, text)
    rest, _ = _strip(_AR_THAT, rest)
    rest, _ = _strip(_AR_WANT, rest)
    first = rest.split(" ", 1)[0] if rest else ""
    if _ar_is_verb(first):
        return Clause(rest, False)
    return Clause(text, True)


# Purpose markers that split "X so I can Y" («… تا بتونم …», «… عشان ارجع …»).
_PURPOSE = {
    "en": re.compile(r"\s+so\s+(?:that\s+)?", re.IGNORECASE),
    "fa": re.compile(r"\s+(?=(?:تا|که)\s+(?:بتون|بتوان|بشه|بشود))"),
    "ar": re.compile(r"\s+(?:عشان|علشان|لكي|كي|حتى)\s+"),
}


def split_purpose(answer: str, language: str) -> tuple[str, str]:
    """ "submit my expenses so I get reimbursed" → the want and the purpose ("" if none)."""
    for found in _PURPOSE[language].finditer(answer):
        head, tail = answer[: found.start()].strip(_END), answer[found.end() :].strip(_END)
        if not head or not tail:
            continue
        if language == "ar" and not _ar_is_verb(tail.split(" ", 1)[0]):
            continue  # «حتى نهاية الشهر» is "until", not a purpose
        return head, tail
    return answer, ""


_MOTIVATION = {"en": _en_motivation, "fa": _fa_motivation, "ar": _ar_motivation}
_OUTCOME = {"en": _en_outcome, "fa": _fa_outcome, "ar": _ar_outcome}


def motivation(answer: str, language: str) -> Clause:
    """An answer fitted after "I want" / «می‌خواهم» / «أريد», or quoted."""
    text = _clean(answer)
    return _MOTIVATION[language](text) if text else Clause("", False)


def outcome(answer: str, language: str) -> Clause:
    """An answer fitted after "so I can" / «تا» / «حتى», or quoted."""
    text = _clean(answer)
    return _OUTCOME[language](text) if text else Clause("", False)


def _ar_nominal(text: str, language: str) -> bool:
    # «عندما» takes a verb; a sentence opening on a definite noun («المشكلة الأهم إنهم …», what a
    # correction often says) after it is broken Arabic, so such a situation is quoted instead.
    return language == "ar" and text.split(" ", 1)[0].startswith(("ال", "وال", "فال"))


def situation(sentence: str, language: str) -> Clause:
    """The telling's key sentence after "When" / «وقتی» / «عندما»; a question is quoted."""
    text = trim_edges(_clean(sentence), language) or _clean(sentence)  # no "honestly", «سلام»
    question = sentence.strip().endswith(("?", "؟")) or re.match(
        r"^(?:why|how|what|where|who|can|could|is|are|do|does|did|چرا|چطور|کی|آیا|ليش|ليه|لماذا|كيف|هل|متى)\b",
        text,
        flags=re.IGNORECASE,
    )
    if question or len(text.split()) < 2 or _ar_nominal(text, language):
        return Clause(text, True)
    if language == "en":
        return Clause(_lower(text), False)
    return Clause(text, False)
