"""Which apology fits what went wrong: the topic NLU named, checked against the customer's words.

Billing is not delivery, a cancelled flight is no parcel, and a cold meal is no "product that
did not work": each gets the apology that names what let them down.
"""

from __future__ import annotations

from dialogues import cues, telling

_TOPICS = {"delivery", "billing", "product", "service", "app", "baggage"}

# A meal, told in the customer's words: "the pizza came cold", «غذا سرد بود», «الاكل كان بارد».
MEAL = {
    # Not "coffee" nor "dish*": a coffee machine or a dishwasher is a product.
    "en": ("meal*", "food", "pizza*", "burger*", "dinner", "lunch", "breakfast", "dish", "dishes",
           "restaurant*", "sandwich*", "fries"),
    "fa": ("غذا*", "پیتزا*", "ساندویچ*", "رستوران*", "برگر*", "کباب*", "نونش", "نانش", "سالاد*"),
    "ar": ("الأكل", "الاكل", "الطعام", "طعام", "الوجبة", "الوجبه", "وجبة", "وجبه", "المطعم",
           "مطعم", "البيتزا", "الشاورما", "البرجر", "الطبق", "الاطباق", "الأطباق"),
}  # fmt: skip


def apology_key(topic: str | None, told: str, happened: bool, language: str) -> str:
    """The catalog key of the apology for ``told`` under NLU's ``topic``."""
    key = f"apology_{topic}" if topic in _TOPICS else "apology"
    if topic == "delivery" and not telling.has(told, cues.ORDER, language):
        key = "apology_shipment"  # "your order" is not said of a parcel they did not order
    # A cancelled flight is no parcel, nor (no topic named, something happened) a mishap.
    travel = key in ("apology_delivery", "apology_shipment") or (topic is None and happened)
    if travel and telling.has(told, cues.TRAVEL, language):
        return "apology_travel"
    # «المطعم فخامه وديكور بس الاكل عادي» got "sorry the product wasn't as you expected".
    meal = key == "apology_product" or (topic is None and happened)
    if meal and telling.has(told, MEAL, language):
        return "apology_meal"
    return key
