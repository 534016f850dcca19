"""The one value every NLU backend returns."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ParseResult:
    """What a backend made of one text: intent, topic, order id and sentiment."""

    text: str
    language: str
    intent: str
    confidence: float
    intent_ranking: tuple[tuple[str, float], ...]
    topic: str | None
    order_id: str | None
    sentiment: str  # negative / neutral / positive
    sentiment_score: float  # -1 … 1
