"""Cutting one sentence into clauses: at commas and "but", a very long one also at "and".

A reflection says back a clause or two, never a review read back, so a sentence longer than
half the reflection's word budget is cut where a listener would pause; a clause still past
LIMIT words is cut at its conjunctions, and a sentence holding personal data is cut at every
clause, so only the clause with the data is left out (``clauses`` chooses among the pieces).
"""

from __future__ import annotations

import re

from dialogues.reflection import ar_split, fa_verb_ends

_WEAK = {
    "en": re.compile(
        r",\s+(?=(?:but|however|although|though|and|so|please|pls|plz)\b)|\s+(?=\bbut\b)"
        r"|[,.!]?\s+(?=(?:please|pls|plz)\s+(?:help|advise|assist|fix|dm|reply|respond|call)\b)",
        re.I,
    ),
    "fa": re.compile(r"[،,]\s*|(?<!\sو)\s+(?=(?:ولی|اما|ولیکن|البته|درحالیکه|در حالی که)\s)"),
    "ar": re.compile(r"[،,]\s*|\s+(?=(?:لكن|ولكن|بس|لاكن|ولاكن|الا ان|إلا أن)\s)"),
}
_AND = {
    "en": re.compile(r"(?!)"),  # English "and" joins too much ("an hour and a half") to cut
    "fa": re.compile(r"\s+(?=و\s)"),
    "ar": re.compile(r"\s+(?=و(?:لم|لا|ما|لن|لكن|ال|كان|قد)\S*\s)"),
}


_PII_AND = re.compile(r",\s*|\s+(?=(?:and|but|so)\b)", re.IGNORECASE)


def resplit(piece: str, glue: str, language: str) -> list[tuple[str, str]]:
    """Every clause of ``piece`` on its own, so the one holding personal data can go."""
    out: list[tuple[str, str]] = []
    and_pattern = _PII_AND if language == "en" else _AND[language]
    for part, weak_glue in _split_with(_WEAK[language], piece):
        for index, (clause, and_glue) in enumerate(_split_with(and_pattern, part)):
            out.append((clause, weak_glue if index == 0 else and_glue))
    if out:
        out[0] = (out[0][0], glue)
    return out


def _split_with(pattern: re.Pattern[str], text: str) -> list[tuple[str, str]]:
    """``text`` cut where ``pattern`` matches: (piece, what joined it to the one before)."""
    out: list[tuple[str, str]] = []
    start, glue = 0, ""
    for match in pattern.finditer(text):
        if match.start() > start:
            out.append((text[start : match.start()], glue))
            glue = match.group(0) or " "
        start = match.end()
    if text[start:].strip():
        out.append((text[start:], glue))
    return out


LIMIT = 40  # words in one clause: past this a clause is cut further, or read as it is


def split_long(sentence: str, language: str, budget: int) -> list[tuple[str, str]]:
    """A long sentence cut at commas and "but"; a very long one also at "and"."""
    if language == "ar":
        return [c for piece, glue in ar_split.split(sentence) for c in _chunk(piece, glue, "ar")]
    if len(sentence.split()) <= budget // 2 + 2:
        return [(sentence, "")]
    out: list[tuple[str, str]] = []
    for part, glue in _split_with(_WEAK[language], sentence):
        if len(part.split()) > budget // 2 + 2:
            pieces = _split_and(part, language, budget)
            out.extend((p, glue if i == 0 else g) for i, (p, g) in enumerate(pieces))
        else:
            out.append((part, glue))
    merged = _merge_tiny(out)
    return [c for piece, glue in merged for c in _chunk(piece, glue, language)]


_CHUNK_AT = {
    "en": re.compile(r",?\s+(?=(?:and|so|because|which|then)\b)", re.IGNORECASE),
    # «منزل من تا رستوران شما …»: «تا» before a place is "to", never a clause of its own
    "fa": re.compile(r"[،,]?\s+(?=(?:و|که|چون|تا(?! (?:رستوران|منزل|خونه|خانه|محل)))\s)"),
    "ar": re.compile(r"[،,]?\s+(?=و(?!" + ar_split.ROOT_WAW + r")\S{2,})"),
}


def _chunk(piece: str, glue: str, language: str) -> list[tuple[str, str]]:
    """A clause still past LIMIT words is cut at its conjunctions, into readable lengths."""
    if len(piece.split()) <= LIMIT:
        return [(piece, glue)]
    out: list[tuple[str, str]] = []
    for part, joint in _split_with(_CHUNK_AT[language], piece):
        if out and len(out[-1][0].split()) + len(part.split()) <= LIMIT // 2:
            out[-1] = (out[-1][0] + (joint or " ") + part, out[-1][1])
        else:
            out.append((part, joint if out else glue))
    return out


# A run-on Arabic review ("… كما يقدمون … مما يعطي …") is cut before these, when long.
_AR_RUN_ON = re.compile(
    r"\s+(?=(?:كما|مما|حيث|لذلك|ولذلك|علما|بالاضافة|وايضا|وأيضا|ثم|واما|وأما)\s)"
)


def _split_and(text: str, language: str, budget: int) -> list[tuple[str, str]]:
    if language == "fa":  # never at a bare «و»: it joins nouns («یک ساعت و نیم») as often
        verbs = fa_verb_ends.split_verbs(text)
        return _merge_tiny(verbs) if len(verbs) > 1 else [(text, "")]
    pieces = _split_with(_AND[language], text)
    if language == "ar" and len(text.split()) > budget:
        pieces = [(q, g if i == 0 else h) for p, g in pieces
                  for i, (q, h) in enumerate(_split_with(_AR_RUN_ON, p))]  # fmt: skip
    return pieces if all(len(p.split()) >= 3 for p, _ in pieces) else [(text, "")]


def _merge_tiny(parts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A one- or two-word piece rides with its neighbour ("very good, thanks")."""
    out: list[tuple[str, str]] = []
    for part, glue in parts:
        if out and len(part.split()) <= 2:
            before, first_glue = out[-1]
            out[-1] = (before.rstrip() + (glue or " ") + part.strip(), first_glue)
        else:
            out.append((part, glue))
    return out
