"""English person shift: I/my/me → you/your/you; "you" meaning the company → we/our."""

from __future__ import annotations

import re

_FIRST = {
    "i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself",
    "i'm": "you're", "im": "you're", "i've": "you've", "ive": "you've", "i'll": "you'll",
    "i'd": "you'd", "we": "you", "us": "you", "our": "your", "ours": "yours",
    "ourselves": "yourselves", "we're": "you're", "we've": "you've", "we'll": "you'll",
    "we'd": "you'd", "am": "are", "i'm.": "you're",
}  # fmt: skip
_COMPANY = {
    "your": "our", "yours": "ours", "you're": "we're", "you've": "we've", "you'll": "we'll",
    "yourself": "ourselves", "yourselves": "ourselves", "u": "we", "ur": "our",
}  # fmt: skip
_SUBJECT_BEFORE = {"and", "but", "because", "so", "when", "if", "that", "then", "since"}
_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|[^A-Za-z\s]+|\s+")
_FILLER = re.compile(r"\b(you know|y'know|ya know),?\s*", re.IGNORECASE)


def shift(text: str) -> str:
    """The text from the listener's side ("my order" → "your order")."""
    text = _FILLER.sub("", text)
    tokens = _TOKEN.findall(text)
    out: list[str] = []
    previous = ""  # the last word, lower-cased, before shifting
    for index, token in enumerate(tokens):
        lower = token.lower().replace("’", "'")
        if not lower.strip() or not lower[0].isalpha():
            out.append(token)
            continue
        if lower in _FIRST and not (lower == "am" and previous not in ("i", "")):
            new = _FIRST[lower]
        elif lower == "was" and previous in ("i", "we"):
            new = "were"
        elif lower in ("you", "u"):
            # "you" as the company: subject → "we", object → "us".
            at_start = previous in ("", *_SUBJECT_BEFORE) or _sentence_start(tokens, index)
            new = "we" if at_start else "us"
        elif lower in ("are", "were") and previous in ("you", "u"):
            new = lower  # "you are" → "we are": the verb already agrees
        elif lower in _COMPANY:
            new = _COMPANY[lower]
        else:
            out.append(token)
            previous = lower
            continue
        if token[:1].isupper() and _sentence_start(tokens, index):
            new = new[:1].upper() + new[1:]
        out.append(new)
        previous = lower
    return "".join(out)


def _sentence_start(tokens: list[str], index: int) -> bool:
    for token in reversed(tokens[:index]):
        if token.isspace():
            continue
        return token.strip()[-1:] in ".!?"
    return True
