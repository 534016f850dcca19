"""Persian: a meal brought late or roughly is an order sent, never a parcel.

NLU names «delivery» for most Persian food reviews, and with no «سفارش» told the apology was
the shipment's: «دیر اومد ولی راضی بودیم» heard «مرسوله باید سالم و سر وقت می‌رسید», which
calls their dinner a parcel. Its other line, «ارسال این‌طور ناامیدتان کرد», reads well for a
late or rude delivery (the blind gate of convo36 preferred it, 25 / 16, to «سفارشتان …»), so
the food's own key keeps that line and says «سفارشتان» where the parcel was named.

A parcel in the customer's own words («مرسوله», the post, a courier company) keeps the
shipment's apology: there the parcel is what they told.
"""

from __future__ import annotations

from dialogues import telling

# A parcel or the post told: the shipment's apology names what they told.
_PARCEL: dict[str, tuple[str, ...]] = {
    "fa": ("مرسوله*", "بسته پستی", "بسته‌ی پستی", "پست", "پستی", "پستچی", "اداره پست",
           "تیپاکس", "چاپار", "امانت*", "بسته ام", "بسته‌ام", "بستم"),
}  # fmt: skip


def food_sent_apology(key: str, told: str, language: str) -> str:
    """The order-sent apology in place of the parcel's, for a Persian telling of no parcel."""
    if language != "fa" or key != "apology_shipment":
        return key
    return key if telling.has(told, _PARCEL, language) else "apology_food_sent"
