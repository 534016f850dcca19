"""en59: the apology after "yes" names a phone line that let them down (constructed)."""

from __future__ import annotations

import pytest

from dialogues.apologies import apology_key
from dialogues.catalog import variants
from tests.dialogues.script import Script


@pytest.mark.parametrize(
    ("told", "key"),
    [
        # Hung up on after a hold.
        ("sat on hold for 90 minutes and then they just hung up on me", "apology_hold_cut_off"),
        ("your line disconnected my call after 3 hours, nobody spoke", "apology_hold_cut_off"),
        # Cut off, no hold told.
        ("every time I call reservations the system hangs up on me", "apology_cut_off"),
        # Hung up on, and the hours lost told (the gate): both named.
        ("two agents hung up on me, three calls and 2 hours to get a seat", "apology_hold_cut_off"),
        ("in the queue 11 hours, then got through and was hung up on", "apology_hold_cut_off"),
        # A hold told with how long: the wait's apology.
        ("been on hold 45 minutes now just to change a seat", "apology_wait"),
        # No way through.
        ("tried calling five times today and still can't get through", "apology_no_way_through"),
        ("called twice and keep getting told to call back later", "apology_no_way_through"),
    ],
)  # fmt: skip
def test_a_phone_letdown_is_named(told: str, key: str) -> None:
    assert apology_key(None, told, True, "en") == key


@pytest.mark.parametrize(
    "told",
    [
        # No call: a gap between two teams, the wifi dropping.
        "there is a disconnect between what you advertise and what the crew does",
        "the wifi keeps getting disconnected every ten minutes",
        # A booking held, a delay asked about: no phone line.
        "can you hold my reservation for 24 hours while I check dates",
        "what's the hold up with flight 88, we have been sitting here",
        # A wish for how calls should go.
        "why not take my number first, and if cut off, call me back?",
        # Held like hostages on the plane: no phone line.
        "holding us hostage on this plane for an hour with no news",
        # Security, not the phone.
        "can't get through security, the line is enormous",
        # The trip let down beside the line: the trip's apology stays.
        "my flight was cancelled and I can't get through to anyone",
    ],
)
def test_no_phone_letdown_is_guessed(told: str) -> None:
    key = apology_key(None, told, True, "en")
    assert key not in {"apology_hold_cut_off", "apology_cut_off", "apology_no_way_through"}, key


def test_hung_up_after_a_hold_is_named_after_yes() -> None:
    chat = Script("en")
    chat.start()
    chat.says("2 hours on hold and then they hung up on me", intent="complaint")
    reply = chat.says("yes", intent="affirm")
    assert any(line in reply for line in variants("en", "apology_hold_cut_off")), reply


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_the_phone_apologies_are_said_in_every_language(language: str) -> None:
    for key in ("apology_hold_cut_off", "apology_cut_off", "apology_no_way_through"):
        assert variants(language, key)
