"""The parse's ranking, counts and sentiment built with fewer steps give what the longer way
gave: the same pairs of the same types in the same order (rows 1-500 of fa, ar and en)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from nlu.embedded import EmbeddedParser
from nlu.normalize import normalize
from nlu.sentiment import score_sentiment

REAL = Path(__file__).resolve().parents[3] / "shared" / "data" / "real-messages"


def _rows(language: str) -> list[str]:
    lines = (REAL / f"{language}.tsv").read_text(encoding="utf-8").splitlines()[1:501]
    return [line.split("\t")[0] for line in lines]


def test_ranking_counts_and_sentiment_as_built_before(embedded: EmbeddedParser) -> None:
    model = embedded._model
    assert model is not None
    scorer = model.scorer
    checked = 0
    for language in ("fa", "ar", "en"):
        for text in _rows(language):
            parsed = embedded.parse_sync(text, language)
            normalized = normalize(text, language)
            for vectorizer in scorer._vectorizers:
                if vectorizer.word_columns is None:  # the word n-grams: was a Counter
                    counted = Counter(vectorizer.analyze(normalized))
                    vocabulary = vectorizer.vocabulary
                    was = Counter({vocabulary[t]: n for t, n in counted.items() if t in vocabulary})
                    now = vectorizer.counts(normalized)
                    assert list(now.items()) == list(was.items()), text
            if not normalized:
                continue
            probabilities = scorer.predict_proba(normalized)
            ranking = tuple(
                sorted(
                    (
                        (str(c), float(p))
                        for c, p in zip(scorer.classes, probabilities, strict=True)
                    ),
                    key=lambda pair: -pair[1],
                )
            )
            assert parsed.intent_ranking == ranking, text
            assert all(type(c) is str and type(p) is float for c, p in parsed.intent_ranking)
            label, score = score_sentiment(
                text, language, parsed.intent, parsed.confidence, dict(ranking)
            )
            assert (parsed.sentiment, parsed.sentiment_score) == (label, score), text
            checked += 1
    assert checked > 1400
