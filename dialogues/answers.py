"""Reading short answers: yes, no, "that's all", and what follows a yes or no.

NLU decides first. The word lists are a safety net for the shortest replies ("آره",
"لا", "nope"), where a classifier trained on sentences is least sure, and for splitting
"no, the charge was once" into the "no" and the correction.
"""

from __future__ import annotations

import re

from dialogues.text import fold
from dialogues.turn import Turn

_YES = {
    "yes", "yeah", "yep", "yup", "sure", "right", "exactly", "correct", "ok", "okay", "👍",
    "آره", "اره", "بله", "آری", "دقیقا", "دقیقاً", "درسته", "همینه", "باشه", "حتما", "حتماً",
    "بفرمایید", "بپرسید", "بپرس", "اوکی",
    "نعم", "ايوه", "أيوه", "ايوة", "اي", "ايه", "إيه", "صح", "صحيح", "بالضبط", "تمام",
    "تفضل", "اكيد", "أكيد", "طيب", "اوكي", "أجل",
}  # fmt: skip
_NO = {
    "no", "nope", "nah", "not", "wrong", "incorrect",
    "نه", "نخیر", "نچ", "خیر", "اشتباه", "غلط",
    "لا", "لأ", "مو", "مش", "كلا", "لاء",
}  # fmt: skip
_NOT_IT = (
    "that's not it", "that is not it", "not what i meant", "not what i said", "not quite",
    "not really", "you got it wrong",
    "منظورم این نبود", "منظورم این نیست", "اینطور نیست", "این‌طور نیست", "این نبود",
    "اشتباه متوجه شدید", "درست نفهمیدید",
    "مش هيك", "مو هذا قصدي", "هذا مو قصدي", "مش قصدي", "ليس هذا", "ما فهمتني", "مافهمتني",
    "ليس كذلك",
)  # fmt: skip
_NOTHING_MORE = (
    "that's it", "that is it", "that's all", "that is all", "nothing else", "nothing more",
    "no that's it", "nope", "all good", "nothing", "bye",
    "همین", "همینه", "همین بود", "چیز دیگه‌ای نیست", "چیز دیگه ای نیست", "چیز دیگری نیست",
    "نه ممنون", "نه مرسی", "تمام", "خداحافظ",
    "بس", "خلاص", "هذا كل شيء", "هذا كل شي", "لا شكرا", "لا شكراً", "بس كذا", "مع السلامة",
)  # fmt: skip
_TOKEN = re.compile(r"[\w'‌]+|[^\w\s]", re.UNICODE)
_LEAD = re.compile(r"^[\s,.،؛:!؟?\-–—]+")


def _fold(text: str) -> str:
    """Case and letter forms folded, so ي/ی and ك/ک variants match one list."""
    return fold(text).strip()


_YES_F = {_fold(w) for w in _YES}
_NO_F = {_fold(w) for w in _NO}
_NOT_IT_F = tuple(_fold(p) for p in _NOT_IT)
_NOTHING_F = {_fold(p).strip(" .!") for p in _NOTHING_MORE}


def _first_word(text: str) -> str:
    tokens = _TOKEN.findall(_fold(text))
    return tokens[0] if tokens else ""


def is_yes(turn: Turn) -> bool:
    """The customer agreed."""
    if turn.understanding.intent == "affirm":
        return True
    return turn.understanding.intent not in ("deny", "done") and _first_word(turn.text) in _YES_F


def is_no(turn: Turn) -> bool:
    """The customer disagreed or declined."""
    if turn.understanding.intent == "deny":
        return True
    folded = _fold(turn.text)
    return _first_word(turn.text) in _NO_F or any(p in folded for p in _NOT_IT_F)


def nothing_more(turn: Turn) -> bool:
    """The customer has nothing to add ("that's all", «نه همین», «خلاص»)."""
    if turn.understanding.intent == "done":
        return True
    folded = _fold(turn.text).strip(" .!؟?،")
    if folded in _NOTHING_F:
        return True
    first = _first_word(turn.text)
    rest = _fold(after_yes_or_no(turn)).strip(" .!؟?،")
    return first in _NO_F and (not rest or rest in _NOTHING_F)


def after_yes_or_no(turn: Turn) -> str:
    """What the customer said after the yes/no, in their own spelling ("" when nothing)."""
    text = turn.text.strip()
    tokens = text.split()
    while tokens and _fold(tokens[0]).strip(",.،!؟?") in (_YES_F | _NO_F):
        tokens.pop(0)
    rest = _LEAD.sub("", " ".join(tokens))
    folded = _fold(rest)
    for phrase in _NOT_IT_F:
        if folded.startswith(phrase):
            rest = _LEAD.sub("", rest[len(phrase) :])
            break
    return rest.strip()
