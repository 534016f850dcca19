"""English round 33: first replies to real tweet shapes, with the embedded NLU model."""

from __future__ import annotations

from pathlib import Path

from bot.reflecting import first_reply
from dialogues.catalog import variants
from nlu.embedded import EmbeddedParser


def _said(key: str, reply: str) -> bool:
    return any(v.split("{")[0] in reply for v in variants("en", key) if v.split("{")[0])


async def test_a_thanks_is_never_asked_what_made_it_stand_out(nlu_model_dir: Path) -> None:
    # "@united Thanks. It is on the same ticket." was asked "What did you like most about it?"
    parser = EmbeddedParser(nlu_model_dir)
    await parser.initialize()
    reply = await first_reply(parser, "@united Thanks. It is on the same ticket.", "en")
    assert "it is on the same ticket" in reply and not _said("listen_praise", reply), reply
    for text in ("@JetBlue thanks bae", "@USAirways Thank you, busy times."):
        reply = await first_reply(parser, text, "en")
        assert _said("thanks_first", reply), reply


async def test_a_dm_sent_or_a_follow_is_never_asked_where_it_started(nlu_model_dir: Path) -> None:
    # "@AmericanAir I just DMed you" was asked "Where did it all start?": nothing was begun.
    from dialogues.sent_word import sent_or_followed

    parser = EmbeddedParser(nlu_model_dir)
    await parser.initialize()
    for text in ("@AmericanAir I just DMed you", "@USAirways following you now", "@united sent"):
        reply = await first_reply(parser, text, "en")
        assert _said("listen_ready", reply), reply
    assert not sent_or_followed("@united sent my bag to Denver", "en")
    assert not sent_or_followed("@united please dm me", "en")
