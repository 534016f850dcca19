"""A handoff's turn without the ORM's flush and loading: the new handoff's Core insert and
the card's recent messages read on the cursor give what the ORM gave, on both engines."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event, inspect, select

from storage.database import Database
from storage.models import Handoff, Message
from storage.repositories import CustomerRepository, HandoffRepository, MessageRepository


async def _customer(database: Database, texts: list[str]) -> int:
    async with database.writing() as session:
        customer = await CustomerRepository(session).get_or_create("telegram", "5", chat_id=5)
        messages = MessageRepository(session)
        for number, text in enumerate(texts):
            if number % 2:
                await messages.add_outbound(customer_id=customer.id, text=text)
            else:
                await messages.add_inbound(
                    customer_id=customer.id, text=text, channel_message_id=number
                )
        return customer.id


async def test_a_new_handoff_is_inserted_whole_persistent_and_clean(database: Database) -> None:
    """Every column as the ORM's insert with the model's defaults wrote it; the object is
    as if read (no flush at the commit for it), and a later change is an ordinary update."""
    customer_id = await _customer(database, ["سلام"])
    due = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    seen: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement.split()[0])

    event.listen(database.engine.sync_engine, "before_cursor_execute", count)
    async with database.writing() as session:
        handoff = await HandoffRepository(session).create(
            customer_id=customer_id, reason="angry", language="fa", owner_id="sara", remind_at=due
        )
        assert inspect(handoff).persistent and not session.new and not session.dirty
        assert (handoff.status, handoff.sentiment, handoff.quotes) == ("open", "neutral", [])
        assert handoff.claimed_at is None and handoff.staff_thread_id is None  # no reload
        handoff.staff_thread_id = 44
    event.remove(database.engine.sync_engine, "before_cursor_execute", count)
    if database.is_sqlite:  # the insert on the cursor, the change an ORM update
        assert [s for s in seen if s not in ("BEGIN", "COMMIT")] == ["UPDATE"]
    async with database.session() as session:
        stored = await session.scalar(select(Handoff).where(Handoff.id == handoff.id))
        assert stored is not None
        assert (stored.status, stored.reason, stored.language, stored.owner_id) == (
            "open",
            "angry",
            "fa",
            "sara",
        )
        assert (stored.sentiment, stored.reflection, stored.quotes) == ("neutral", "", [])
        assert stored.remind_at == due and stored.created_at == handoff.created_at
        assert stored.staff_thread_id == 44 and stored.topic is None and stored.need_met is None


def _fields(message: Message) -> tuple[Any, ...]:
    return tuple(getattr(message, column.key) for column in Message.__table__.c)


async def test_recent_messages_read_on_the_cursor_equal_the_orm_loaded_ones(
    database: Database,
) -> None:
    texts = [f"پیام {n}" for n in range(15)]
    customer_id = await _customer(database, texts)
    async with database.session() as session:
        fast = await MessageRepository(session).recent(customer_id, limit=12)
        assert not session.identity_map or not database.is_sqlite  # SQLite: read, not loaded
    async with database.session() as session:
        held = Message(customer_id=customer_id, direction="in", text="loaded")
        session.add(held)
        await session.flush()  # a message held by the session: the ORM's query, as before
        loaded = await MessageRepository(session).recent(customer_id, limit=12)
        assert all(inspect(message).persistent for message in loaded)
        assert loaded[-1] is held
    assert [m.text for m in fast] == texts[3:]  # oldest first, the last twelve
    # The eleven both hold (the ORM's twelfth is the one added): every column equal.
    assert [_fields(m) for m in fast[1:]] == [_fields(m) for m in loaded[:-1]]
    assert all(m.created_at.tzinfo is not None for m in fast)
