"""English first replies, first41: a link shared with an untroubled caption is asked about."""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.shared_link import caption_without_trouble
from tests.dialogues.script import Script


def _first(message: str, intent: str = "complain", sentiment: str = "negative") -> str:
    """The bot's first reply to one English message (NLU's tone pulled down by the link)."""
    script = Script("en")
    script.start()
    return script.says(message, intent=intent, sentiment=sentiment)


@pytest.mark.parametrize(
    "message",
    [
        "@VirginAmerica I love this graphic. http://t.co/abc",
        "@VirginAmerica good to be home #texas #moodlighting http://t.co/abc",
        "@SouthwestAir  Northern California coast http://t.co/abc",
        "@JetBlue u the real MVP http://t.co/abc",
        "@JetBlue Dumps Amex - Nassau News Live http://t.co/abc",
    ],
)
def test_a_link_with_praise_or_a_caption_is_asked_about_not_what_happened(message: str) -> None:
    assert _first(message) in variants("en", "listen_link")


@pytest.mark.parametrize(
    "message",
    [
        "@united so unhelpful... http://t.co/abc",
        "@united the nightmare continues... http://t.co/abc",
        "@USAirways needs to hire more people http://t.co/abc",
        "@united, I don't believe that you do.. http://t.co/abc",
        '@SouthwestAir is really stepping up their "service" http://t.co/abc',
        "@USAirways how long is that flight? http://t.co/abc",
    ],
)
def test_a_link_with_a_word_of_trouble_or_a_question_keeps_its_prompt(message: str) -> None:
    assert _first(message) not in variants("en", "listen_link")


def test_a_caption_without_a_link_is_not_asked_about_a_link() -> None:
    assert _first("@SouthwestAir Northern California coast") not in variants("en", "listen_link")


def test_a_long_telling_with_a_link_is_not_a_caption() -> None:
    message = "@united Also, the agent at the gate told us the plane was fine http://t.co/abc"
    assert _first(message) not in variants("en", "listen_link")


@pytest.mark.parametrize(
    "message",
    [
        "@airline the lack of customer service is astounding http://t.co/x #2daysofhell",
        "@airline, more lies... http://t.co/x",
        "@airline customers ✅. Customer service ❌ http://t.co/x",
        "@airline wall separating in row 1. #safetyconcerns http://t.co/x",
        "@support this wat is happening after i installed the update http://t.co/x",
        "Hey @support what is this http://t.co/x",
    ],
)
def test_a_complaint_told_beside_a_link_keeps_its_problem_prompt(message: str) -> None:
    # g_first41 / g_first41x (37 new / 4 old): these four read worse with "I see you shared
    # this": a lack, lies, a ❌, trouble inside a hashtag are a complaint, not a caption.
    assert not caption_without_trouble(message)
