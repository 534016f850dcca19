"""Hot Core writes: straight on SQLite's cursor, the ordinary path elsewhere; same rows."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from sqlalchemy import event, exc, select

from dialogues.outcome import JobRecord
from storage.database import Database
from storage.models import Conversation, Message, OutboxMessage
from storage.repositories import (
    ConversationRepository,
    CustomerRepository,
    FeedbackRepository,
    HandoffRepository,
    InboundUpdateRepository,
    JobRepository,
    MessageRepository,
    OutboxRepository,
)
from storage.repositories.staff_messages import StaffMessageRepository


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


async def test_records_are_inserted_without_a_flush_and_read_back(database: Database) -> None:
    record = JobRecord(
        situation="s", motivation="m", desired_outcome="d", struggle="st", topic="delivery",
        intent="complaint", sentiment="negative", language="fa", quotes=("q",), statement="x",
    )  # fmt: skip
    async with database.writing() as session:
        customer = await CustomerRepository(session).get_or_create("telegram", "8", chat_id=8)
        conversation = await ConversationRepository(session).start(customer.id, "fa", {})
        handoff = await HandoffRepository(session).create(
            customer_id=customer.id, conversation_id=conversation.id, reason="r", language="fa"
        )
        job = await JobRepository(session).add(customer.id, conversation.id, record)
        feedback = await FeedbackRepository(session).add(
            customer_id=customer.id, conversation_id=None, kind="praise", quote="ق",
            topic=None, language="fa",
        )  # fmt: skip
        event = await HandoffRepository(session).add_event(handoff.id, actor="bot", kind="k")
        await StaffMessageRepository(session).add(5, 77, handoff.id, "answer")
        assert not session.new and not session.dirty  # nothing left for a flush to write
    async with database.session() as session:
        (stored_job,) = await JobRepository(session).all()
        assert (stored_job.id, stored_job.quotes, stored_job.created_at) == (
            job.id, ["q"], job.created_at,
        )  # fmt: skip
        (stored_feedback,) = await FeedbackRepository(session).all()
        assert (stored_feedback.id, stored_feedback.quote) == (feedback.id, "ق")
        (stored_event,) = await HandoffRepository(session).events(handoff.id)
        assert (stored_event.id, stored_event.detail, stored_event.at) == (event.id, {}, event.at)
        assert await StaffMessageRepository(session).lookup(5, 77) == [(handoff.id, "answer")]


async def test_a_customers_new_language_is_written_without_a_flush(database: Database) -> None:
    async with database.writing() as session:
        customer = await CustomerRepository(session).get_or_create("telegram", "9", chat_id=9)
    async with database.writing() as session:
        customer = await CustomerRepository(session).get_by_external("telegram", "9")
        assert customer is not None
        await CustomerRepository(session).set_language(customer, "ar")
        assert customer.language == "ar" and not session.dirty
        renamed = await CustomerRepository(session).get_or_create(
            "telegram", "9", display_name="Ali"
        )
        await CustomerRepository(session).set_language(renamed, "en")  # joins the flush
        assert customer.language == "en" and session.dirty
    async with database.session() as session:
        stored = await CustomerRepository(session).get_by_external("telegram", "9")
        assert stored is not None and (stored.language, stored.display_name) == ("en", "Ali")


async def test_outbox_marks_and_one_row_claims_run_on_the_cursor(database: Database) -> None:
    from bot.outbox_direct import _claim_if_next  # the sender's claim of a turn's run

    async with database.writing() as session:
        outbox = OutboxRepository(session)
        first, second, third = [await outbox.enqueue(5, t) for t in ("a", "b", "c")]
        other = await outbox.enqueue(6, "d")
    seen: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement.split()[0])

    event.listen(database.engine.sync_engine, "before_cursor_execute", count)
    async with database.writing() as session:
        now = other.created_at
        assert not await _claim_if_next(session, [second], now)  # an older row is unsent
        assert await _claim_if_next(session, [first], now)
        assert await _claim_if_next(session, [other], now)
        await OutboxRepository(session).mark_sent_each([(first.id, 71), (other.id, 72)])
    event.remove(database.engine.sync_engine, "before_cursor_execute", count)
    assert (seen == []) if database.is_sqlite else len(seen) >= 4, seen
    async with database.session() as session:
        rows = {r.id: r for r in (await session.scalars(select(OutboxMessage))).all()}
    assert [
        (rows[i].status, rows[i].channel_message_id, rows[i].attempts) for i in sorted(rows)
    ] == [
        ("sent", 71, 1),
        ("pending", None, 0),
        ("pending", None, 0),
        ("sent", 72, 1),
    ]
    assert rows[first.id].sent_at is not None and rows[first.id].sent_at.tzinfo is not None
    assert rows[first.id].attempted_at is not None and third.id in rows


async def test_a_turns_read_and_writes_take_one_transaction_between_them(
    database: Database,
) -> None:
    """A turn's read outside a transaction (SQLite: the autocommit reader, no BEGIN) sees
    what was committed last; its write transaction's statements go straight to the held
    connection; both engines store and read the same."""
    begun: list[str] = []
    through_sqlalchemy: list[str] = []

    def began(_conn: Any) -> None:
        begun.append("BEGIN")

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        through_sqlalchemy.append(statement.split()[0])

    async with database.writing() as session:
        customer = await CustomerRepository(session).get_or_create("telegram", "8", chat_id=8)
        conversation = await ConversationRepository(session).start(customer.id, "en", {"n": 0})
    engine = database.engine.sync_engine
    event.listen(engine, "begin", began)
    event.listen(engine, "before_cursor_execute", count)
    try:
        for n in (1, 2):  # the second read sees the first turn's save: no stale snapshot
            async with database.scope() as session:
                heard, open_one = await ConversationRepository(session).heard("telegram", "8")
                assert heard is not None and open_one is not None
                assert open_one.id == conversation.id and open_one.state == {"n": n - 1}
                read_begun = len(begun)
                await session.commit()
                async with database.writing(session):
                    await ConversationRepository(session).save(open_one, {"n": n}, "heard", "open")
                    await MessageRepository(session).add_outbound(
                        customer_id=heard.id, text=f"reply {n}"
                    )
                    await MessageRepository(session).mark_processed_for(heard.id)
            assert read_begun == (0 if database.is_sqlite else 1) * n + (n - 1)
    finally:
        event.remove(engine, "begin", began)
        event.remove(engine, "before_cursor_execute", count)
    if database.is_sqlite:  # one BEGIN IMMEDIATE a turn, nothing through SQLAlchemy
        assert begun == ["BEGIN", "BEGIN"] and through_sqlalchemy == []
    else:
        assert len(begun) == 4 and len(through_sqlalchemy) >= 8
    async with database.session() as session:
        texts = (
            await session.scalars(select(Message.text).where(Message.direction == "out"))
        ).all()
        assert texts == ["reply 1", "reply 2"]
        saved = await session.get(Conversation, conversation.id)
        assert saved is not None and saved.state == {"n": 2}


async def test_a_write_after_its_transaction_ended_takes_the_sessions_connection(
    database: Database,
) -> None:
    """The held connection is the write transaction's only: once it has ended, a write in
    the same session begins one of its own (and is rolled back unless committed)."""
    async with database.scope() as session:
        async with database.writing(session):
            customer = await CustomerRepository(session).get_or_create("telegram", "9", chat_id=9)
        await MessageRepository(session).add_outbound(customer_id=customer.id, text="kept")
        await session.commit()
        await MessageRepository(session).add_outbound(customer_id=customer.id, text="dropped")
        await session.rollback()
    async with database.session() as session:
        texts = (await session.scalars(select(Message.text))).all()
        assert texts == ["kept"]


def test_a_row_built_first_in_a_fresh_process_is_made_persistent() -> None:
    """``built`` skips the constructor, which is what configures the mappers: in a new
    process whose first ORM object is a turn's read (the reader path), they must be
    configured all the same, or making it persistent fails."""
    code = (
        "from storage.models import Customer, utcnow\n"
        "from storage.written import built\n"
        "from sqlalchemy.orm import make_transient_to_detached, object_mapper\n"
        "row = built(Customer, {'id': 3, 'channel': 'telegram', 'external_id': '3',"
        " 'created_at': utcnow()})\n"
        "make_transient_to_detached(row)\n"
        "assert object_mapper(row).configured and row.external_id == '3'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
