"""Round 21 (convo39): whole conversations played from the README's terminal chat
(constructed lines on situations of the tuning messages)."""

from __future__ import annotations

import pytest

from nlu.language import detect_language
from nlu.latin import latin_reading


# ---- 1. Latin letters that tie English and Finglish/Arabizi keep the conversation's language ----
@pytest.mark.parametrize(
    ("text", "previous"),
    [
        # Was English in a Persian chat: "order" against one Finglish word, and English won.
        ("order hanooz 😡", "fa"), ("order am nayomad hanooz 😡", "fa"),
        ("3 saat montazeram order nayomad", "fa"), ("thanks merci", "fa"),
        # Arabizi in an Arabic chat.
        ("order mafi", "ar"), ("thanks shukran", "ar"),
        # And English in an English one.
        ("order hanooz", "en"), ("thanks shukran", "en"),
    ],
)  # fmt: skip
def test_a_tie_keeps_the_conversation_language(text: str, previous: str) -> None:
    assert detect_language(text, default="fa", previous=previous) == previous
    assert detect_language(text, default="en", previous=previous) == previous


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("order am nayomad hanooz", "fa"),  # two Finglish words to one English: Persian
        ("3 saat montazeram", "fa"),
        ("my order is still not here", "en"),
        ("el talab lesa ma wesel, 3 ayam", "ar"),
    ],
)
def test_more_words_of_one_language_still_decide(text: str, expected: str) -> None:
    for previous in ("fa", "ar", "en"):
        assert detect_language(text, default="fa", previous=previous) == expected


@pytest.mark.parametrize("text", ["order hanooz", "thanks shukran"])
def test_a_first_message_that_ties_is_english(text: str) -> None:
    # No conversation yet: as before, English ("minute", "mission" read as Finglish verbs).
    assert latin_reading(text) == "tie"
    assert detect_language(text, default="fa") == "en"
