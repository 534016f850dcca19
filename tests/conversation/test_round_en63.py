"""Round en63: English after "yes": sarcastic thanks owned, an item left out named (issue 8)."""

from __future__ import annotations

import pytest

from tests.conversation.test_conversation_review30 import (
    _after_yes,
    _owned_whatever_nlu_says,
)


# ---- 1. Thanks for a repeat, a wait "forever", the fun taken out, a rival preferred ---------
@pytest.mark.parametrize(
    "text",
    ["Thanks for the THIRD gate change on my way to Denver, I've walked this terminal all day",
     "thanks for having us hang out at the airport forever today!!! still not boarding",
     "well done, you have taken the fun out of air travel with these new bag rules",
     "thanks for reminding me how much easier it is to fly Southwest, the app logged me out",
     "thanks for moving my seat AGAIN, now I'm at the back next to the toilets",
     "Thanks for yet another schedule change, that's my whole Monday gone"],
)  # fmt: skip
def test_thanks_for_a_letdown_is_owned(text: str) -> None:
    # "Thanks for having us hang out at the airport forever today!!!" got "That means a lot".
    _owned_whatever_nlu_says("en", text)


@pytest.mark.parametrize(
    "text",
    ["@united thanks for the SECOND upgrade this month, you guys are great",
     "@SouthwestAir thanks for reminding me how much easier it is to fly Southwest",
     "thanks for reminding me about my second leg tomorrow",
     "Well done, the crew got us in early despite the storm",
     "thanks for the quick rebooking after the third delay"],
)  # fmt: skip
def test_thanks_for_something_good_stays_praise(text: str) -> None:
    from dialogues.sarcastic_thanks import thanks_for_letdown

    assert not thanks_for_letdown([text], "en")


# ---- 2. An item told missing from an order: the order that came short, named ---------------
@pytest.mark.parametrize(
    "text",
    ["the fries were missing from my order, I paid for the combo",
     "no napkins in the bag and no ketchup either, had to eat with my hands",
     "my drink wasn't in the order when it got here tonight",
     "burger came fine but they forgot the onion rings"],
)  # fmt: skip
def test_an_item_left_out_is_named(text: str) -> None:
    # "my drink wasn't in the order" got "I'm really sorry your order let you down like this".
    from dialogues.catalog import variants

    kind, reply = _after_yes("en", text, "complaint", -0.4)
    assert kind == "complaint", reply
    assert any(line in reply for line in variants("en", "apology_missing")), reply


@pytest.mark.parametrize(
    "text",
    ["2 trips in a row with missing luggage, just like last time",
     "my suitcase came back missing a wheel",
     "the fries were missing and the burger was cold",
     "the drink was missing and it came an hour late",
     "I keep missing my connections because of your delays",
     "I forgot my password and can't see my order", "missing my sister's birthday dinner"],
)  # fmt: skip
def test_a_bag_a_trip_or_another_letdown_keeps_its_apology(text: str) -> None:
    from dialogues.missing_item_en import missing_item_apology_en

    assert missing_item_apology_en("apology", text, "en") == "apology"
