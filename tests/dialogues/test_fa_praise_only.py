"""Persian praise NLU named a complaint is thanked after the yes, never apologised for."""

from __future__ import annotations

import pytest

from tests.dialogues.script import Script


def _after_yes(text: str, seed: int) -> str:
    chat = Script("fa")
    chat.state.seed = seed
    chat.start()
    chat.says(text, intent="complaint", sentiment="negative", score=-0.3)
    return chat.says("بله", intent="affirm")


@pytest.mark.parametrize(
    "text",
    ["پیتزا خیلی سریع و داغ رسید. مرسی", "کیک تازه و خوشمزه بود، به موقع هم رسید ممنونم",
     "عالی بود، من مشتری همیشگی شما شدم"],
)  # fmt: skip
def test_praise_read_as_a_complaint_is_thanked(text: str) -> None:
    for seed in range(3):
        reply = _after_yes(text, seed)
        assert "متأسف" not in reply and "عذر" not in reply, reply


@pytest.mark.parametrize(
    "text",
    ["سریع رسید ولی سرد بود", "غذا خوشمزه بود ولی دیر رسید", "قبلا خوشمزه بود ممنون",
     "پیتزا عالی بود اما کوچیک بود", "سه روزه بی اینترنتیم، عالیه"],
)  # fmt: skip
def test_praise_beside_a_letdown_keeps_the_apology(text: str) -> None:
    reply = _after_yes(text, 0)
    assert "متأسف" in reply or "عذر" in reply, reply
