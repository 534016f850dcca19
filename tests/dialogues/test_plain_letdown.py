"""en54: the apology after "yes" names a plain let-down, and invents none (constructed tweets)."""

from __future__ import annotations

import pytest

from dialogues.apologies import apology_key
from dialogues.catalog import variants
from dialogues.plain_letdown import plain_apology, voucher_only
from tests.dialogues.script import Script


@pytest.mark.parametrize(
    ("topic", "told", "key"),
    [
        # A bag that came back damaged: not "should have arrived with you".
        ("baggage", "my suitcase came off the belt totally broken", "apology_bag_damaged"),
        (None, "you destroyed my luggage and offered me a $50 voucher", "apology_bag_damaged"),
        # Damaged and lost: the luggage apology still fits.
        ("baggage", "one bag is lost and the other came back damaged", "apology_baggage"),
        # Hours sat on the plane, and nothing worse beside it.
        (None, "sitting on the tarmac for 3 hours waiting for fuel", "apology_on_plane"),
        ("delivery", "stuck on the plane at the gate for 90 minutes now", "apology_on_plane"),
        # A missed connection beside it: the trip's apology stays.
        (None, "sat on the tarmac 2 hours and missed my connection", "apology_travel"),
        # The airline judged as a whole.
        (None, "worst airline ever, never again", "apology_verdict"),
        (None, "you guys are a joke", "apology_verdict"),
        (None, "my flight got delayed twice today. you suck", "apology_travel"),
        # Not the verdict: a price; en57 names the wifi that didn't work.
        (None, "$12.99 for wifi that doesn't work? you are the worst", "apology_wifi_broken"),
    ],
)  # fmt: skip
def test_a_plain_letdown_is_named(topic: str | None, told: str, key: str) -> None:
    assert apology_key(topic, told, True, "en") == key


@pytest.mark.parametrize(
    ("told", "key"),
    [
        # A voucher is no payment: the trip let them down.
        ("you cancelled my flight and gave me a useless hotel voucher", "apology_travel"),
        ("who do I contact about a complaint and a voucher?", "apology"),
        # A charge beside the voucher: the payment's apology stays.
        ("you charged my card the full fare even though I used a voucher", "apology_billing"),
    ],
)
def test_a_voucher_is_no_payment(told: str, key: str) -> None:
    assert apology_key("billing", told, True, "en") == key


def test_a_meal_voucher_is_no_meal() -> None:
    told = "stuck overnight and not even a meal voucher"
    assert apology_key("product", told, True, "en") != "apology_meal"


def test_someone_elses_bag_is_not_their_luggage() -> None:
    told = "we are held at the gate because the pilot's late and his bag doesn't fit"
    assert apology_key("baggage", told, True, "en") != "apology_baggage"
    # A husband's bags are the customer's let-down too.
    told = "you lost my husband's bags, his suitcase never came"
    assert apology_key("baggage", told, True, "en") == "apology_baggage"


def test_someone_else_who_sat_on_the_plane_is_not_them() -> None:
    told = "she sat on the tarmac for 3 hrs with the kids"
    assert apology_key(None, told, True, "en") != "apology_on_plane"


def test_worst_airline_gets_a_named_apology_after_yes() -> None:
    chat = Script("en")
    chat.start()
    chat.says("you are the worst airline I have ever flown", intent="complaint")
    reply = chat.says("yes", intent="affirm")
    assert any(line in reply for line in variants("en", "apology_verdict")), reply
    assert not any(line in reply for line in variants("en", "apology")), reply


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_the_new_apologies_are_said_in_every_language(language: str) -> None:
    for key in ("apology_bag_damaged", "apology_on_plane", "apology_verdict"):
        assert variants(language, key)


@pytest.mark.parametrize(
    "told",
    [
        "you guys suck. You delay flights but can't hold the connectors 10 minutes??? #worst",
        "worst airline ever I have been stuck here for 13 hours no one is helping",
    ],
)
def test_a_verdict_beside_a_journey_hurt_keeps_the_trip_apology(told: str) -> None:
    """en54's gate: the trip's apology beat "I'm sorry we let you down this badly" here."""
    assert plain_apology("apology_travel", told, "en") == "apology_travel"


@pytest.mark.parametrize(
    "told",
    ["where is my flight voucher?", "I have a voucher that expires next week, can I extend it?"],
)
def test_a_voucher_owed_is_their_money(told: str) -> None:
    """ "where is my flight voucher?": the voucher is what they are owed, billing stays."""
    assert not voucher_only(told)
