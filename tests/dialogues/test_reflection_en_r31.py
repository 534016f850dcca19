"""English first replies and reflections, round 31 (tuning: en.tsv 1–1000 and tune_en)."""

from __future__ import annotations

from dialogues.catalog import variants
from dialogues.reflection import reflect
from dialogues.thanks_en import only_thanks
from tests.dialogues.script import Script

PROMPTS = ("listen_event", "listen_impact", "listen_need", "listen_more", "listen_praise")


def _said(text: str) -> str:
    return reflect([text], "en")


def _says(key: str, reply: str) -> bool:
    return any(v.split("{")[0] in reply for v in variants("en", key))


def _first(text: str, intent: str = "thank", sentiment: str = "positive") -> tuple[Script, str]:
    chat = Script("en")
    chat.start()
    return chat, chat.says(text, intent=intent, sentiment=sentiment, score=0.8)


def test_a_first_message_that_only_thanks_is_welcomed_never_asked_what_it_liked() -> None:
    for text in (
        "@Air Thank you! Have a nice evening.",
        "@Air Okay, thank you for your help :)",
        "@Air thank you for following up!",
        "@Air Thank you.....you do the same!!",
        "@Air got it. All set - Thanks!",
    ):
        chat, reply = _first(text)
        assert _says("welcome_thanks", reply) and _says("listen_ready", reply), reply
        assert not any(_says(key, reply) for key in PROMPTS), reply
        assert chat.stage == "listening" and not chat.state.heard, text
        # what they tell next is a telling of its own, the thanks no part of it
        told = chat.says("my bag never arrived in Boston", intent="complaint", sentiment="negative")
        assert "thank" not in told.lower(), told


def test_thanks_with_something_told_or_said_through_the_teeth_is_no_plain_thanks() -> None:
    assert only_thanks("@Air thanks! Have a good Sunday.")
    assert not only_thanks("@Air Thanks. It is on the same ticket.")
    assert not only_thanks("@Air thanks, just sent :)")
    assert not only_thanks("@Air thanks for nothing")
    assert not only_thanks("@Air thank you for losing my bag")
    assert not only_thanks("@Air thanks. 😒")
    assert not only_thanks("@Air Have a great week 🌞")  # a wish, no thanks to answer
    assert not only_thanks("@Air Thanks for the help! Still waiting on my bag though")
