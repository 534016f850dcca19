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
from functools import lru_cache

from dialogues import contact, statements_ar, wanted_noun
from dialogues.reflection.noise import trim_edges
from dialogues.statements_en import EN_NOUN_ALONE as _EN_NOUN_ALONE
from dialogues.statements_en import EN_VERBS as _EN_VERBS
from dialogues.statements_en import without_handles

_END = ".!?؟،,;؛ …"


@dataclass(frozen=True)
class Clause:
    """An answer made to fit a slot, or the answer itself to be quoted (``quoted``).

    ``frame`` names another frame for the slot: "because" for a reason ("because the wedding
    is at noon"), "clause" for a whole clause with its own subject ("so that I don't …").
    """

    text: str
    quoted: bool
    frame: str = ""


@lru_cache(maxsize=64)  # r39: the module's patterns, compiled once (not re's look-up a call)
def _case_blind(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _strip(pattern: str, text: str) -> tuple[str, bool]:
    found = _case_blind(pattern).match(text)
    if not found:
        return text, False
    return text[found.end() :].strip(_END), True


@lru_cache(maxsize=64)  # a job answer is cleaned again by each of its readers in a turn
def _clean(text: str) -> str:
    # "my number is +44 …" is for the team, never part of the job ("When my order …"); nor is
    # the "@united" a tweet opens with («Faced with “@united my bag is lost”»).
    text = without_handles(text)
    return " ".join(contact.without_contact(text).split()).strip(_END)


# ---- English ------------------------------------------------------------------------
_EN_NP = frozenset(
    "my the a an our some this that these those his her their your all every no more "
    "one two three four five it them everything something".split()
)
# After these, a verb qualifies the noun ("a refund for the hotel we had to book").
_EN_QUALIFIER = frozenset("for with from of on in at about that which who we i they you".split())
_EN_AUX = frozenset(
    "should will would can could must is are was were has have had does did do gets got "
    "comes arrives reaches works be been am isn't wasn't won't doesn't didn't can't".split()
)
_EN_WANT = (
    r"^(?:i\b\s*)?(?:really\s+|just\s+)?(?:want(?:ed)?|need(?:ed)?|would\s+like|'d\s+like|wish|hope|"
    r"have|got|am\s+hoping|'m\s+hoping|hoping)\s+to\s+"
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
    if hit and rest and not _en_verb_in_head(rest.lower().split()):  # "coffee …"
        return Clause(rest, False)
    rest, hit = _strip(r"^to\s+", text)
    if hit and rest:
        return Clause("to " + rest, False)
    if text.lower().strip(" .!") in _EN_NOUN_ALONE:
        return Clause(_EN_NOUN_ALONE[text.lower().strip(" .!")], False)
    first = _en_first(text)
    if first in _EN_VERBS:
        return Clause("to " + _lower(text), False)
    if _en_noun_phrase(text):
        return Clause(_lower(text), False)
    return Clause(text, True)


def _en_noun_phrase(text: str) -> bool:
    """ "my money back", "a phone that works"; not "the refund should reach me"."""
    found = text.lower().split()
    return bool(found) and found[0] in _EN_NP and not _en_verb_in_head(found[1:])


def _en_verb_in_head(found: list[str]) -> bool:
    """A verb of the phrase itself, before any "for …", "that …", "we …" qualifying it."""
    for word in found:
        if word in _EN_QUALIFIER:
            return False
        if word in _EN_AUX:
            return True
    return False


def _en_outcome(text: str) -> Clause:
    rest, hit = _strip(_EN_WANT, re.sub(r"^so\s+(?:that\s+)?", "", text, flags=re.IGNORECASE))
    if hit and _en_first(rest) in _EN_VERBS:
        return Clause(rest, False)  # "I want to feel …" reads "so I can feel …"
    rest, hit = _strip(_EN_SO, text)
    if hit and _en_first(rest) in _EN_VERBS:
        return Clause(rest, False)
    rest, hit = _strip(r"^(?:so\s+(?:that\s+)?)?(?:i\s+|to\s+)", text)
    if hit and _en_first(rest) in _EN_VERBS:
        return Clause(rest, False)  # "I get reimbursed": I + base verb reads "so I can get …"
    if _en_first(text) in _EN_VERBS:
        return Clause(_lower(text), False)
    rest, _ = _strip(r"^so\s+(?:that\s+)?", text)
    wish = r"^(?:i|we)\s+(?:really\s+|just\s+)?(?:want|need|wish|hope|would|'d)\b"
    if re.match(r"^(?:i|we|she|he|they|it)\s+\S", rest, flags=re.IGNORECASE) and not re.match(
        wish, rest, flags=re.IGNORECASE
    ):
        return Clause(rest, False, "clause")  # "so I don't lose my seat": a clause of its own
    return Clause(rest, True)


def _lower(text: str) -> str:
    first = re.split(r"[ '’]", text, maxsplit=1)[0]  # "I've" keeps its capital, like "I"
    return text if first == "I" or first.isupper() else text[:1].lower() + text[1:]


# "When …" needs a clause with a subject: "When my bag never showed up", not "When lost bag".
_EN_SUBJECTS = frozenset(
    """i i'm i've i'd i'll we we're we've my our the a an this that these those it it's its
    they their there he she his her your you someone somebody nobody no nothing everything
    every all one two three my""".split()
)


# ---- Persian ---------------------------------------------------------------------------
# After «می‌خواهم» Persian needs a subjunctive clause: what follows «می‌خوام / باید / اینکه»
# already is one, so those openings are dropped and the rest fits.
_FA_WANT = (
    r"^(?:من\s+)?(?:فقط\s+)?(?:(?:دلم\s+)?(?:می[\u200c ]?خوام|می[\u200c ]?خواهم|می[\u200c ]?خواد|"
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
    r"^(?:انا\s+|أنا\s+)?(?:بس\s+)?(?:أريد|اريد|ابي|أبي|ابغى|أبغى|ابغي|بدي|عايز|عاوز|ودي|أتمنى|اتمنى|"
    r"أحتاج|احتاج|محتاج|نبي|نبغى|بدنا|نريد)\s+(?:إلى\s+|الى\s+|إني\s+|اني\s+)?"
)
_AR_THAT = r"^(?:أن|ان|إن)\s+"
_AR_SO = r"^(?:حتى|عشان|علشان|لكي|كي|لأجل|من\s+أجل|من\s+اجل)\s+(?:أن\s+|ان\s+)?"


def _ar_motivation(text: str) -> Clause:
    rest, hit = _strip(_AR_WANT, text)
    body = rest if hit else text
    after_that, has_that = _strip(_AR_THAT, body)
    first = (after_that if has_that else body).split(" ", 1)[0] if body else ""
    if has_that and statements_ar.fits_that(first):
        return Clause("أن " + after_that, False)
    if hit and statements_ar.fits_that(first):
        return Clause("أن " + body, False)
    later = body.split()[1:]
    verbs_later = any(w[0] in "يت" and not statements_ar.is_noun(w) for w in later if len(w) >= 3)
    if first and statements_ar.is_noun(first) and not has_that and not verbs_later:
        return Clause(wanted_noun.accusative(body), False)  # said after «أريد» whatever they typed
    # «أبي الشنطة توصلني الليلة»: the want is said by the frame, the rest is quoted.
    return Clause(body if hit and body else text, True)


def _ar_outcome(text: str) -> Clause:
    rest, _ = _strip(_AR_SO, text)
    rest, _ = _strip(_AR_THAT, rest)
    rest, _ = _strip(_AR_WANT, rest)
    first = rest.split(" ", 1)[0] if rest else ""
    if statements_ar.is_verb(first):
        return Clause(rest, False)
    return Clause(text, True)


# ---- Reasons ----------------------------------------------------------------------------
# "because …" / «چون …» / «لأن …» answers a job question with a reason, not an outcome: it is
# set after "because" («چون»، «لأن»), never after "so I can" («تا»، «حتى»).
_REASON = {
    "en": r"^(?:because|cause|'cause|coz|cuz|bc)\s+",
    "fa": r"^(?:چون(?:که)?|زیرا|آخه|اخه|به\s*خاطر\s+اینکه|بخاطر\s+اینکه)\s+",
    "ar": r"^(?:لأن|لان|لإن|لأنو|لانو|لأنه|لانه|لأني|لاني|لأننا|لاننا|عشان|علشان)\s+",
}
_AR_PURPOSE_OR_REASON = ("عشان", "علشان")  # a verb after them is a purpose: «عشان أشحن»
_AR_WITH_PRONOUN = ("لأنه", "لانه", "لأني", "لاني", "لأننا", "لاننا")


# "by Friday" / «تا آخر هفته» / «قبل آخر الشهر»: a deadline, said after the want as written.
_DEADLINE = {
    "en": r"^(?:by|before|until|till|no\s+later\s+than|within)\s+\S",
    # «قبل از سفرم», «قبل سفري»: "before" names a deadline whatever follows it; «تا», «حتى»
    # also mean "so that", and only a time word after them makes them "by".
    "fa": r"^(?:(?:قبل\s+از|پیش\s+از)\s+\S|(?:تا|قبل|حداکثر\s+تا|حداکثر)\s+(?:آخر|اول|فردا|"
    r"پس[\u200c ]?فردا|امشب|امروز|شب|ظهر|صبح|عصر|\S*شنبه|جمعه|هفته|ماه|ساعت|[0-9۰-۹]))",
    "ar": r"^(?:قبل\s+\S|(?:بحلول|خلال|في\s+موعد\s+أقصاه|لغاية|حتى)\s+(?:ال|نهاية|آخر|اخر|بداية|"
    r"اول|أول|يوم|بكرة|بكره|غدا|غداً|الليلة|اسبوع|أسبوع|شهر|ساعة|ساعتين|[0-9٠-٩]))",
}
# A time alone ("this week", «همین هفته», «هالأسبوع») answering "what difference will it make?"
# is when it must be solved: a deadline, never "solved when “this week”". Whole answer only:
# "this week I lost my job" tells more.
_WHEN_ALONE = {
    "en": r"(?:(?:this|next)\s+(?:week|weekend|month)|today|tonight|tomorrow|asap|as\s+soon\s+as\s+"
    r"possible|(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:week|month|day))",
    "fa": r"(?:(?:همین|این)\s+(?:هفته|ماه)|امروز|فردا|هر\s*چه\s+زودتر|تا\s+فردا)",
    "ar": r"(?:(?:خلال\s+)?(?:هالأسبوع|هالاسبوع|هالشهر|هذا\s+الأسبوع|هذا\s+الاسبوع|"
    r"هذا\s+الشهر)|اليوم|بكرة|بكره|بأسرع\s+وقت)",
}
_MAX = {"en": 10, "fa": 6, "ar": 6}  # "before my rent is due on friday" is one clause


def deadline(answer: str, language: str) -> Clause | None:
    """A deadline answer ("by Friday"), kept as the customer wrote it; None when not one."""
    text = _clean(answer)
    if _case_blind(_DEADLINE[language]).match(text) and len(text.split()) <= _MAX[language]:
        return Clause(text, False, "reason")
    if _case_blind(_WHEN_ALONE[language]).fullmatch(text.rstrip(" .!؟?")):
        return Clause(text, False, "reason")
    return None


def reason(answer: str, language: str) -> Clause | None:
    """A reason answer fitted after "because" / «چون» / «لأن», or quoted; None when not one."""
    text = _clean(answer)
    found = _case_blind(_REASON[language]).match(text)
    if not found:
        return None
    marker, rest = found.group().strip(), text[found.end() :].strip(_END)
    if not rest:
        return None
    if language == "en":
        return Clause(rest, False, "because")
    if language == "fa":
        return Clause(rest, False, "because")
    first = rest.split(" ", 1)[0]
    if marker in _AR_PURPOSE_OR_REASON and statements_ar.is_verb(first):
        return None  # «عشان أشحن هاتفي» is "so that I charge my phone": an outcome
    if marker in _AR_WITH_PRONOUN:
        return Clause(text, False, "reason")  # «لأني دفعت …» agrees as it stands
    if statements_ar.is_noun(first) or first.startswith(statements_ar.NOUN_STEMS):
        return Clause(rest, False, "because")  # «لأن أطفالي ينتظرون العشاء»
    return Clause(text, True, "because")


# Purpose markers that split "X so I can Y" («… تا بتونم …», «… عشان ارجع …»).
_PURPOSE = {
    "en": re.compile(r"\s+so\s+(?:that\s+)?", re.IGNORECASE),
    "fa": re.compile(r"\s+(?=(?:تا|که)\s+(?:بتون|بتوان|بشه|بشود))"),
    "ar": re.compile(r"\s+(?:عشان|علشان|لكي|كي|حتى)\s+"),
}


_REASON_INSIDE = {
    "en": re.compile(r"\s+(?=(?:because|cause|'cause)\s)", re.IGNORECASE),
    "fa": re.compile(r"\s+(?=(?:چون|زیرا)\s)"),
    "ar": re.compile(r"\s+(?=(?:لأن|لان|لأني|لاني|لأنه|لانه|عشان|علشان)\s)"),
}


def split_reason(answer: str, language: str) -> tuple[str, str]:
    """ "my bag by tomorrow because the wedding is at noon" → the want and the reason ("")."""
    for found in _REASON_INSIDE[language].finditer(answer):
        head, tail = answer[: found.start()].strip(_END), answer[found.end() :].strip(_END)
        if head and reason(tail, language) is not None:
            return head, tail
    return answer, ""


def split_purpose(answer: str, language: str) -> tuple[str, str]:
    """ "submit my expenses so I get reimbursed" → the want and the purpose ("" if none)."""
    for found in _PURPOSE[language].finditer(answer):
        head, tail = answer[: found.start()].strip(_END), answer[found.end() :].strip(_END)
        if not head or not tail:
            continue
        if language == "ar" and not statements_ar.is_verb(tail.split(" ", 1)[0]):
            continue  # «حتى نهاية الشهر» is "until", not a purpose
        return head, tail
    return answer, ""


def purpose_only(answer: str, language: str) -> bool:
    """ "so I can pay my rent on time" answered alone: a why, with no want before it."""
    found = _PURPOSE[language].match(spaced := " " + answer.strip())
    tail = spaced[found.end() :].strip(_END) if found else ""
    return bool(tail) and (language != "ar" or statements_ar.is_verb(tail.split(" ", 1)[0]))


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


def situation(sentence: str, language: str) -> Clause:
    """The telling's key sentence after "When" / «وقتی» / «عندما»; a question is quoted."""
    text = trim_edges(_clean(sentence), language) or _clean(sentence)  # no "honestly", «سلام»
    question = sentence.strip().endswith(("?", "؟")) or re.match(
        r"^(?:why|how|what|where|who|can|could|is|are|do|does|did|چرا|چطور|کی|آیا|ليش|ليه|لماذا|كيف|هل|متى)\b",
        text,
        flags=re.IGNORECASE,
    )
    if question or len(text.split()) < 2 or (language == "ar" and statements_ar.nominal(text)):
        return Clause(text, True)
    if language == "en":
        if _en_first(text).replace("’", "'") not in _EN_SUBJECTS:
            return Clause(text, True)  # "lost bag", "can't log in": no subject to say "When" to
        return Clause(_lower(text), False)
    return Clause(text, False)
