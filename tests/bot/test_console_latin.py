"""Persian and Arabic typed in Latin letters, through the real service and NLU."""

from __future__ import annotations

import io

from bot.console import ConsoleChat
from dialogues.catalog import variants
from tests.bot.conftest import Core


async def _chat(core: Core, customer: str) -> tuple[ConsoleChat, io.StringIO]:
    out = io.StringIO()
    chat = ConsoleChat(core.service, core.database, customer_id=customer, out=out)
    await chat.say(None, kind="start")
    return chat, out


async def _reply(chat: ConsoleChat, out: io.StringIO, text: str) -> str:
    before = len(out.getvalue())
    await chat.say(text)
    return out.getvalue()[before:]


async def test_arabizi_is_answered_in_arabic_and_its_short_answers_understood(
    core: Core,
) -> None:
    chat, out = await _chat(core, "951")
    first = await _reply(chat, out, "marhaba, el talab ma wesel, 3 ayam")
    assert any(v in first for v in variants("ar", "listen_more")), first
    second = await _reply(chat, out, "w mahada byrod 3alaya")  # no word tells: still Arabic
    assert "w mahada byrod 3alaya" in second and "?" not in second, second  # reflected, Arabic
    yes = await _reply(chat, out, "aywa")  # «ايوه»: the reflection is agreed
    assert "سؤالين" in yes, yes  # the permission question ("two short questions"), in Arabic


async def test_finglish_na_hamin_closes(core: Core) -> None:
    chat, out = await _chat(core, "952")
    await _reply(chat, out, "salam, sefaresh-am narasid")
    await _reply(chat, out, "3 rooze montazeram")
    for text in ("are", "bepors", "inke ta panjshanbe berese", "na mersi"):
        said = await _reply(chat, out, text)
        assert "?" not in said, said  # every prompt in Persian: never an English question
    done = await _reply(chat, out, "na hamin")
    bot_lines = [line for line in done.splitlines() if line.startswith("hamdel>")]
    assert "[handoff]" in done and not any("na hamin" in line for line in bot_lines), done
