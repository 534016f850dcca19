"""Whether a short Persian first message is a verdict: praise or a complaint in a few words.

NLU reads some as an idea («مثل قبل خوب نبود.» → «خودتان چطور از آن استفاده می‌کردید؟»,
«بسیار عالی حتی برای نهار …») or a mixed one as plain praise («خوب بود کمی چرب بود» → «چه
چیزی آن را برایتان خاص کرد؟»). Asking how they would use an idea, or what made it special,
answers what was never said; "what else should I know about it?" lets them go on (r34).
"""

from __future__ import annotations

from collections.abc import Sequence

from dialogues.reflection import content_words, fa_select
from dialogues.text import fold, words

_FEW = 2  # content words at most in a verdict said in a few words


def _praised(text: str) -> bool:
    return any(fa_select._cue(fold(w), fa_select._PRAISE) for w in words(text))


def judged(cycle: Sequence[str], language: str) -> bool:
    """A single Persian message of a few words judging the order, never asking."""
    if language != "fa" or len(cycle) != 1 or "؟" in cycle[0] or "?" in cycle[0]:
        return False
    text = cycle[0]
    if len(content_words(text, language)) > _FEW:
        return False
    return _praised(text) or fa_select._troubled(text)


def mixed(cycle: Sequence[str], language: str) -> bool:
    """Persian praise with a complaint beside it («خوب بود کمی چرب بود»)."""
    text = " ".join(cycle)
    return language == "fa" and _praised(text) and fa_select._troubled(text)
