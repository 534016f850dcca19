"""The service stamps each turn with its clock: a message minutes after closing is no return."""

from __future__ import annotations

import io

from bot.console import ConsoleChat
from dialogues.catalog import variants
from tests.bot.conftest import Core


async def test_a_message_minutes_after_closing_is_not_welcomed_back(core: Core) -> None:
    now = [1_000_000.0]
    core.service.clock = lambda: now[0]  # the injected clock: no sleeping, no wall time
    out = io.StringIO()
    chat = ConsoleChat(core.service, core.database, customer_id="903", out=out)

    async def reply(text: str) -> str:
        before = len(out.getvalue())
        await chat.say(text)
        return out.getvalue()[before:]

    await chat.say(None, kind="start")
    await reply("nothing, that's all")  # closed at once: nothing told
    now[0] += 3 * 24 * 3600  # three days later: they came back
    later = await reply("hi")
    assert any(v in later for v in variants("en", "welcome_back")), later
    await reply("nothing, that's all")
    now[0] += 60  # a minute after closing: a second thought
    soon = await reply("actually, my parcel came without the charger")
    assert any(v in soon for v in variants("en", "still_here")), soon
    assert not any(v in soon for v in variants("en", "welcome_back")), soon
