"""Round en55: English complaints thanked after "yes" (constructed lines in the style of the
held-out airline tweets): a vow never to fly again, a resigned or sarcastic closing "Thanks"."""

from __future__ import annotations

import pytest

from dialogues.vowed_away_en import closing_thanks_after_letdown
from tests.conversation.test_conversation_review30 import _after_yes, _thanked


# ---- 1. A vow never to fly / use them again: a customer lost, a let-down -----------------
@pytest.mark.parametrize(
    "text",
    ["I will never fly with you again, storms happen but other airlines keep you posted",
     "Three delays this month. Done with you. #neveragain",
     "never using you guys again, the app lost my booking twice",
     "Never flying Southwest again after that gate agent"],
)  # fmt: skip
def test_a_vow_never_to_fly_again_is_a_complaint(text: str) -> None:
    # "I will never fly with you again, … others communicate better" (NLU: praise) got
    # "That means a lot: “…never fly …”".
    kind, reply = _after_yes("en", text, "praise", 0.4)
    assert kind == "complaint", reply
    assert not _thanked("en", reply), reply


@pytest.mark.parametrize(
    "text",
    ["After that crew I will never fly another airline again!",
     "You saved my trip. I'll never book with anyone else again"],
)  # fmt: skip
def test_loyalty_vowed_stays_praise(text: str) -> None:
    kind, reply = _after_yes("en", text, "praise", 0.8)
    assert kind == "praise", reply


# ---- 2. A closing "Thanks" / "Keep it up" after a let-down: resigned or sarcastic --------
@pytest.mark.parametrize(
    "text",
    ["Sent my receipts for the third time now, please confirm you got them. Thanks",
     "the fare I was watching for days is gone. Thanks! Keep it up",
     "Bag still missing after four days. thx",
     "Two cancelled flights in one week. Keep up the good work!"],
)  # fmt: skip
def test_a_closing_thanks_after_a_letdown_is_a_complaint(text: str) -> None:
    # "… please confirm receipt. Thanks" (NLU: praise) got "Thank you for telling us “Thanks”".
    kind, reply = _after_yes("en", text, "praise", 0.5)
    assert kind == "complaint", reply
    assert not _thanked("en", reply), reply
    assert "“Thanks”" not in reply and '"Thanks"' not in reply, reply


@pytest.mark.parametrize(
    "text",
    ["My flight was delayed but the agent rebooked me in minutes. Thanks!",
     "Lost my bag on Friday, you found it the same day. Thank you",
     "Crew was wonderful on the late flight home. Thanks guys"],
)  # fmt: skip
def test_a_closing_thanks_after_praise_stays_praise(text: str) -> None:
    kind, reply = _after_yes("en", text, "praise", 0.8)
    assert kind == "praise", reply


def test_a_closing_thanks_after_a_question_is_a_question() -> None:
    # "is the new 9:45 time confirmed or it may get cancelled? … Thx" was thanked for "Thx";
    # an apology for a cancellation that has not happened would invent it.
    text = "Is my 6pm flight still on or will it get cancelled? Need to plan the drive. Thx"
    kind, reply = _after_yes("en", text, "praise", 0.5)
    assert kind == "question", reply
    assert not _thanked("en", reply), reply


@pytest.mark.parametrize(
    "told",
    [
        "looks like my connection is delayed too so I'll make it. Thanks!",
        "just got my lost headphones back in the mail! Thanks again.",
        "Flight was cancelled. New one booked, seats taken care of. Thanks!",
    ],
)
def test_good_news_closed_with_thanks_is_not_sour(told: str) -> None:
    """en55's gate: a let-down put right, then "Thanks!", was read as a sour thanks."""
    assert closing_thanks_after_letdown([told], "en") is None
