"""Hot Core writes: straight on SQLite's cursor, the ordinary path elsewhere; same rows."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event, exc, select

from storage.database import Database
from storage.models import Conversation, Message, OutboxMessage
from storage.repositories import (
    ConversationRepository,
    CustomerRepository,
    InboundUpdateRepository,
    MessageRepository,
    OutboxRepository,
)


async def test_hot_writes_store_what_the_orm_reads_back(database: Database) -> None:
    seen: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement.split()[0])

    event.listen(database.engine.sync_engine, "before_cursor_execute", count)
    async with database.writing() as session:
        customer = await CustomerRepository(session).get_or_create("telegram", "7", chat_id=7)
        conversation = await ConversationRepository(session).start(customer.id, "fa", {})
        before = len(seen)
        messages = MessageRepository(session)
        heard = await messages.add_inbound(
            customer_id=customer.id, text="سلام", channel_message_id=3
        )
        again = await messages.add_inbound(customer_id=customer.id, text="x", channel_message_id=3)
        said = await messages.add_outbound(customer_id=customer.id, text="درود")
        row = await OutboxRepository(session).enqueue(7, "درود", buttons=[[{"t": "ی"}]])
        updates = InboundUpdateRepository(session)
        assert await updates.store(41, {"text": "ی"}) and not await updates.store(41, {})
        await updates.mark_processed([41])
        await messages.mark_processed_for(customer.id)
        await ConversationRepository(session).save(conversation, {"k": "ش"}, "heard", "open")
        through_sqlalchemy = seen[before:]
    event.remove(database.engine.sync_engine, "before_cursor_execute", count)
    if database.is_sqlite:  # only the duplicate's own look-up and load went through it
        assert through_sqlalchemy == ["SELECT", "SELECT"]
    else:
        assert len(through_sqlalchemy) >= 9
    assert again.id == heard.id != said.id
    async with database.session() as session:
        stored = (await session.scalars(select(Message).order_by(Message.id))).all()
        assert [(m.text, m.direction, m.processed_at is not None) for m in stored] == [
            ("سلام", "in", True),
            ("درود", "out", True),
        ]
        sent = await session.get(OutboxMessage, row.id)
        assert sent is not None and sent.buttons == [[{"t": "ی"}]] and sent.status == "pending"
        assert sent.created_at.tzinfo is not None
        saved = await session.get(Conversation, conversation.id)
        assert saved is not None and saved.state == {"k": "ش"} and saved.stage == "heard"
        assert saved.updated_at == conversation.updated_at  # the version read back exactly
        update = await InboundUpdateRepository(session).get(41)
        assert update is not None and update.payload == {"text": "ی"} and update.processed_at


async def test_a_failing_hot_write_raises_as_sqlalchemy_does(database: Database) -> None:
    with pytest.raises(exc.IntegrityError):
        async with database.writing() as session:
            await MessageRepository(session).add_outbound(customer_id=999, text="nobody")
    async with database.session() as session:
        assert (await session.scalars(select(Message))).all() == []
