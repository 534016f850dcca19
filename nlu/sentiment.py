"""Lexicon-based sentiment in fa, ar and en, with negation, intensifiers, emoji and intent."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from dialogues.languages import is_language
from nlu.matching import PhraseIndex, tokenize
from nlu.normalize import normalize

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"

_POSITIVE_EMOJI = frozenset("😍🥰😘😊☺🙂😀😃😄😁🤩👌👍👏🙏💯❤♥💙💚💜🧡💛🌹🌸🎉✨⭐🌟😋🤤💪🔥")
_NEGATIVE_EMOJI = frozenset("😡😠🤬😤😞😔😢😭😩😫😖😣🤢🤮👎💔😒🙄😑😐😕🙁☹😱😨😰💩🤦")
_EMOJI = _POSITIVE_EMOJI | _NEGATIVE_EMOJI
_EMOJI_WEIGHT = 1.5
_POSITIVE_EMOTICONS = (":)", ":-)", ":D", ":-D", "(:", "<3", ";)")
_NEGATIVE_EMOTICONS = (":(", ":-(", ":'(", ":/", ":-/", "):")
_EMOTICON_MARKS = frozenset(":;<")
# The intent already says how the customer feels about what they describe.
# Scaled by the classifier's confidence: on long reviews, unlike the short chat messages it
# was trained on, the intent is a weak hint and the words must decide.
_INTENT_BIAS = {"complaint": -1.0, "praise": 1.0, "request_human": -0.5}
_NEGATION_WINDOW = 3
_NEGATED = -0.75  # "not good" is negative, "not bad" only mildly positive
_INTENSIFIED = 1.5
_AFTER_CONTRAST = 1.5
_NEUTRAL_BAND = 0.25
_RANKING_WEIGHT = 1.5
_DESCRIPTION_WORDS = 6


@dataclass(frozen=True)
class _Lexicon:
    """One language's lexicon, normalised the way texts are."""

    index: PhraseIndex[float]
    negators_before: frozenset[str]
    negators_after: frozenset[str]
    negators: frozenset[str]  # both kinds, united once (was a new set every lexicon hit)
    intensifiers: frozenset[str]
    contrast: frozenset[str]


def _words(entries: list[object], language: str) -> list[tuple[str, ...]]:
    """Normalised token tuples of a lexicon list."""
    result = []
    for entry in entries:
        tokens = tuple(tokenize(normalize(str(entry), language)))
        if tokens:
            result.append(tokens)
    return result


@lru_cache(maxsize=3)
def _lexicon(language: str) -> _Lexicon:
    """Read ``lexicons/<language>.yml`` once."""
    raw = yaml.safe_load((LEXICON_DIR / f"{language}.yml").read_text(encoding="utf-8"))
    entries: dict[tuple[str, ...], float] = {}
    for polarity, sign in (("positive", 1.0), ("negative", -1.0)):
        for weight, words in (raw.get(polarity) or {}).items():
            for tokens in _words(words, language):
                entries[tokens] = sign * float(weight)

    def single(key: str) -> frozenset[str]:
        return frozenset(t[0] for t in _words(raw.get(key) or [], language) if len(t) == 1)

    negators_before = single("negators_before")
    negators_after = single("negators_after")
    return _Lexicon(
        index=PhraseIndex(entries.items()),
        negators_before=negators_before,
        negators_after=negators_after,
        negators=negators_after | negators_before,
        intensifiers=single("intensifiers"),
        contrast=single("contrast"),
    )


def lexical_score(text: str, language: str) -> float:
    """Sum of word weights after negation, intensity and contrast; emoji included."""
    language = language if is_language(language) else "en"
    lexicon = _lexicon(language)
    tokens = tokenize(normalize(text, language))
    contrast_at = max((i for i, t in enumerate(tokens) if t in lexicon.contrast), default=-1)
    total = 0.0
    covered = -1  # leftmost-longest: a word inside a matched phrase is not counted again
    for start, length, weight in lexicon.index.find(tokens, language):
        if start <= covered or (start and tokens[start - 1].isdigit()):
            continue  # "200 گرم" is grams, not "warm"
        covered = start + length - 1
        total += weight * _modifier(tokens, start, length, lexicon, contrast_at)
    # Most texts hold no emoji: a C-level set test spares them the loop over characters.
    for char in text if not _EMOJI.isdisjoint(text) else ():
        if char in _POSITIVE_EMOJI:
            total += _EMOJI_WEIGHT
        elif char in _NEGATIVE_EMOJI:
            total -= _EMOJI_WEIGHT
    # Every emoticon holds one of these marks: without them both counts are 0 (and the
    # total, never -0.0, is what adding and taking 0.0 left).
    if not _EMOTICON_MARKS.isdisjoint(text):
        total += _EMOJI_WEIGHT * sum(text.count(e) for e in _POSITIVE_EMOTICONS)
        total -= _EMOJI_WEIGHT * sum(text.count(e) for e in _NEGATIVE_EMOTICONS)
    return total


def _modifier(
    tokens: tuple[str, ...], start: int, length: int, lexicon: _Lexicon, contrast: int
) -> float:
    """How negation before/after, an intensifier and a preceding "but" scale one hit."""
    factor = 1.0
    before = tokens[max(0, start - _NEGATION_WINDOW) : start]
    after = tokens[start + length : start + length + 2]
    is_negator = length == 1 and tokens[start] in lexicon.negators
    if not is_negator and (
        any(t in lexicon.negators_before or t.endswith("n't") for t in before)
        or any(t in lexicon.negators_after for t in after)
    ):
        factor *= _NEGATED
    if start and tokens[start - 1] in lexicon.intensifiers:
        factor *= _INTENSIFIED
    if start > contrast >= 0:
        factor *= _AFTER_CONTRAST
    return factor


def score_sentiment(
    text: str,
    language: str,
    intent: str | None = None,
    confidence: float = 1.0,
    ranking: Mapping[str, float] | None = None,
) -> tuple[str, float]:
    """("negative" | "neutral" | "positive", score in -1 … 1) for ``text``.

    With the intent classifier's full ``ranking``, praise-versus-complaint probability tilts
    the score (the classifier learned from our own examples what each sounds like);
    otherwise the top intent does, scaled by its confidence.
    """
    raw = lexical_score(text, language)
    if ranking:
        tilt = ranking.get("praise", 0.0) - ranking.get("complaint", 0.0)
        tilt -= 0.5 * (ranking.get("deny", 0.0) + ranking.get("request_human", 0.0))
        raw += _RANKING_WEIGHT * tilt
    else:
        raw += _INTENT_BIAS.get(intent or "", 0.0) * confidence
    score = math.tanh(raw / 3.0)
    if raw >= _NEUTRAL_BAND:
        return "positive", score
    if raw <= -_NEUTRAL_BAND:
        return "negative", score
    if len(tokenize(normalize(text, language))) >= _DESCRIPTION_WORDS:
        # A customer describing something at length to customer care, with no word of
        # praise, is more often than not describing a problem: lean negative, softly.
        return "negative", min(score, -0.05)
    return "neutral", score
