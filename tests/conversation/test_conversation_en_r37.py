"""English round 37: first replies to a few warm words, with the embedded NLU model."""

from __future__ import annotations

from pathlib import Path

from bot.reflecting import first_reply
from dialogues.catalog import variants
from dialogues.thread_reply import only_warm
from nlu.embedded import EmbeddedParser


def _said(key: str, reply: str) -> bool:
    return any(v.split("{")[0] in reply for v in variants("en", key) if v.split("{")[0])


async def test_a_few_warm_words_are_never_asked_what_happened(nlu_model_dir: Path) -> None:
    # "@united I hope so too :)" was asked "What happened, exactly?": nothing went wrong.
    parser = EmbeddedParser(nlu_model_dir)
    await parser.initialize()
    for text in (
        "@united I hope so too :)",
        "@USAirways on Sunday! Can't wait! See you then",
        "@JetBlue you're killing me now. :-) You got me! #smitten #trueblue",
        "@USAirways Good morning.",
    ):
        reply = await first_reply(parser, text, "en")
        assert _said("listen_ready", reply), reply


def test_only_warm_words_without_trouble() -> None:
    assert only_warm("@AmericanAir I hope you like the photo :) http://t.co/x", "en")
    assert only_warm("@united can't wait!!! 787!!!", "en")
    assert not only_warm("@JetBlue when your flights delayed :)))", "en")
    assert not only_warm("@united I hope my bag arrives", "en")
    assert not only_warm("@united still waiting :)", "en")
    assert not only_warm("@united this sucks lol", "en")
    assert not only_warm("@united I hope so too :)", "fa")
