"""A bare question as a first telling: «طيب متى بالضبط؟», «خب دقیقا کی؟», "ok when exactly?".

Its opening «طيب» / «خوب» / "good" is a filler ("ok, so"), not praise: a question is never
thanked as praise (review 22: «طيب متى بالضبط؟» was thanked «شكراً لأنك قلت …»).
"""

from __future__ import annotations

import re

from dialogues import cues, telling

# The filler that may open a question: "ok", "so", "well", "exactly"; «طيب», «خوب» ("good").
_FILLER = {
    "ar": r"(?:طيب|طب|طيّب|اوكي|اوك|حسنا|زين|يعني|بالضبط|و)",
    "fa": r"(?:خب|خوب|باشه|اوکی|پس|دقیقا|دقیقاً|و)",
    "en": r"(?:ok(?:ay)?|so|well|good|fine|and|but|exactly)",
}
# Question words that open a question of their own (when, where, why, how, how much, who).
_ASKS = {
    "ar": r"(?:متى|امتى|إمتى|وين|فين|اين|أين|كيف|ليش|ليه|لماذا|لما ذا|ايش|إيش|شو|كم|مين|من|هل)",
    "fa": r"(?:کی|کِی|کجا|چرا|چطور|چطوری|چگونه|چند|چقدر|چه ?وقت|چه ?موقع|کدوم|کدام)",
    "en": r"(?:when|where|why|how|what|which|who)",
}


def _pattern(language: str) -> re.Pattern[str]:
    filler, asks = _FILLER[language], _ASKS[language]
    return re.compile(rf"^\s*(?:{filler}[\s,،.!]+)*({asks})\b[^?؟]*[?؟]+\s*$", re.IGNORECASE)


_QUESTION = {language: _pattern(language) for language in _FILLER}


def asks_only(messages: list[str], language: str) -> bool:
    """One short message opening with a question word (after a filler) and ending with "?",
    with no word of praise after its filler."""
    if len(messages) != 1 or language not in _QUESTION:
        return False
    text = messages[0]
    found = _QUESTION[language].match(text)
    if not found or len(text.split()) > 8:
        return False
    return not telling.has(text[found.start(1) :], cues.PRAISE, language)


# "Why …?" («چرا قیمت رو بردید بالا؟», «ليش ما وصل؟») is how a grievance is put as a question.
_WHY = re.compile(r"^(?:چرا|ليش|ليه|لماذا|لما ذا|why)$", re.IGNORECASE)


def asks_how(messages: list[str], language: str) -> bool:
    """A bare "how / where / when …?" («چطوری آدرسمو عوض کنم؟»): asked, whatever its tone."""
    if not asks_only(messages, language):
        return False
    found = _QUESTION[language].match(messages[0])
    return found is not None and not _WHY.match(found.group(1))
