"""The one value every NLU backend returns."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from dialogues.turn import Understanding


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

    def understanding(self) -> Understanding:
        """What the policy is given of this parse (plain data, no backend in it)."""
        return Understanding(
            intent=self.intent,
            confidence=self.confidence,
            topic=self.topic,
            sentiment=self.sentiment,
            sentiment_score=self.sentiment_score,
            order_id=self.order_id,
        )


_score_sentiment: Callable[..., tuple[str, float]] | None = None


def _load_sentiment() -> Callable[..., tuple[str, float]]:
    """``nlu.sentiment.score_sentiment``, imported on the first parse (keeps ``nlu.result``
    import-light) and kept: an import statement a parse was a look-up in ``sys.modules``
    and the package's attributes each time."""
    global _score_sentiment
    from nlu.sentiment import score_sentiment

    _score_sentiment = score_sentiment
    return score_sentiment


def understood(
    text: str,
    language: str,
    ranking: tuple[tuple[str, float], ...],
    intent: str,
    confidence: float,
    topic: str | None,
    order_id: str | None,
) -> ParseResult:
    """A ParseResult whose sentiment is scored the same way whichever backend parsed it."""
    score_sentiment = _score_sentiment or _load_sentiment()
    label, score = score_sentiment(text, language, intent, confidence, dict(ranking))
    return ParseResult(
        text=text,
        language=language,
        intent=intent,
        confidence=confidence,
        intent_ranking=ranking,
        topic=topic,
        order_id=order_id,
        sentiment=label,
        sentiment_score=score,
    )
