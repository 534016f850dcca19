"""en62: a let-down told as happening again is owned as a repeat after "yes" (constructed)."""

from __future__ import annotations

import pytest

from dialogues.again_told import again_key
from dialogues.catalog import variants
from tests.dialogues.script import Script


@pytest.mark.parametrize(
    ("key", "told"),
    [
        ("apology_travel", "flight 880 delayed AGAIN. I give up"),
        ("apology_travel", "here we go again. Delayed out of Denver with no reason given"),
        ("apology_travel", "and we just got cancelled for the third time this month"),
        ("apology_baggage", "once again my suitcase is lost on the way home"),
        ("apology_travel", "ANOTHER STUPID DELAY IN TWO DAYS!?"),
        ("apology_wait", "on hold for the 3rd time today waiting for someone to pick up"),
    ],
)
def test_a_repeat_is_owned(key: str, told: str) -> None:
    assert again_key(key, told, "en") == f"{key}_again"


@pytest.mark.parametrize(
    ("key", "told"),
    [
        # No let-down repeated.
        ("apology_travel", "flight delayed 3 hours. never flying with you again"),
        ("apology_travel", "delayed 2 hours, thanks again for nothing"),
        # The repeat is of something else than the let-down named.
        ("apology_baggage", "my bag is lost. once again I had to explain my name to the desk"),
        # Not English: the key's own wording stays.
        ("apology_travel", "پروازم دوباره تاخیر خورد"),
    ],
)
def test_no_repeat_is_guessed(key: str, told: str) -> None:
    assert again_key(key, told, "en" if told.isascii() else "fa") == ""


def test_the_repeat_is_owned_after_yes() -> None:
    chat = Script("en")
    chat.start()
    chat.says("my flight is delayed again, the third time this week", intent="complaint")
    reply = chat.says("yes", intent="affirm")
    assert any(line in reply for line in variants("en", "apology_travel_again")), reply


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
@pytest.mark.parametrize("key", ["apology_travel", "apology_baggage", "apology_wait"])
def test_each_repeat_wording_matches_its_key(language: str, key: str) -> None:
    assert len(variants(language, f"{key}_again")) == len(variants(language, key))
