"""en57: the apology after "yes" names what went wrong at the gate or on board (constructed)."""

from __future__ import annotations

import pytest

from dialogues.apologies import apology_key
from dialogues.catalog import variants
from tests.dialogues.script import Script


@pytest.mark.parametrize(
    ("told", "key"),
    [
        # Nobody there to help, in person.
        ("landed at midnight, no one at the transfer desk, we stood there", "apology_no_help"),
        ("no American staff anywhere in terminal B and the board says nothing", "apology_no_help"),
        # Nothing to eat or drink.
        ("three hours on board with no water, kids crying", "apology_no_water"),
        ("6 hour flight and no food at all, not even pretzels", "apology_no_food"),
        # A thing on board that did not work.
        ("my seat was broken the whole way to Denver, it would not stay up", "apology_seat_broken"),
        ("the wifi didn't work for the entire flight", "apology_wifi_broken"),
        # A dirty cabin.
        ("the plane was filthy, crumbs and wrappers all over my row", "apology_cabin_dirty"),
    ],
)  # fmt: skip
def test_a_plain_onboard_letdown_is_named(told: str, key: str) -> None:
    assert apology_key(None, told, True, "en") == key


@pytest.mark.parametrize(
    "told",
    [
        # Nobody on the phone is a wait on the line, not nobody there.
        "I called the number and they said no one is available to take my call",
        # Someone missing for something else: not nobody there to help them.
        "the pilot said no one around to close the door, so we sit",
        # Denied boarding: kept off the plane, not refused help they asked for.
        "after I was denied boarding the plane sat at the gate for an hour",
        # A policy they only ask about.
        "would you refuse to let me bring my guitar on board?",
        # Someone else refused, and the airline made it good.
        "another airline refused us, thanks for getting us home",
        # A voucher is no meal.
        "a 7 hour delay and no meal voucher?",
        # A night in a hotel beside the broken wifi: more than the wifi let them down.
        "wifi was not working, then you sent me to a hotel overnight with a $7 voucher",
        # A refusal is never named (en57's gate).
        "I asked the agent to seat me next to my son and was told no",
        "they said no to me at the gate, the flight is full now",
        # A dirty look is no dirty cabin.
        "the attendant gave me a dirty look when I asked for water",
    ],
)
def test_no_onboard_letdown_is_guessed(told: str) -> None:
    # A refusal is never named (en57's gate): "I was denied an upgrade", "they said no to me
    # at the gate" are not "asked for help and were refused".
    key = apology_key(None, told, True, "en")
    assert key not in {
        "apology_no_help",
        "apology_turned_down",
        "apology_no_food",
        "apology_no_water",
        "apology_wifi_broken",
        "apology_cabin_dirty",
    }, key


def test_a_broken_tv_is_not_a_product_that_failed() -> None:
    """NLU's product topic said "you expected it to work properly" of a seat-back TV."""
    told = "second flight this month with my TV not working"
    assert apology_key("product", told, True, "en") == "apology_tv_broken"


def test_nobody_at_the_counter_is_named_after_yes() -> None:
    chat = Script("en")
    chat.start()
    chat.says("an hour now and still no one at the check-in counter", intent="complaint")
    reply = chat.says("yes", intent="affirm")
    assert any(line in reply for line in variants("en", "apology_no_help")), reply


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_the_onboard_apologies_are_said_in_every_language(language: str) -> None:
    for key in ("apology_no_help", "apology_turned_down", "apology_no_food_water",
                "apology_tv_broken", "apology_cabin_dirty"):  # fmt: skip
        assert variants(language, key)
