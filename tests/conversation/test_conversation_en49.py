"""English round 49: the apology after "yes" names what the tweet's own words tell."""

from __future__ import annotations

import pytest

from dialogues.apologies import apology_key


@pytest.mark.parametrize("topic", [None, "delivery"])
@pytest.mark.parametrize(
    "text",
    [
        "trying to book a flight with miles, on hold for 50 minutes before I gave up",
        "been on hold for an hour trying to change my flight!!!",
        "I never got my flight confirmation and I've been on hold for an hour",
        "2 hours on the phone to the airline and still nothing",
    ],
)
def test_a_phone_hold_beside_a_flight_that_went_as_planned_is_apologised_as_a_wait(
    topic: str | None, text: str
) -> None:
    # "on hold for 50m trying to book a flight" got "sorry your trip was thrown off like this":
    # the flight was only why they called.
    assert apology_key(topic, text, True, "en") == "apology_wait"


@pytest.mark.parametrize(
    "text",
    [
        "my flight was cancelled and I've been on hold for two hours",
        "flight delayed 3 hours, now on hold for an hour to rebook",
        "what's the hold up on flight 4302?",
        "on hold for an hour about my lost bag after the flight",
        "I want the flight I have on hold. I don't want a new flight.",
        "on hold for an hour and then the agent hung up, need a flight",
    ],
)
def test_a_trip_harmed_or_a_worse_harm_beside_the_hold_keeps_its_apology(text: str) -> None:
    assert apology_key(None, text, True, "en") != "apology_wait"


@pytest.mark.parametrize(
    "text",
    [
        "sale please soon?? I need a tan",
        "a 2 hour wait for a deadhead crew, then they take the bin space and paying customers fume",
    ],
)
def test_nlus_money_topic_with_no_money_let_down_gets_no_money_apology(text: str) -> None:
    # "… bump paying customers for non revs" got "Nobody should have to worry about their money".
    assert apology_key("billing", text, True, "en") not in ("apology_billing", "apology_price")


@pytest.mark.parametrize(
    "text",
    [
        "Blackmailed me into paying £130 extra at the airport",
        "you charged my card twice",
        "still waiting for my refund",
        "needs a student discount so I can fly home",
    ],
)
def test_a_sum_a_charge_or_a_discount_keeps_the_money_apology(text: str) -> None:
    assert apology_key("billing", text, True, "en") == "apology_billing"


@pytest.mark.parametrize("topic", ["product", "app"])
@pytest.mark.parametrize(
    "text",
    [
        "AND my luggage has been broken!! #brokenwheel",
        "can you DM please about an update on my lost bag",
        "where are our bags? We have a show to film!!",
    ],
)
def test_a_bag_let_down_under_nlus_product_or_app_topic_gets_the_luggage_apology(
    topic: str, text: str
) -> None:
    # "my golf bag was broken on the flight" got "You expected it to work properly".
    # en54: a bag only damaged gets the luggage apology that names the damage.
    assert apology_key(topic, text, True, "en") in ("apology_baggage", "apology_bag_damaged")


def test_a_broken_link_to_the_bag_locator_keeps_its_own_apology() -> None:
    text = "that link is broken. If it's the online baggage locator, it gave me no useful info."
    assert apology_key("product", text, True, "en") == "apology_product"
