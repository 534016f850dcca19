"""English: an item told missing from an order gets the apology for an order that came short.

Round en63: readers found "the fries were missing", "no napkins in the bag", "my drink wasn't in
the order" answered "I'm really sorry your order let you down like this" or "the food wasn't
what it should have been": the item left out is the let-down, and the catalog's
``apology_missing`` ("your order didn't reach you complete") names it. Only where an item of an
order is told missing and nothing else went wrong (late, cold, taste, rude, price), and never on
a trip: a missing bag, connection or flight has its own apology (luggage, travel).
"""

from __future__ import annotations

import re

from dialogues import cues, telling

# "the fries were missing", "missing my drink", "no napkins in the bag", "my drink wasn't in the
# order", "they forgot the sauce", "left out my fries", "didn't include the dip".
_LEFT_OUT = re.compile(
    r"\b(?:was|were|is|are|went|came)\s+missing\b"
    r"|\bmissing\s+(?:from|in)\s+(?:my|the|our)\s+(?:order|bag|box|delivery|meal)\b"
    r"|\bno\s+\w+(?:\s+\w+)?\s+in\s+(?:the|my|our)\s+(?:bag|order|box|delivery)\b"
    r"|\b(?:wasn't|weren't|wasnt|werent|was\s+not|were\s+not)\s+in\s+(?:the|my|our)\s+"
    r"(?:order|bag|box|delivery)\b"
    r"|\b(?:(?:they|you|u|someone|somebody)\s+forgot|forgot\s+to\s+(?:put|include|add|pack|send)"
    r"|left\s+out|didn't\s+include|didnt\s+include|never\s+included)\s+(?:in\s+)?"
    r"(?:my|the|our|a|an|any)\s+\w+",
    re.IGNORECASE,
)
# An order or a meal told: "missing my buddy's birthday" or "my items are missing" on a trip is
# no order that came short.
_ORDERED: dict[str, tuple[str, ...]] = {
    "en": ("order*", "ordered", "delivery", "delivered", "takeout", "take-out", "takeaway",
           "meal", "combo", "food", "fries", "burger*", "pizza*", "drink*", "soda", "sauce*",
           "dip", "napkin*", "ketchup", "cutlery", "fork*", "spoon*", "straw*", "utensil*",
           "side", "dessert", "salad", "sandwich*", "rice", "bread", "onion rings", "nuggets",
           "wings", "coffee", "tea", "juice", "cake"),
}  # fmt: skip
# A trip, a bag checked, a connection: luggage and travel have their own apologies.
_TRIP: dict[str, tuple[str, ...]] = {
    "en": ("flight*", "fly*", "flew", "plane", "airport", "gate", "luggage", "baggage",
           "suitcase*", "checked bag*", "carry-on", "carry on", "connection*", "layover*",
           "boarding", "airline*", "seat*", "trip", "passport*", "wheel*", "handle*",
           "zipper*", "shipment", "parcel", "package"),
}  # fmt: skip
# Another let-down beside it: the apology already chosen may name that one, and is left.
_OTHER: dict[str, tuple[str, ...]] = {
    "en": ("late", "delay*", "hour*", "minutes", "cold", "stale", "soggy", "raw", "burnt",
           "burned", "undercooked", "overcooked", "salty", "greasy", "taste*", "tasted",
           "tasteless", "bland", "disgusting", "gross", "rude", "price*", "expensive",
           "charged", "refund*", "spilled", "spilt", "leak*", "crushed", "broken", "damaged",
           "wrong", "instead", "sick", "ill", "hair", "bug*", "smell*", "never arrived",
           "never came", "didn't arrive", "didnt arrive", "didn't come", "still waiting"),
}  # fmt: skip
# The general, the meal's or the order's apology said of an item left out.
_MISTAKEN = ("apology", "apology_meal", "apology_delivery", "apology_product", "apology_order")


def missing_item_apology_en(key: str, told: str, language: str) -> str:
    """``apology_missing`` where an item of an order is told left out, and nothing else."""
    if language != "en" or key not in _MISTAKEN or not _LEFT_OUT.search(told):
        return key
    if not telling.has(told, _ORDERED, language):
        return key
    if telling.has(told, _TRIP, language) or telling.has(told, cues.TRAVEL, language):
        return key
    if telling.has(told, _OTHER, language):
        return key
    return "apology_missing"
