"""English reflections, round 42: airline tweets said back as a careful listener would."""

from __future__ import annotations

from dialogues.reflection import reflect
from dialogues.reflection.en_cut import cut_word


def _said(message: str) -> str:
    """The English reflection of one message."""
    return reflect([message], "en")


def test_a_long_tweet_cut_on_a_preposition_loses_its_cut_clause() -> None:
    said = _said(
        "@AmericanAir waited in the airport for two days to get home, not weather related. "
        "Dealt with horrible customer service. Finally switched to"
    )
    assert "switched to" not in said and "two days" in said, said


def test_a_cut_link_and_its_auxiliary_go_and_the_clause_before_stays() -> None:
    said = _said(
        "@JetBlue @KyleJudah new stroller. The travel credit doesn't help cover the cost of "
        "a new stroller. Your crew ruined it and therefore should"
    )
    assert "our crew ruined it" in said and "should" not in said, said


def test_a_cut_part_word_goes_and_its_clause_stays() -> None:
    said = _said(
        "@united I am trying to book awards for September and need flights on @aegeanairlines "
        "but they will not show even w/ many award seats availab"
    )
    assert "availab" not in said and "they will not show" in said, said


def test_whole_endings_of_long_tweets_are_not_cut() -> None:
    tail = "I tried calling twice and waited on hold for an hour and a half at the airport. " * 2
    assert cut_word(tail + "It is the worst service I have ever paid for") is None
    assert cut_word(tail + "They said it is the worst they can do, that is how bad it was") is None
    assert cut_word(tail + "I am not looking forward to") is None
    assert cut_word(tail + "You Cancelled Flighted reservations for") == "for"
    assert cut_word("Finally switched to") is None  # short: the writer ended it
