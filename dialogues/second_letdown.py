"""A second let-down added to the telling gets its own line after the apology.

Convo54: "my parcel came four days late", then "no, not just that — also the bill was wrong":
the bill was said back, yet the apology named only the delivery, as if the bill had not been
heard. The apology covers what the reflection holds: when a later message of the telling
names a let-down of another kind (a charge, rudeness, a wait …), one short line for it follows
the first apology («apology_too_*»), in words other than "sorry" again.
"""

from __future__ import annotations

from collections.abc import Sequence

from dialogues import telling, told_topic
from dialogues.apologies import apology_key

# Apologies for one kind of let-down: a parcel, a trip and a bag are one (a lost bag is
# apologised for as a trip thrown off, then "your luggage …, too" would say it twice); a
# charge and a price are not.
_FAMILY = {
    "apology_delivery": "delivery",
    "apology_shipment": "delivery",
    "apology_food_sent": "delivery",
    "apology_missing": "delivery",
    "apology_travel": "delivery",
    "apology_baggage": "delivery",
    "apology_bag_damaged": "delivery",
    "apology_on_plane": "delivery",
    "apology_billing": "billing",
    "apology_price": "price",
    "apology_product": "product",
    "apology_meal": "meal",
    "apology_harm": "harm",
    "apology_wait": "wait",
    "apology_service": "service",
    "apology_handled": "service",
    "apology_rude": "rude",
    "apology_app": "app",
}

# A trip's let-downs whose line on top is not the parcel's ("your order didn't reach you").
_TOO = {
    "apology_baggage": "apology_too_baggage",
    "apology_bag_damaged": "apology_too_bag_damaged",
    "apology_on_plane": "apology_too_wait",
}


def second_key(first_key: str, telling_now: Sequence[str], language: str) -> str | None:
    """The «apology_too_*» key for a let-down of the telling the first apology left unnamed."""
    if len(telling_now) < 2:
        return None
    said = _FAMILY.get(first_key)
    # Each message's own let-down: the first apology may name the added one (NLU's topic
    # moved to billing with «پول رو هم دوبار کم کردن»), and then the first is the one left.
    for message in telling_now:
        topic = told_topic.topic_of([message], language, None)
        happened = telling.read([message], language).event
        key = apology_key(topic, message, happened, language)
        family = _FAMILY.get(key)
        if happened and family and family != said:
            return _TOO.get(key, f"apology_too_{family}")
    return None
