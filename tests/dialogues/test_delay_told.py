"""en62: a delay told with how long, or again, names the trip after "yes" (constructed)."""

from __future__ import annotations

import pytest

from dialogues.apologies import apology_key
from dialogues.catalog import variants
from tests.dialogues.script import Script


@pytest.mark.parametrize(
    ("told", "key"),
    [
        # A delay told with how long, no flight word beside it.
        ("UA220 ORD -> BOS is delayed by like 2.5 hours. Unreal!", "apology_travel"),
        ("5 hour mechanical delay... there goes my evening", "apology_travel"),
        ("over 3 hour delay going from Austin to Newark! Come on!", "apology_travel"),
        ("delayed another hour", "apology_travel"),
        # Again, a third time.
        ("and we just got delayed for a 3rd time!", "apology_travel"),
        ("delayed going home AGAIN. So tired of this.", "apology_travel"),
        ("ANOTHER DAMN DELAY IN TWO DAYS!?", "apology_travel"),
        ("the 6pm one keeps getting delayed, what a night", "apology_travel"),
        ("and now we're delayed until 11:40! ridiculous", "apology_travel"),
        # Still sitting, not moving: the wait they are in.
        ("nope, still sitting at the gate!", "apology_wait"),
        # Sat in the plane for a length told: the sitting is named.
        ("I have been sitting in this plane for an hour, let us off", "apology_on_plane"),
    ],
)  # fmt: skip
def test_a_delay_told_names_the_trip(told: str, key: str) -> None:
    assert apology_key(None, told, True, "en") == key


@pytest.mark.parametrize(
    "told",
    [
        # Someone else's delay.
        "my buddies are delayed 4 hours in DCA, any compensation?",
        # Never delayed before.
        "never been delayed before, 2 hours today but better safe than sorry",
        # Praise beside the delays.
        "long day of 3 hour delays made better by your gate crew!",
        # A delay asked about.
        "is 1432 still delayed 2 hours?",
        # The delay told late: the point is news.
        "wish you had announced the 2 hour delay before we left home",
    ],
)
def test_no_trip_letdown_is_guessed(told: str) -> None:
    assert apology_key(None, told, True, "en") == "apology"


def test_a_delay_is_named_after_yes() -> None:
    chat = Script("en")
    chat.start()
    chat.says("6 hour mechanical delay... killing me", intent="complaint")
    reply = chat.says("yes", intent="affirm")
    assert any(line in reply for line in variants("en", "apology_travel")), reply
