"""After /forget, the customer's words and name are in no byte of the database files."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from bot.settings import Settings
from bot.staff_words import say
from tests.fake_bot_api import FakeBotAPI
from tests.telegram.conftest import OWNER_REZA, running
from tests.telegram.test_handoff import DELIVERY, card_of, complain, wait_until

NAME = "Theodosia"
CODE = "PELICAN7731"


def on_disk(settings: Settings) -> list[str]:
    """Which of the main file and the write-ahead log still hold the name or the words."""
    main = Path(settings.database_url.removeprefix("sqlite+aiosqlite:///"))
    found = []
    for file in (main, main.with_name(main.name + "-wal")):
        data = file.read_bytes() if file.exists() else b""
        found += [f"{file.name}: {n}" for n in (NAME, CODE) if n.encode() in data]
    return found


async def test_forget_leaves_nothing_in_the_database_file_or_its_wal(
    fake: FakeBotAPI, settings: Settings
) -> None:
    chat = 880
    async with running(settings, fake):
        said = await complain(fake, chat, f"{DELIVERY}, order {CODE}", name=NAME)
        fake.push_message(chat, f"the code on the box is {CODE}", first_name=NAME)

        async def relayed() -> bool:
            return any(CODE in m and NAME in m for m in fake.messages_to(OWNER_REZA)[1:])

        await wait_until(relayed)
        # The owner answers by replying to the card: that update quotes the card.
        fake.push_message(
            OWNER_REZA, "It is on its way.", user_id=OWNER_REZA, reply_to=card_of(fake, OWNER_REZA)
        )
        said = await fake.wait_for_messages(chat, len(said) + 2, timeout=20)
        fake.push_command(OWNER_REZA, "/resolve 1 STAFFONLY courier lost it", user_id=OWNER_REZA)
        await wait_until(lambda: _resolved(fake))
        fake.push_command(chat, "/mydata", first_name=NAME, language_code="en")
        for _ in range(200):
            if fake.documents_to(chat):
                break
            await asyncio.sleep(0.1)
        mine = fake.documents_to(chat)[0].decode()
        assert CODE in mine and "STAFFONLY" not in mine  # staff-internal notes stay internal
        assert "resolution" not in json.loads(mine)["handoffs"][0]
        assert on_disk(settings) != []  # the scan sees what is there

        fake.push_command(chat, "/forget", first_name=NAME, language_code="en")
        said = await fake.wait_for_messages(chat, len(said) + 1, timeout=20)
        fake.push_callback(chat, "forget:yes", first_name=NAME, language_code="en")
        said = await fake.wait_for_messages(chat, len(said) + 1, timeout=20)
        assert "deleted" in said[-1]
        assert on_disk(settings) == []  # while the bot runs: main file and WAL
    assert on_disk(settings) == []


async def _resolved(fake: FakeBotAPI) -> bool:
    # "/resolve 1 STAFFONLY courier lost it" carries its note: confirmed as noted.
    return any(say("fa", "resolved_noted", id=1) in m for m in fake.messages_to(OWNER_REZA))
