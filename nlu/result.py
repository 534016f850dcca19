"""The one value every NLU backend returns."""

from __future__ import annotations

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
    from nlu.sentiment import score_sentiment  # lazy: keeps ``nlu.result`` import-light

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
