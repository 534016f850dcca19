"""Sentiment: lexicon rules, and agreement with real customers' own labels."""

from __future__ import annotations

import pytest

from nlu.embedded import EmbeddedParser
from nlu.evaluate import sentiment_agreement
from nlu.sentiment import score_sentiment

from .conftest import REAL_MESSAGES


@pytest.mark.parametrize(
    ("text", "language", "label"),
    [
        ("غذا خیلی خوشمزه بود، دستتون درد نکنه", "fa", "positive"),
        ("غذا خوشمزه نبود", "fa", "negative"),  # negation after the adjective
        ("افتضاح بود، سرد و دیر رسید", "fa", "negative"),
        ("بد نبود", "fa", "positive"),
        ("المنتج ممتاز وانصح فيه", "ar", "positive"),
        ("الاكل مو زين", "ar", "negative"),  # Gulf negation
        ("مش حلو خالص", "ar", "negative"),  # Egyptian negation
        ("great service, thank you!", "en", "positive"),
        ("not good at all", "en", "negative"),
        ("my flight was delayed 3 hours and nobody helped", "en", "negative"),
        ("🙏😍", "en", "positive"),
        ("where is the store", "en", "neutral"),
    ],
)
def test_lexicon_rules(text: str, language: str, label: str) -> None:
    assert score_sentiment(text, language)[0] == label


def test_intent_tilts_the_score() -> None:
    neutral = score_sentiment("the package arrived", "en")[1]
    assert score_sentiment("the package arrived", "en", "complaint")[1] < neutral
    assert score_sentiment("the package arrived", "en", "praise")[1] > neutral


def test_score_is_bounded() -> None:
    label, score = score_sentiment("awful terrible worst disgusting 😡😡😡 " * 5, "en")
    assert label == "negative" and -1 <= score < -0.9


@pytest.mark.parametrize("language", ["fa", "ar", "en"])
async def test_agreement_with_real_messages(embedded: EmbeddedParser, language: str) -> None:
    path = REAL_MESSAGES / f"{language}.tsv"
    if not path.exists():
        pytest.skip(f"{path} not available")
    report = await sentiment_agreement(embedded, path, language)
    print(f"sentiment agreement {language}: {report}")
    assert report["messages"] >= 500
    assert report["agreement"] >= 0.80, report
