"""The core without any channel: a real SQLite database, the embedded parser, owners.yml."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.handoffs import HandoffDesk
from bot.owners import load_owners
from bot.service import ConversationService, IncomingMessage, TurnReport
from bot.telegram.addresses import TelegramAddresses
from nlu.factory import build_parser
from nlu.parser import Parser
from storage.database import Database
from storage.models import OutboxMessage

ROOT = Path(__file__).resolve().parents[2]
REMIND, ESCALATE, FOLLOW_UP = timedelta(minutes=15), timedelta(hours=1), timedelta(hours=24)


@dataclass
class Core:
    """The service and the desk wired as ``bot.app.Services`` wires them, nothing else."""

    database: Database
    parser: Parser
    desk: HandoffDesk
    service: ConversationService

    async def says(self, user: str, text: str | None, kind: str = "text") -> TurnReport:
        """A customer's message, stored then answered, the way a channel hands it over."""
        message = IncomingMessage(
            channel="console", user_id=user, chat_id=int(user), text=text, kind=kind
        )
        await self.service.store_inbound(message)
        return await self.service.handle_burst([message])

    async def outbox(self, chat_id: int) -> list[OutboxMessage]:
        """Everything queued for one chat, oldest first."""
        async with self.database.session() as session:
            query = select(OutboxMessage).where(OutboxMessage.chat_id == chat_id)
            return list((await session.execute(query.order_by(OutboxMessage.id))).scalars())


@pytest.fixture
async def core(tmp_path: Path, nlu_model_dir: Path) -> AsyncIterator[Core]:
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'core.db'}")
    await database.initialize()
    try:
        async with _core_on(database, nlu_model_dir) as wired:
            yield wired
    finally:
        await database.shutdown()


@pytest.fixture
async def core_on_both(database: Database, nlu_model_dir: Path) -> AsyncIterator[Core]:
    """The same core on each engine (the ``database`` fixture: SQLite, then PostgreSQL)."""
    async with _core_on(database, nlu_model_dir) as wired:
        yield wired


@contextlib.asynccontextmanager
async def _core_on(database: Database, nlu_model_dir: Path) -> AsyncIterator[Core]:
    """The service and the desk on an initialised ``database``."""
    parser = build_parser("local", rasa_url="", rasa_timeout=1.0, model_dir=nlu_model_dir)
    owners = load_owners(ROOT / "owners.example.yml")
    desk = HandoffDesk(
        database,
        owners,
        remind_after=REMIND,
        escalate_after=ESCALATE,
        followup_after=FOLLOW_UP,
        addresses=TelegramAddresses(owners),  # owners.example.yml's accounts as their chats
    )
    service = ConversationService(database, parser, owners, desk, default_language="en")
    await parser.initialize()
    try:
        yield Core(database, parser, desk, service)
    finally:
        await parser.shutdown()
