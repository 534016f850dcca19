"""PostgreSQL: a turn holds no pooled connection (and no chat lock) while NLU runs.

A turn reads what NLU needs with no transaction, gives the connection back, runs NLU,
then takes the chat's lock and reads again; NLU is worked out again only when what it
took from the database (the language the chat is in) moved meanwhile.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import update

from bot.service import IncomingMessage
from nlu.parser import Parser
from nlu.result import ParseResult
from storage.database import Database
from storage.models import Conversation, Customer
from tests.bot.conftest import Core


class Watching:
    """The real parser, noting how many pooled connections were out at each parse."""

    def __init__(self, parser: Parser, database: Database) -> None:
        self.parser = parser
        self.database = database
        self.checked_out: list[int] = []
        self.languages: list[str | None] = []
        self.during: Any = None  # an awaitable factory run inside the next parse

    def __getattr__(self, name: str) -> Any:
        return getattr(self.parser, name)

    async def parse(self, text: str, language: str | None = None) -> ParseResult:
        pool = self.database.engine.sync_engine.pool
        self.checked_out.append(pool.checkedout())  # type: ignore[attr-defined]
        self.languages.append(language)
        if self.during is not None:
            during, self.during = self.during, None
            await during()
        return await self.parser.parse(text, language)


def _message(text: str) -> IncomingMessage:
    return IncomingMessage(channel="console", user_id="4401", chat_id=4401, text=text)


async def test_a_turn_gives_its_connection_back_before_nlu(core_on_both: Core) -> None:
    if core_on_both.database.is_sqlite:
        return  # one process: its chat lock is in memory, NLU already runs outside
    watching = Watching(core_on_both.parser, core_on_both.database)
    core_on_both.service.parser = watching
    for text in ("my order is three days late", "yes"):
        await core_on_both.service.store_inbound(_message(text))
        report = await core_on_both.service.handle_burst([_message(text)])
        assert report.replies
    assert watching.checked_out == [0, 0]  # one parse a turn, no connection out meanwhile


async def test_nlu_is_worked_out_again_when_the_chats_language_moved(
    core_on_both: Core,
) -> None:
    if core_on_both.database.is_sqlite:
        return
    database = core_on_both.database
    watching = Watching(core_on_both.parser, database)
    core_on_both.service.parser = watching
    await core_on_both.service.handle_burst([_message("my order is three days late")])

    async def another_process_turn() -> None:  # commits while this turn's NLU runs
        async with database.writing() as session:
            await session.execute(update(Customer).values(language="ar"))
            await session.execute(update(Conversation).values(language="ar"))

    watching.during = another_process_turn
    watching.languages.clear()
    await core_on_both.service.handle_burst([_message("ok")])
    assert len(watching.languages) == 2  # the first parse's input changed under it
