"""fa60: praise told before a wish is thanked by name, beside the idea's thanks."""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from tests.dialogues.script import Script

_YES = {"fa": "بله", "ar": "نعم", "en": "yes"}


def _after_yes(text: str, language: str) -> str:
    chat = Script(language)
    chat.start()
    chat.says(text, intent="idea", topic="food", sentiment="positive", score=0.4)
    return chat.says(_YES[language], intent="affirm")


@pytest.mark.parametrize(
    ("language", "text", "named"),
    [("fa", "مرغش عالی بود فقط کاش سسش رقیق‌تر بود", "مرغ"),
     ("fa", "پیتزا خیلی خوشمزه بود ولی کاش نوشابه هم میذاشتید", "پیتزا"),
     ("en", "The crew were wonderful, but I wish the app had a seat map", "the crew")],
)  # fmt: skip
def test_the_praise_before_the_wish_is_named(language: str, text: str, named: str) -> None:
    # The idea was thanked and then «از آنچه پسندیدید هم ممنونم»: the praise they had just
    # named went unnamed.
    reply = _after_yes(text, language)
    assert named in reply, reply
    assert not any(line in reply for line in variants(language, "praise_heard_too")), reply


def test_the_general_line_stays_when_nothing_is_named() -> None:
    reply = _after_yes("عالی بود فقط کاش تنوع منو بیشتر بود", "fa")
    assert any(line in reply for line in variants("fa", "praise_heard_too")), reply
