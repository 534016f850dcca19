"""What the lead found playing the README chat at stop 28 (fa/ar/en)."""

from __future__ import annotations

import pytest

from dialogues.amend import amend
from dialogues.turn import Language
from tests.dialogues.script import Script

# "No, not X, Y" where Y says X's clause anew, its head word again: Y takes the clause.
HEAD_SAID_AGAIN = [
    (
        "ar",
        "طلبت جوال من عندكم ووصلني بعد اسبوعين والشاشة فيها خدش",
        "لا، مو خدش، الشاشة مكسورة",
        "طلبت جوال من عندكم ووصلني بعد اسبوعين والشاشة مكسورة",
    ),
    (
        "en",
        "I got the phone after two weeks and the screen has a scratch",
        "no, not a scratch, the screen is cracked",
        "I got the phone after two weeks and the screen is cracked",
    ),
    (
        "fa",
        "سفارشم دیر رسید و پیتزا کمی سرد بود",
        "نه، کمی سرد نه، پیتزا یخ کرده بود",
        "سفارشم دیر رسید و پیتزا یخ کرده بود",
    ),
]


@pytest.mark.parametrize(("language", "told", "correction", "amended"), HEAD_SAID_AGAIN)
def test_a_correction_that_names_the_head_again_takes_its_clause(
    language: Language, told: str, correction: str, amended: str
) -> None:
    # «…والشاشة فيها خدش» then «لا، مو خدش، الشاشة مكسورة» was said back as «…والشاشة فيها
    # الشاشة مكسورة»: Y put in place of X alone.
    assert amend([told], correction, language) == [amended]


@pytest.mark.parametrize(
    ("told", "correction", "amended"),
    [
        (
            "my flight was delayed 4 hours and nobody told us",
            "no, not delayed, cancelled",
            "my flight was cancelled and nobody told us",
        ),
        (
            "my flight was delayed for 4 hours",
            "no, not delayed, it was cancelled",
            "my flight was cancelled",
        ),
        (
            "my flight was delayed 4 hours",
            "no, it was 5 hours not 4",
            "my flight was delayed 5 hours",
        ),
        (
            "my flight was delayed 4 hours",
            "no, not delayed, diverted 2 hours away",
            "my flight was diverted 2 hours away 4 hours",
        ),
    ],
)
def test_a_count_that_was_the_negated_detail_goes_with_it(
    told: str, correction: str, amended: str
) -> None:
    # "no, not delayed, cancelled" was said back as "your flight was cancelled 4 hours": the
    # delay's length left behind. A Y that brings its own count keeps the telling's as it was.
    assert amend([told], correction, "en") == [amended]


def test_the_arabic_correction_is_said_back_whole_in_the_conversation() -> None:
    chat = Script("ar")
    chat.start()
    chat.says(
        "طلبت جوال من عندكم ووصلني بعد اسبوعين والشاشة فيها خدش",
        intent="complaint",
        topic="product",
        sentiment="negative",
    )
    reply = chat.says("لا، مو خدش، الشاشة مكسورة", intent="deny")
    assert "الشاشة مكسورة" in reply, reply
    assert "فيها الشاشة" not in reply and "خدش" not in reply, reply
