"""Reducing what a customer said to what matters, before shifting person.

A burst of short messages is kept whole; a long text is cut to the sentences with the
problem and the feeling (most content words, a sentiment cue), never just its first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogues.reflection.stopwords import STOPWORDS
from dialogues.text import clean, fold, sentences, words

MAX_WORDS = 35
_OPENERS = {
    "en": ("hi", "hello", "hey", "honestly", "well", "so", "ok", "okay", "dear", "thanks"),
    "fa": ("سلام", "با سلام", "باسلام", "درود", "راستش", "خب", "ببخشید", "سلام علیکم"),
    "ar": ("مرحبا", "السلام عليكم", "اهلا", "أهلا", "والله", "يا جماعة", "لو سمحت"),
}
_CUES = {
    fold(w)
    for w in """
    not never late broken wrong lost worst bad terrible charged refund cancel delayed waiting
    rude problem issue error crash stuck missing great love amazing awesome excellent thanks
    نرسیده نیومده دیر بد افتضاح سرد خراب اشتباه گم شکایت مشکل عالی خوب خوشمزه ممنون
    نبود نیست ضعیف کثیف گران گرون داغون
    ما لم مو مش سيء سيئة تأخر متأخر خربان خطأ مشكلة شكوى ممتاز رائع جميل ممتازة زفت
    """.split()
}
_PROFANITY = re.compile(
    r"\b(fuck\w*|shit\w*|wtf|damn|crap|asshole|bitch\w*)\b|"
    r"(کثافت|لعنتی|گه|گوه|زفت|خرا|تبا|حمار|كلب)",
    re.IGNORECASE,
)
JOINER = {"en": ", ", "fa": "، ", "ar": "، "}


def content_count(text: str, language: str) -> int:
    """How many content words a text has."""
    stop = STOPWORDS[language]
    return sum(1 for w in words(text) if fold(w) not in stop and len(w) > 1)


def _strip_openers(text: str, language: str) -> str:
    changed = True
    while changed:
        changed = False
        for opener in _OPENERS[language]:
            pattern = rf"^{re.escape(opener)}(?![^\W_])[\s,،!.:]*"
            new = re.sub(pattern, "", text, flags=re.IGNORECASE)
            if new != text and new.strip():
                text, changed = new, True
    return text


def _score(sentence: str, language: str) -> float:
    has_cue = any(fold(w) in _CUES for w in words(sentence))
    return content_count(sentence, language) + (3 if has_cue else 0)


def _trim(sentence: str, limit: int) -> str:
    parts = sentence.split()
    return sentence if len(parts) <= limit else " ".join(parts[:limit])


def summarise(messages: Sequence[str], language: str) -> list[str]:
    """The pieces worth reflecting, in the order the customer said them."""
    pieces: list[str] = []
    for message in messages:
        text = _PROFANITY.sub("", clean(message))
        text = _strip_openers(text, language)
        pieces.extend(s for s in sentences(text) if content_count(s, language) > 0)
    if not pieces:
        return []
    if sum(len(p.split()) for p in pieces) <= MAX_WORDS:
        return pieces
    ranked = sorted(range(len(pieces)), key=lambda i: _score(pieces[i], language), reverse=True)
    chosen: list[int] = []
    budget = MAX_WORDS
    for index in ranked:
        size = len(pieces[index].split())
        if not chosen or size <= budget:
            chosen.append(index)
            budget -= size
        if budget <= 5 or len(chosen) == 2:
            break
    return [_trim(pieces[i], MAX_WORDS) for i in sorted(chosen)]
