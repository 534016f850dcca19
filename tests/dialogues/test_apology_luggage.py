"""A checked bag told with no order word gets the luggage apology, not a parcel's."""

from __future__ import annotations

import pytest

from dialogues.apologies import apology_key
from dialogues.catalog import variants
from tests.dialogues.script import Script


def test_a_bag_that_never_arrived_is_luggage() -> None:
    # From convo34's chats: "my bag never arrived at JFK" → "sorry the delivery let you down".
    chat = Script("en")
    chat.start()
    chat.says("my bag never arrived at JFK", intent="complaint", topic="delivery")
    reply = chat.says("yes", intent="affirm")
    assert any(line in reply for line in variants("en", "apology_baggage")), reply


@pytest.mark.parametrize(
    ("language", "told", "key"),
    [
        ("en", "the bag I ordered never arrived", "apology_delivery"),  # an order: a parcel
        ("en", "the parcel never arrived", "apology_shipment"),
        ("ar", "شنطتي ما وصلت مع الرحلة", "apology_baggage"),
        ("fa", "چمدونم هنوز نرسیده", "apology_baggage"),
    ],
)
def test_the_luggage_apology_needs_a_bag_and_no_order(language: str, told: str, key: str) -> None:
    assert apology_key("delivery", told, True, language) == key
