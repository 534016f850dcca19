"""The turn path's Core writes (no ORM flush) behave as the ORM's did, on both engines."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event, inspect, select
from sqlalchemy.orm.exc import StaleDataError

from dialogues.text import split_text
from storage.database import Database
from storage.models import Conversation, Message, OutboxMessage
from storage.repositories import (
    ConversationRepository,
    CustomerRepository,
    MessageRepository,
    OutboxRepository,
)
from storage.repositories.outbox import queued


async def _conversation(database: Database) -> tuple[int, int]:
    async with database.session() as session, session.begin():
        customer = await CustomerRepository(session).get_or_create("console", "c", chat_id=3)
        conversation = await ConversationRepository(session).start(customer.id, "fa", {})
        return customer.id, conversation.id


async def test_save_moves_the_version_and_leaves_nothing_to_flush(database: Database) -> None:
    customer_id, _ = await _conversation(database)
    async with database.session() as session, session.begin():
        conversations = ConversationRepository(session)
        conversation = await conversations.current(customer_id)
        assert conversation is not None
        before = conversation.updated_at
        await conversations.save(
            conversation, {"stage": "heard", "language": "ar"}, "heard", "open"
        )
        assert not inspect(conversation).modified and conversation.updated_at != before
        # The same object saved again in the same transaction: its version followed.
        await conversations.save(conversation, {"stage": "closed"}, "closed", "closed")
    async with database.session() as session:
        stored = await ConversationRepository(session).latest(customer_id)
        assert stored is not None
        assert (stored.state, stored.stage, stored.status) == (
            {"stage": "closed"},
            "closed",
            "closed",
        )
        assert stored.language == "ar" and stored.closed_at is not None
        assert stored.updated_at == conversation.updated_at


async def test_save_over_a_newer_version_is_stale_and_writes_nothing(database: Database) -> None:
    customer_id, conversation_id = await _conversation(database)
    async with database.session() as reader:
        seen = await ConversationRepository(reader).current(customer_id)
        assert seen is not None
        await reader.commit()  # the read is over; ``seen`` keeps its (now old) version
        async with database.session() as other, other.begin():  # a staff action meanwhile
            theirs = await ConversationRepository(other).current(customer_id)
            assert theirs is not None
            await ConversationRepository(other).save(theirs, {"by": "staff"}, "new", "open")
        with pytest.raises(StaleDataError):
            async with reader.begin():
                await ConversationRepository(reader).save(seen, {"by": "turn"}, "new", "open")
    async with database.session() as session:
        state = await session.scalar(
            select(Conversation.state).where(Conversation.id == conversation_id)
        )
        assert state == {"by": "staff"}


async def test_inserted_rows_carry_their_ids_and_are_stored(database: Database) -> None:
    async with database.session() as session, session.begin():
        customer = await CustomerRepository(session).get_or_create("console", "c", chat_id=3)
        messages = MessageRepository(session)
        heard = await messages.add_inbound(
            customer_id=customer.id, text="سلام", channel_message_id=9
        )
        again = await messages.add_inbound(
            customer_id=customer.id, text="سلام", channel_message_id=9
        )
        long = "کلمه " * 2000  # longer than one Telegram message: several rows
        last = await OutboxRepository(session).enqueue(
            3, long, customer_id=customer.id, buttons=[[1]]
        )
        rows = queued(session)
    assert again.id == heard.id and len(rows) == len(split_text(long)) > 1 and rows[-1] is last
    async with database.session() as session:
        stored = (await session.scalars(select(Message))).all()
        assert [(m.id, m.text, m.direction, m.kind) for m in stored] == [
            (heard.id, "سلام", "in", "text")
        ]
        sent = (await session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))).all()
        assert [r.id for r in sent] == [r.id for r in rows]
        assert [r.buttons for r in sent] == [None] * (len(sent) - 1) + [[[1]]]
        assert {r.status for r in sent} == {"pending"}
        assert [r.text for r in sent] == split_text(long)
        assert all(r.created_at is not None and r.attempts == 0 for r in sent)


async def test_a_new_customer_and_conversation_are_inserted_persistent_and_clean(
    database: Database,
) -> None:
    """A turn's first contact: one Core insert each (no look-up again, no savepoint, no
    flush); the objects are as if read, so the turn's later save and language are plain
    updates; the same identity created twice is one customer."""
    seen: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement.split()[0])

    event.listen(database.engine.sync_engine, "before_cursor_execute", count)
    async with database.writing() as session:
        customers = CustomerRepository(session)
        customer = await customers.create("telegram", "77", chat_id=77, display_name="Ali")
        conversation = await ConversationRepository(session).start(
            customer.id, "en", {"stage": "listening"}
        )
        for row in (customer, conversation):
            assert inspect(row).persistent and not inspect(row).modified
        assert not session.new and not session.dirty
        await customers.set_language(customer, "fa")
        await ConversationRepository(session).save(conversation, {"k": 1}, "heard", "open")
        again = await customers.create("telegram", "77", chat_id=77)
    event.remove(database.engine.sync_engine, "before_cursor_execute", count)
    assert again.id == customer.id
    if database.is_sqlite:  # all on the cursor but the duplicate's own look-up
        assert [s for s in seen if s not in ("BEGIN", "COMMIT")] == ["SELECT"]
    async with database.session() as session:
        stored = await CustomerRepository(session).get_by_external("telegram", "77")
        assert stored is not None and (stored.language, stored.display_name) == ("fa", "Ali")
        current = await ConversationRepository(session).current(stored.id)
        assert current is not None and (current.state, current.stage) == ({"k": 1}, "heard")
        assert current.updated_at == conversation.updated_at


async def test_save_sets_the_status_only_when_it_changes(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An index entry is rewritten for every column in the SET clause, changed or not (a WAL
    page on SQLite): a turn that leaves the conversation open does not set its status."""
    from storage.repositories import conversations as module

    sets: list[set[str]] = []
    real = module.write

    async def seen(session: Any, statement: Any, parameters: Any) -> Any:
        sets.append({key for key in parameters if not key.startswith("b_")})
        return await real(session, statement, parameters)

    monkeypatch.setattr(module, "write", seen)
    customer_id, _ = await _conversation(database)
    async with database.writing() as session:
        conversations = ConversationRepository(session)
        conversation = await conversations.current(customer_id)
        assert conversation is not None
        await conversations.save(conversation, {"stage": "heard"}, "heard", "open")
        await conversations.save(conversation, {"stage": "closed"}, "closed", "closed")
    assert "status" not in sets[0] and {"state", "stage", "updated_at"} <= sets[0]
    assert {"status", "closed_at"} <= sets[1]
    async with database.session() as session:
        stored = await ConversationRepository(session).latest(customer_id)
        assert stored is not None and (stored.status, stored.stage) == ("closed", "closed")
        assert stored.state == {"stage": "closed"} and stored.closed_at is not None
