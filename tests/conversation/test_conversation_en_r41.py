"""English round 41: first replies to real tweet shapes, with the embedded NLU model."""

from __future__ import annotations

from pathlib import Path

from bot.reflecting import first_reply
from dialogues.catalog import variants
from nlu.embedded import EmbeddedParser


def _said(key: str, reply: str) -> bool:
    return any(v.split("{")[0] in reply for v in variants("en", key) if v.split("{")[0])


async def test_a_thanks_is_never_asked_what_made_it_stand_out(nlu_model_dir: Path) -> None:
    # "@USAirways thanks. 😒" was asked "What made it stand out for you?": nothing was praised.
    parser = EmbeddedParser(nlu_model_dir)
    await parser.initialize()
    for text in (
        "@USAirways thanks. 😒",
        "@united no thank you",
        "@SouthwestAir oh my gosh! Going to dm you now! Thank you!",
        "@united Thank you. Any help is appreciated.",
    ):
        reply = await first_reply(parser, text, "en")
        assert not _said("listen_praise", reply), reply
    reply = await first_reply(parser, "@AmericanAir well Done all of you xx", "en")
    assert _said("listen_praise", reply), reply
