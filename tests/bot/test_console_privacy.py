"""`hamdel chat`'s /privacy, /mydata and /forget answer as on Telegram, never as a telling."""

from __future__ import annotations

import io
import json

from sqlalchemy import select

from bot.console import ConsoleChat
from bot.privacy import PrivacyDesk, text
from storage.models import Message
from tests.bot.conftest import Core


async def test_privacy_commands_are_answered_not_heard(core: Core) -> None:
    out = io.StringIO()
    desk = PrivacyDesk(core.database, "console", "fa", 30)
    lines = io.StringIO("my order is three days late\n/mydata\n/privacy\n/forget\n/forget yes\n")
    chat = ConsoleChat(
        core.service, core.database, customer_id="902", inp=lines, out=out, privacy=desk
    )
    await chat.run()
    printed = out.getvalue()
    start = printed.index("you> /mydata")
    answer = printed[start:].split("hamdel> ", 1)[1].split("\nyou> ", 1)[0]
    copy, readable = answer.split("\nhamdel> ", 1)  # the JSON, then the text summary
    told = [m["text"] for m in json.loads(copy)["messages"] if m["direction"] == "in"]
    assert "Your data at Hamdel" in readable and "my order is three days late" in readable
    assert "my order is three days late" in told and "/mydata" not in told  # no telling
    language = "en"  # the customer wrote in English: the notices are in English
    assert text(language, "privacy_notice", days=30) in printed
    assert text(language, "forget_confirm") in printed
    assert "[buttons] /forget yes  |  /forget no" in printed
    assert text(language, "forget_done") in printed
    async with core.database.session() as session:
        kept = (await session.execute(select(Message.text))).scalars().all()
    assert "my order is three days late" not in kept
