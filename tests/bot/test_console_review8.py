"""Round 8: the owner told which language the customer reads; their number in their digits."""

from __future__ import annotations

import io
import re

from bot.console import ConsoleChat
from bot.staff_words import say, term
from tests.bot.conftest import Core

TOLD = "the parcel was meant to come tuesday and the tracking has not moved since"


async def _handed_off(core: Core, customer: str) -> tuple[ConsoleChat, io.StringIO, int]:
    out = io.StringIO()
    chat = ConsoleChat(core.service, core.database, customer_id=customer, out=out)
    await chat.say(None, kind="start")
    await chat.say(TOLD)
    for line in ("yes", "sure", "yes", "ok", "no that's it", "no", "no"):
        report = await chat.say(line)
        if report.handoffs:
            return chat, out, report.handoffs[0].id
    (handoff,) = (await chat.say("please let me talk to a person")).handoffs
    return chat, out, handoff.id


async def test_a_reply_in_another_language_tells_the_owner_once(core: Core) -> None:
    chat, out, handoff_id = await _handed_off(core, "981")
    note = say("fa", "reply_other_language", language=term("fa", "en"))
    before = len(out.getvalue())
    await chat.staff(f"/staff reply {handoff_id} سلام، بسته فردا صبح به دستتان می‌رسد")
    first = out.getvalue()[before:]
    assert note in first, first
    assert "سلام، بسته فردا صبح" in first  # relayed as written, never translated
    before = len(out.getvalue())
    await chat.staff(f"/staff reply {handoff_id} پیک ساعت ده می‌آید")
    assert note not in out.getvalue()[before:]  # told once


async def test_a_reply_in_the_customers_language_says_nothing_of_it(core: Core) -> None:
    chat, out, handoff_id = await _handed_off(core, "982")
    await chat.staff(f"/staff reply {handoff_id} the courier will bring it tomorrow morning")
    assert say("fa", "reply_other_language", language=term("fa", "en")) not in out.getvalue()


async def test_an_unnamed_customers_number_is_in_the_staff_lines_digits(core: Core) -> None:
    _, out, handoff_id = await _handed_off(core, "983")
    card = out.getvalue().split(f"[staff → Reza Karimi] #{handoff_id}")[1]
    line = next(x for x in card.splitlines() if x.startswith("مشتری:"))
    number = line.split("·")[0]
    assert re.search("[۰-۹]", number) and not re.search("[0-9]", number), line
