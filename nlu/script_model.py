"""Telling Persian from Arabic when the letters alone don't: a character n-gram model.

Short Arabic-script messages often use only letters both languages share («انصح به»,
«ماتستاهل سعره»). A naive Bayes model over character 1–3-grams, learnt lazily from our
own Persian and Arabic training sentences, decides those ties.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import cache

from nlu.training_data import load_dir

_ORDERS = (1, 2, 3)


_ELONGATED = re.compile(r"(.)\1{2,}")


def _grams(text: str) -> list[str]:
    grams: list[str] = []
    for word in _ELONGATED.sub(r"\1", text).split():
        padded = f" {word} "
        for n in _ORDERS:
            grams.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
    return grams


@cache
def _model() -> dict[str, tuple[Counter[str], int]]:
    counts: dict[str, Counter[str]] = {"fa": Counter(), "ar": Counter()}
    for example in load_dir().examples:
        if example.language in counts:
            counts[example.language].update(_grams(example.text))
    return {lang: (grams, sum(grams.values())) for lang, grams in counts.items()}


@cache
def _vocabulary() -> int:
    """Distinct grams of both languages: the same for every text (counted per call, it
    was ~1 ms of each ambiguous first message)."""
    model = _model()
    return len(set(model["fa"][0]) | set(model["ar"][0])) or 1


def persian_or_arabic(text: str) -> str | None:
    """ "fa" or "ar" by character n-grams; None when the text gives nothing to go on."""
    grams = _grams(text)
    if not grams:
        return None
    model = _model()
    vocabulary = _vocabulary()
    scores = {}
    for language, (counts, total) in model.items():
        scores[language] = sum(math.log((counts[g] + 1) / (total + vocabulary)) for g in grams)
    if abs(scores["fa"] - scores["ar"]) < 1.0:
        return None
    return max(scores, key=lambda k: scores[k])
