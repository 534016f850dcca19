"""Persian: a wait the customer excused is thanked for what made up for it, not apologised for."""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from tests.dialogues.script import Script


def _after_yes(text: str, seed: int, intent: str = "complaint") -> str:
    chat = Script("fa")
    chat.state.seed = seed
    chat.start()
    chat.says(text, intent=intent, sentiment="positive", score=0.3)
    return chat.says("بله", intent="affirm")


@pytest.mark.parametrize(
    ("text", "liked"),
    [("پیتزا یه کم دیر رسید ولی خیلی داغ و خوشمزه بود و جبران کرد", "خیلی داغ و خوشمزه بود"),
     ("نیم ساعت تاخیر داشت اما در مجموع راضی بودیم", "در مجموع راضی بودیم")],
)  # fmt: skip
def test_an_excused_wait_is_thanked_with_a_light_word(text: str, liked: str) -> None:
    openings = [line.split("«")[0] for line in variants("fa", "thanks_wait_excused")]
    for intent in ("complaint", "praise"):
        for seed in range(2):
            reply = _after_yes(text, seed, intent)
            assert "متأسف" not in reply and "عذر" not in reply, reply
            if intent == "complaint":  # NLU's praise keeps its own thanks
                assert any(reply.startswith(o) for o in openings) and liked in reply, reply


@pytest.mark.parametrize(
    "text",
    ["دیر رسید ولی راضی نبودیم", "دیر رسید و سرد بود ولی جبران کردن",
     "خیلی دیر رسید ولی غذا خوب بود"],
)  # fmt: skip
def test_a_wait_not_excused_keeps_the_apology(text: str) -> None:
    reply = _after_yes(text, 0)
    assert "متأسف" in reply or "عذر" in reply, reply
