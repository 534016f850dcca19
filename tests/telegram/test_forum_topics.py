"""Forum topics are opened on delivery, outside any turn's transaction, once per request.

A turn that rolls back (and is replayed) opens no topic; a card whose delivery is retried
reuses the topic its first attempt opened; a later card (escalation, reassignment) goes
to the same topic. Real PTB Bot, real outbox sender, SQLite and PostgreSQL, and the
fake Bot API counting calls.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from telegram import Bot

from bot.handoffs import HandoffDesk
from bot.outbox import NO_LIMITS, OutboxSender
from bot.owners import load_owners
from bot.staff_card import ESCALATED, NEW
from bot.telegram.addresses import TelegramAddresses
from bot.telegram.threads import ForumThreads
from bot.telegram.transport import TelegramTransport
from storage.database import Database
from storage.models import Handoff
from storage.repositories import CustomerRepository, HandoffRepository, MessageRepository
from tests.fake_bot_api import FakeBotAPI
from tests.telegram.conftest import OWNER_REZA, ROOT, TOKEN

TEAM = -1001234567890  # owners.example.yml's staff_chat_id


class _RolledBack(Exception):
    """Raised inside a turn's transaction to make it roll back, as a crash would."""


async def _card_turn(database: Database, desk: HandoffDesk, *, fail: bool) -> int:
    """A turn that opens a handoff and sends its card; ``fail`` rolls it back at the end."""
    owners = desk.owners
    async with database.writing() as session:
        customer = await CustomerRepository(session).get_or_create(
            "telegram", "7001", chat_id=7001, display_name="Maya"
        )
        await MessageRepository(session).add_inbound(
            customer_id=customer.id, kind="text", text="my parcel never arrived"
        )
        handoff = await HandoffRepository(session).create(
            customer_id=customer.id,
            reason="complaint",
            topic="delivery",
            language="en",
            reflection="the parcel is late",
            owner_id="reza",
        )
        await desk.send_card(session, handoff, owners.owners["reza"], heading=NEW)
        if fail:
            raise _RolledBack
        return handoff.id


async def test_a_topic_is_opened_once_under_rollback_replay_and_retry(
    fake: FakeBotAPI, database: Database
) -> None:
    fake.forums.add(TEAM)
    bot = Bot(TOKEN, base_url=fake.base_url)
    owners = load_owners(ROOT / "owners.example.yml")
    desk = HandoffDesk(
        database,
        owners,
        addresses=TelegramAddresses(owners),
        remind_after=timedelta(hours=1),
        escalate_after=timedelta(hours=2),
        followup_after=timedelta(days=1),
    )
    threads = ForumThreads(bot, database)
    desk.threads = threads
    sender = OutboxSender(database, TelegramTransport(bot, threads), NO_LIMITS)
    async with bot:
        with pytest.raises(_RolledBack):
            await _card_turn(database, desk, fail=True)
        assert fake.calls_to("createForumTopic") == []  # nothing opened inside the turn
        handoff_id = await _card_turn(database, desk, fail=False)  # the replay
        assert fake.calls_to("createForumTopic") == []  # nor before anything is sent

        # Both cards' first sends fail (after the topic was opened): each is retried.
        fake.fail_next("sendMessage", 429, retry_after=1, count=2)
        await sender.flush()
        [opened] = fake.calls_to("createForumTopic")
        assert opened[1]["name"].startswith(f"#{handoff_id} · delivery")
        [card] = fake.sent_to(TEAM)
        thread = int(card["message_thread_id"])
        assert len(fake.sent_to(OWNER_REZA)) == 1  # the owner's copy, privately

        async with database.session() as session:
            recorded = await session.get(Handoff, handoff_id)
            assert recorded is not None and recorded.staff_thread_id == thread

        # A later card for the same request (an escalation) goes to the same topic.
        async with database.writing() as session:
            handoff = await HandoffRepository(session).get(handoff_id)
            assert handoff is not None
            await desk.send_card(session, handoff, owners.owners["sara"], heading=ESCALATED)
        await sender.flush()
    assert len(fake.calls_to("createForumTopic")) == 1
    assert [int(p["message_thread_id"]) for p in fake.sent_to(TEAM)] == [thread, thread]
