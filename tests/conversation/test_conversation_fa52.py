"""fa52: the Persian apology names what let them down, in the customer's own words."""

from __future__ import annotations

import pytest

from dialogues.apologies import apology_key


@pytest.mark.parametrize(
    "told",
    [
        "جوجه‌اش حسابی خشک بود",  # «حسابی»: thoroughly, no account
        "سس سیب زمینی به جای اینکه روی سیب زمینی باشه روی کارتن مالیده شده بود",  # a box
    ],
)
def test_words_that_only_look_like_money_get_no_money_apology(told: str) -> None:
    assert apology_key("billing", told, True, "fa") == "apology_meal"


def test_a_card_or_a_sum_told_keeps_the_money_apology() -> None:
    told = "از کارتم دو بار پول کسر شد"
    assert apology_key("billing", told, True, "fa") == "apology_billing"
