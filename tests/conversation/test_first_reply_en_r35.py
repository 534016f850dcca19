"""English first replies, round 35: a reaction to a shared post is not asked what happened."""

from __future__ import annotations

import pytest

from dialogues import first_reply_en
from dialogues.catalog import variants
from tests.dialogues.script import Script

POST = "“@JetBlue: Our fleet's on fleek. http://t.co/abc”"


def _first(message: str, intent: str = "complain") -> str:
    """The bot's first reply to one English message."""
    script = Script("en")
    script.start()
    return script.says(message, intent=intent, sentiment="negative")


@pytest.mark.parametrize(
    "message",
    [
        f"{POST} SMH",
        f"{POST} this happened",
        "STAHP!! RT @JetBlue Our fleet's on fleek. http://t.co/abc",
        "Alright... Someone has to stop this! RT @JetBlue: Our fleet's on fleek. http://t.co/x",
        "“@united: @a Please DM details, we'd like to help if you need assistance. ^KP” #Issues",
    ],
)
def test_a_reaction_to_a_shared_post_is_asked_about_the_post(message: str) -> None:
    reply = _first(message)
    assert reply in variants("en", "listen_post")


def test_thanks_around_a_shared_post_are_thanked() -> None:
    reply = _first("“@JetBlue: @b Well captured! We love the clouds! Enjoy!” Thank you!", "thank")
    assert reply in variants("en", "thanks_first")
    assert "clouds" not in reply  # never their thanks said as the airline's words


def test_praise_of_a_post_and_plain_tweets_are_not_caught() -> None:
    assert not first_reply_en.reacts_to_post("Awesome! RT @VirginAmerica: Watch films at 35,000 ft")
    assert not first_reply_en.shares_post("@united my bag never arrived: where is it?")
    assert not first_reply_en.shares_post('@united the agent said "sit awhile" to us')
