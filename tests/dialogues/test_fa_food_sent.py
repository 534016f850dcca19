"""Persian: a meal or groceries sent late or roughly hear of the order, never of a parcel."""

from __future__ import annotations

import pytest

from dialogues.apologies import apology_key
from dialogues.catalog import variants
from tests.dialogues.script import Script


@pytest.mark.parametrize(
    "text",
    ["دیر رسید ولی راضی بودیم", "پیک یک ساعت دیرتر از زمان گفته شده اومد",
     "همه چیز ریخته بود توی پلاستیک"],
)  # fmt: skip
def test_a_meal_sent_is_no_parcel(text: str) -> None:
    # «دیر اومد ولی راضی بودیم» heard «مرسوله باید سالم و سر وقت می‌رسید».
    assert apology_key("delivery", text, True, "fa") == "apology_food_sent"
    assert not any("مرسوله" in line for line in variants("fa", "apology_food_sent"))


def test_a_parcel_told_keeps_the_shipment_apology() -> None:
    assert apology_key("delivery", "مرسوله ام یک هفته دیر رسید", True, "fa") == "apology_shipment"
    assert apology_key("delivery", "the parcel came a week late", True, "en") == "apology_shipment"


def test_after_the_yes_the_order_is_named_not_a_parcel() -> None:
    for seed in range(4):
        chat = Script("fa")
        chat.state.seed = seed
        chat.start()
        chat.says("پیک دیر اومد", intent="complaint", topic="delivery", sentiment="negative",
                  score=-0.5)  # fmt: skip
        reply = chat.says("بله", intent="affirm")
        assert "مرسوله" not in reply, reply
        assert any(line in reply for line in variants("fa", "apology_food_sent")), reply
