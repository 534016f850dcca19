"""A "no" that puts one part of the telling right: the parts it does not name stay told.

«پیتزا سرد رسید و نوشابه و سیب‌زمینی هم نفرستادن», then «نه، نوشابه رو فرستادن، سیب‌زمینی
رو نفرستادن»: the "no" names the drink and the fries again, never the pizza, which was still
cold. Taken as the whole telling, the correction would lose it (and the meal's apology with
it). The clauses of the telling that share the correction's words are replaced by it; the
others stay. A correction that names every part, or shares fewer than two words with the
telling ("no, the order never came"), replaces the whole telling as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogues.amend import forms
from dialogues.reflection import content_words
from dialogues.text import WORD, ZWNJ, fold

MIN_SHARED = 2  # words of the correction said again in the telling: one may be chance
_NO = {
    "en": re.compile(
        r"^\s*(?:no|nope|nah)\b[\s,.!:;-]*(?:(?:it's|it is|it was|they|actually)\s+)?",
        re.IGNORECASE,
    ),
    "fa": re.compile(r"^\s*(?:نه|نخیر)(?:[\s,،.!:]+|$)"),
    "ar": re.compile(r"^\s*(?:لا|لأ|لاء)(?:[\s,،.!:]+|$)"),
}
# Where one part of a telling ends: a mark, or "and"/"but" between two clauses. Arabic glues
# «و» to the next word; before «وال…» it is a conjunction, inside «وصلت» a letter of the word.
_BREAK = {
    "en": re.compile(r"[.!?,;]+\s*|\s+(?:and|but|plus)\s+", re.IGNORECASE),
    "fa": re.compile(r"[.!?؟,،;؛]+\s*|\s+(?:و|ولی|اما)\s+"),
    "ar": re.compile(r"[.!?؟,،;؛]+\s*|\s+(?:و|بس|لكن|ثم)\s+|\s+(?=وال)"),
}


def part_put_right(telling: Sequence[str], text: str, language: str) -> list[str] | None:
    """The telling with the parts the "no, …" names replaced by it; None when it names all."""
    lead, breaks = _NO.get(language), _BREAK.get(language)
    found = lead.match(text) if lead else None
    if found is None or breaks is None:
        return None
    said = text[found.end() :].strip(" .!،,")
    said_words = {p for w in content_words(said, language) for p in _pieces(w)}
    if len(said_words) < MIN_SHARED:
        return None
    parts = [
        (index, start, end)
        for index, message in enumerate(telling)
        if fold(message.strip()) != fold(text.strip())  # the correction itself, heard already
        for start, end in _clauses(message, breaks)
    ]
    shared = [_shared(telling[i][s:e], said_words, language) for i, s, e in parts]
    touched = [k for k, words in enumerate(shared) if words]
    if not touched or len(set().union(*shared)) < MIN_SHARED:
        return None
    first, last = touched[0], touched[-1]
    if first == 0 and last == len(parts) - 1:
        return None  # every part named again: the correction is the telling now
    (i, start, _), (j, _, end) = parts[first], parts[last]
    if language == "ar" and telling[i][start:].startswith("و") and not said.startswith("و"):
        said = f"و{said}"  # «…الكابل والصوت ضعيف»: the «و» that joined the part stays
    amended = f"{telling[i][:start]}{said}{telling[j][end:]}"
    return [*telling[:i], amended, *telling[j + 1 :]]


def _clauses(message: str, breaks: re.Pattern[str]) -> list[tuple[int, int]]:
    """Where each part of a message starts and ends (the breaks between them left out)."""
    spans, at = [], 0
    for cut in breaks.finditer(message):
        if WORD.search(message[at : cut.start()]):
            spans.append((at, cut.start()))
        at = cut.end()
    if WORD.search(message[at:]):
        spans.append((at, len(message)))
    return spans


def _shared(part: str, said_words: set[str], language: str) -> set[str]:
    """The correction's words this part says too (the word, or it with a short ending)."""
    told = {piece for word in content_words(part, language) for piece in _pieces(word)}
    return {said for said in said_words if any(_same(said, w, language) for w in told)}


def _pieces(word: str) -> list[str]:
    """«سیب‌زمینی» and «سیب زمینی» are one word written two ways: match them piece by piece."""
    return [fold(piece) for piece in word.split(ZWNJ) if piece]


def _same(a: str, b: str, language: str) -> bool:
    """One word in two forms ("sent"/"send", «الشاحن»/«والشاحن»), never two alike words.

    Stricter than amend's: «الشاحن» and «الشاشة» share «الشا» but are a charger and a screen.
    """
    x, y = min(forms(a, language), key=len), min(forms(b, language), key=len)  # «ال» off
    common = len(_common(x, y))
    return x == y or (common >= 3 and common >= max(len(x), len(y)) - 2)


def _common(a: str, b: str) -> str:
    at = 0
    while at < min(len(a), len(b)) and a[at] == b[at]:
        at += 1
    return a[:at]
