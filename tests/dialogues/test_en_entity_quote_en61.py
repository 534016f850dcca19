"""en61: the thanks quotes the text the reflection read: HTML entities decoded, never cut."""

from __future__ import annotations

import pytest

from dialogues.feedback_quote import feedback_quote
from tests.dialogues.script import Script


def _after_yes(told: str, intent: str) -> str:
    chat = Script("en")
    chat.start()
    chat.says(told, intent=intent, sentiment="positive", score=0.95)
    if chat.state.stage == "listening":  # a prompt first: they say that is all
        chat.says("that's all", intent="done")
    reply = chat.says("yes", intent="affirm")
    chat.assert_well_spoken()
    return reply


@pytest.mark.parametrize(
    ("told", "kind", "quoted"),
    [
        (
            "@Acme the crew went above &amp; beyond to get my mum a wheelchair",
            "praise",
            "the crew went above & beyond to get my mum a wheelchair",
        ),
        (
            "@Acme you should add a kids menu &amp; a few vegan meals",
            "idea",
            "you should add a kids menu & a few vegan meals",
        ),
        ("@Acme you guys rock. I'll send a DM. &lt;3 Thanks.", "praise", "you guys rock"),
    ],
)
def test_the_quote_is_decoded_and_whole(told: str, kind: str, quoted: str) -> None:
    assert feedback_quote([told], "", kind, "en") == quoted


@pytest.mark.parametrize("told", ["@Acme Thank you &lt;3", "@Acme thanks so much ♥ :)"])
def test_a_heart_alone_is_no_quote(told: str) -> None:
    reply = _after_yes(told, "praise")
    assert "&" not in reply and '"' not in reply and "<3" not in reply, reply


def test_the_thanks_never_shows_an_entity() -> None:
    reply = _after_yes("@Acme loved the new seats &amp; the snacks on my flight home", "praise")
    assert "&amp" not in reply, reply
