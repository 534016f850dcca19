"""en56: the payment apology only where money is named (constructed tweets).

"feel", "feet", "feedback", "billions" begin like "fee" and "bill": no charge was told.
"""

from __future__ import annotations

import pytest

from dialogues.apologies import apology_key


@pytest.mark.parametrize(
    "told",
    [
        "I feel so well informed. yes, the flight is delayed again. Thank you",
        "90 minutes on the tarmac and we moved two feet",
        "I left feedback a week ago and nobody answered",
        "you make billions and still cant staff a phone line",
    ],
)
def test_no_money_word_no_payment_apology(told: str) -> None:
    assert apology_key("billing", told, True, "en") not in ("apology_billing", "apology_price")


@pytest.mark.parametrize(
    "told",
    [
        "you charged me a $25 fee for my golf bag",
        "the change fees are ridiculous and I was billed twice",
    ],
)
def test_a_fee_or_a_bill_keeps_the_payment_apology(told: str) -> None:
    assert apology_key("billing", told, True, "en") == "apology_billing"
