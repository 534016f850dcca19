"""English round 36: first replies to real tweet shapes, with the embedded NLU model."""

from __future__ import annotations

from pathlib import Path

from bot.reflecting import first_reply
from dialogues.catalog import variants
from dialogues.thread_reply import only_acknowledges
from nlu.embedded import EmbeddedParser


def _said(key: str, reply: str) -> bool:
    return any(v.split("{")[0] in reply for v in variants("en", key) if v.split("{")[0])


async def test_a_reply_in_a_thread_is_never_asked_what_happened(nlu_model_dir: Path) -> None:
    # "@united done as requested." was asked "Where did it all start?": nothing was begun.
    parser = EmbeddedParser(nlu_model_dir)
    await parser.initialize()
    for text in (
        "@SouthwestAir finally!",
        "@SouthwestAir Sorry! Thought I did. It's done now.",
        "@united done as requested.",
        "@SouthwestAir yes, please #companionpass",
    ):
        reply = await first_reply(parser, text, "en")
        assert _said("listen_ready", reply), reply


def test_only_an_agreement_or_a_done_is_a_thread_reply() -> None:
    assert only_acknowledges("@united deal!", "en")
    assert only_acknowledges("@united Good point!", "en")
    assert only_acknowledges("@united yes, you can. I will DM.", "en")
    assert not only_acknowledges("@united finally home after 9 hours", "en")
    assert not only_acknowledges("@united sorry but my bag is lost", "en")
    assert not only_acknowledges("@united You know what? I am done with you", "en")
    assert not only_acknowledges("@united deal!", "fa")
