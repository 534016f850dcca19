"""A few chats' pending rows read on SQLite's cursor hold what the ORM loads for them
(timestamps with their zone, JSON, every column); the ordinary path elsewhere."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import inspect

from storage.database import Database
from storage.models import OutboxMessage, utcnow
from storage.repositories import OutboxRepository
from storage.repositories.outbox import STAFF


def _values(row: OutboxMessage) -> dict[str, object]:
    return {c.key: getattr(row, c.key) for c in inspect(OutboxMessage).columns}


async def test_pending_of_a_few_chats_is_what_the_orm_reads(database: Database) -> None:
    async with database.writing() as session:
        outbox = OutboxRepository(session)
        await outbox.enqueue(5, "other chat")
        late = await outbox.enqueue(
            1001, "#1 card", extra={"tag": "#1", "handoffs": [1]}, audience=STAFF
        )
        await outbox.reschedule(late.id, utcnow() + timedelta(hours=1), "busy", count_attempt=True)
        await outbox.enqueue(7, "hello", buttons=[[{"text": "Yes", "callback_data": "y"}]])
        sent = await outbox.enqueue(7, "gone")
        await outbox.mark_sent_each([(sent.id, 99)])
        await outbox.enqueue(1001, None, kind="copy", extra={"from_chat_id": 7, "message_id": 3})
    async with database.writing() as session:  # as a settle reads them: in its transaction
        fast = await OutboxRepository(session).pending_of({7, 1001})
        slow = await OutboxRepository(session).pending(chats={7, 1001})
    assert [r.text for r in fast] == ["#1 card", "hello", None]  # oldest first, pending only
    assert [_values(r) for r in fast] == [_values(r) for r in slow]
    due = fast[0].next_attempt_at
    assert due is not None and due.tzinfo is not None and due > utcnow()
    assert fast[0].attempts == 1 and fast[1].buttons == [[{"text": "Yes", "callback_data": "y"}]]


async def test_the_marks_tell_which_chats_have_a_row_waiting(database: Database) -> None:
    """SQLite: each mark answers the settle's question for its chat (no read of its own);
    a row not marked (sent already) answers nothing. PostgreSQL: the settle asks."""
    async with database.writing() as session:
        outbox = OutboxRepository(session)
        first, behind = await outbox.enqueue(7, "first"), await outbox.enqueue(7, "behind")
        alone = await outbox.enqueue(8, "alone")
        await outbox.claim([first.id, alone.id])
        told = await outbox.mark_sent_each([(first.id, 71), (alone.id, 81)])
        again = await outbox.mark_sent_each([(first.id, 72)])
        waiting = await outbox.pending_chats({7, 8})
    if database.is_sqlite:
        assert told == {first.id: True, alone.id: False} and again == {}
    else:
        assert told == {} and again == {}
    assert waiting == {7}  # what the marks told, as the settle's read has it
    async with database.session() as session:
        rows = {r.text: r for r in await OutboxRepository(session).for_chat(7)}
    assert (rows["first"].status, rows["first"].channel_message_id) == ("sent", 71)
    assert rows["behind"].status == "pending" and behind.id > first.id
