"""en62: English good news NLU called a complaint is thanked after "yes" (constructed)."""

from __future__ import annotations

import pytest

from dialogues.confirmed_kind import confirmed_kind
from dialogues.good_news_en import good_news_only


@pytest.mark.parametrize(
    "told",
    [
        "finally reached an agent who fixed my problem.",
        "Maria at the Austin desk needs a raise, she made me feel valued",
        "called this morning, took 5 minutes to get my issue resolved. You guys are awesome.",
    ],
)
def test_good_news_is_thanked(told: str) -> None:
    assert good_news_only([told], "en")
    assert confirmed_kind("complaint", [told], None, "en", first=True).kind == "praise"


@pytest.mark.parametrize(
    "told",
    [
        # Sarcasm: a praise word beside a let-down.
        "great, another delay. You guys are awesome",
        "thanks for nothing, you guys are the best at losing bags",
        # Praise beside a let-down that is still the point.
        "kudos to the crew, but the 3 hour wait was not ok",
        # Asked, not told.
        "can someone who solved my problem last week call me back?",
    ],
)
def test_sour_praise_is_not_thanked(told: str) -> None:
    assert not good_news_only([told], "en")


def test_only_english_is_read() -> None:
    assert not good_news_only(["you guys are awesome"], "fa")
