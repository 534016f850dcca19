"""Repositories on SQLite and on a real PostgreSQL: same behaviour on both."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import event, inspect, text

from dialogues.outcome import JobRecord
from storage.database import Database
from storage.export import handoff_to_dict, job_to_dict
from storage.models import Base
from storage.repositories import (
    ConversationRepository,
    CustomerRepository,
    HandoffRepository,
    InboundUpdateRepository,
    JobRepository,
    MessageRepository,
    OutboxRepository,
    PrivacyRepository,
)

JOB = JobRecord(
    situation="سفارشم سه روزه نرسیده",
    motivation="هدیه قبل از جمعه برسه",
    desired_outcome="جمعه جشن بگیریم",
    struggle="سفارشم سه روزه نرسیده",
    topic="delivery",
    intent="complaint",
    sentiment="negative",
    language="fa",
    quotes=("سفارشم سه روزه نرسیده", "هدیه قبل از جمعه برسه"),
    statement="وقتی سفارشم سه روزه نرسیده، می‌خواهم هدیه قبل از جمعه برسه.",
)


async def test_migrations_match_the_models(database: Database) -> None:
    async with database.engine.connect() as connection:
        diff = await connection.run_sync(
            lambda sync: compare_metadata(MigrationContext.configure(sync), Base.metadata)
        )
    assert diff == []


async def test_customers_are_created_once(database: Database) -> None:
    async with database.session() as session, session.begin():
        first = await CustomerRepository(session).get_or_create("telegram", "42", chat_id=42)
        again = await CustomerRepository(session).get_or_create(
            "telegram", "42", chat_id=42, display_name="Ali"
        )
        assert first.id == again.id and again.display_name == "Ali"


async def test_inbound_updates_are_idempotent(database: Database) -> None:
    async with database.session() as session, session.begin():
        repository = InboundUpdateRepository(session)
        assert await repository.store(1, {"update_id": 1}) is True
        assert await repository.store(1, {"update_id": 1}) is False

    async def store_in_own_session() -> bool:
        async with database.session() as session, session.begin():
            return await InboundUpdateRepository(session).store(2, {"update_id": 2})

    results = await asyncio.gather(*(store_in_own_session() for _ in range(4)))
    assert sorted(results) == [False, False, False, True]
    async with database.session() as session:
        pending = await InboundUpdateRepository(session).unprocessed()
        assert [u.update_id for u in pending] == [1, 2]


async def test_outbox_order_retry_and_blocking(database: Database) -> None:
    async with database.session() as session, session.begin():
        outbox = OutboxRepository(session)
        first = await outbox.enqueue(7, "one")
        second = await outbox.enqueue(7, "two", buttons=[[{"text": "Yes", "callback_data": "y"}]])
        await outbox.enqueue(8, "other chat")
    async with database.session() as session, session.begin():
        outbox = OutboxRepository(session)
        assert [r.text for r in await outbox.pending()] == ["one", "two", "other chat"]
        # A busy chat's rows are not read, and do not count against the limit.
        assert [r.text for r in await outbox.pending(limit=1, skip_chats={7})] == ["other chat"]
        later = datetime.now(UTC) + timedelta(seconds=30)
        await outbox.reschedule(first.id, later, "429")
        await outbox.mark_sent(second.id, 99)
        await outbox.mark_blocked_for_chat(8)
    async with database.session() as session:
        outbox = OutboxRepository(session)
        assert await outbox.pending_count() == 1
        rows = {r.text: r for r in await outbox.for_chat(7)}
        assert rows["one"].attempts == 1 and rows["one"].last_error == "429"
        assert rows["two"].status == "sent" and rows["two"].channel_message_id == 99
        assert rows["two"].buttons == [[{"text": "Yes", "callback_data": "y"}]]
        assert [r.status for r in await outbox.for_chat(8)] == ["blocked"]


async def test_outbox_attempts_settle_as_uncertain_and_long_texts_split(
    database: Database,
) -> None:
    async with database.session() as session, session.begin():
        outbox = OutboxRepository(session)
        await outbox.enqueue(7, "x" * 9000, audience="staff")
        [head, *_] = await outbox.pending()
        assert await outbox.mark_sending([head.id]) == 1
        assert await outbox.mark_sending([head.id]) == 0  # already claimed: not twice
    async with database.session() as session, session.begin():
        outbox = OutboxRepository(session)
        assert await outbox.reconcile() == 1  # the next start
        rows = await outbox.for_chat(7)
        assert [len(r.text or "") for r in rows] == [4096, 4096, 808]
        assert [r.status for r in rows] == ["uncertain", "pending", "pending"]
        assert rows[0].attempted_at is not None and {r.audience for r in rows} == {"staff"}
        assert await outbox.count("uncertain") == 1


async def test_jobs_export_every_field(database: Database) -> None:
    async with database.session() as session, session.begin():
        customer = await CustomerRepository(session).get_or_create("console", "a", chat_id=1)
        await JobRepository(session).add(customer.id, None, JOB)
    async with database.session() as session:
        [job] = await JobRepository(session).all()
        exported = job_to_dict(job)
    assert exported["statement"] == JOB.statement and exported["quotes"] == list(JOB.quotes)
    assert set(exported) >= {
        "id",
        "customer_id",
        "created_at",
        "situation",
        "motivation",
        "desired_outcome",
        "struggle",
        "topic",
        "intent",
        "sentiment",
        "language",
        "quotes",
        "statement",
    }
    json.dumps(exported)  # JSON-ready


async def test_handoffs_events_and_due_times(database: Database) -> None:
    now = datetime.now(UTC)
    async with database.session() as session, session.begin():
        customer = await CustomerRepository(session).get_or_create("console", "b", chat_id=2)
        handoffs = HandoffRepository(session)
        handoff = await handoffs.create(
            customer_id=customer.id,
            reason="complaint",
            topic="billing",
            language="en",
            owner_id="sara",
            remind_at=now - timedelta(seconds=1),
            escalate_at=now + timedelta(hours=1),
        )
        await handoffs.add_event(handoff.id, actor="bot", kind="created")
    async with database.session() as session:
        handoffs = HandoffRepository(session)
        assert [h.id for h in await handoffs.due(now)] == [handoff.id]
        assert (await handoffs.open_for_customer(customer.id)) is not None
        assert [e.kind for e in await handoffs.events(handoff.id)] == ["created"]
        assert handoff_to_dict(await handoffs.get(handoff.id))["owner"] == "sara"  # type: ignore[arg-type]


async def test_conversation_state_round_trips(database: Database) -> None:
    async with database.session() as session, session.begin():
        customer = await CustomerRepository(session).get_or_create("console", "c", chat_id=3)
        conversations = ConversationRepository(session)
        conversation = await conversations.start(customer.id, "ar", {"stage": "new"})
        await conversations.save(
            conversation, {"stage": "closed", "heard": ["طلبي ما وصل"]}, "closed", "closed"
        )
    async with database.session() as session:
        conversations = ConversationRepository(session)
        assert await conversations.current(customer.id) is None
        latest = await conversations.latest(customer.id)
        assert latest is not None and latest.state["heard"] == ["طلبي ما وصل"]
        assert latest.closed_at is not None


async def test_privacy_export_then_forget_leaves_no_trace(database: Database) -> None:
    async with database.session() as session, session.begin():
        customer = await CustomerRepository(session).get_or_create(
            "telegram", "77", chat_id=77, display_name="Parisa", deep_link="order_9"
        )
        await MessageRepository(session).add_inbound(
            customer_id=customer.id, text="my blue kettle arrived broken", channel_message_id=5
        )
        await JobRepository(session).add(customer.id, None, JOB)
        await HandoffRepository(session).create(
            customer_id=customer.id,
            reason="complaint",
            topic="product",
            language="en",
            reflection="your blue kettle arrived broken",
            quotes=["my blue kettle arrived broken"],
        )
        await InboundUpdateRepository(session).store(
            900, {"update_id": 900, "message": {"chat": {"id": 77}, "text": "my blue kettle"}}
        )
        await OutboxRepository(session).enqueue(77, "So your blue kettle arrived broken?")
    async with database.session() as session:
        document = await PrivacyRepository(session).export(customer.id)
    assert document["customer"]["display_name"] == "Parisa"
    assert document["messages"][0]["text"] == "my blue kettle arrived broken"
    assert document["jobs"] and document["handoffs"]
    async with database.session() as session, session.begin():
        await OutboxRepository(session).mark_sent(
            (await OutboxRepository(session).pending())[0].id, 1
        )
        await PrivacyRepository(session).forget(customer.id)
    async with database.session() as session:
        for table in Base.metadata.sorted_tables:
            for row in (await session.execute(text(f'SELECT * FROM "{table.name}"'))).all():
                dump = json.dumps([str(v) for v in row], ensure_ascii=False)
                assert "kettle" not in dump and "Parisa" not in dump, table.name
                assert "سفارشم" not in dump and "order_9" not in dump, table.name
        [job] = await JobRepository(session).all()
        assert job.topic == "delivery" and job.sentiment == "negative"  # anonymous counts stay


async def test_sqlite_runs_in_wal_mode(tmp_path: object) -> None:
    database = Database(f"sqlite+aiosqlite:///{tmp_path}/wal.db")
    await database.initialize()
    try:
        async with database.session() as session:
            mode = (await session.execute(text("PRAGMA journal_mode"))).scalar_one()
        assert mode == "wal"
    finally:
        await database.shutdown()


async def test_a_turns_read_finds_the_customer_and_their_newest_open_conversation(
    database: Database,
) -> None:
    async with database.writing() as session:
        customers = CustomerRepository(session)
        talking = await customers.get_or_create("telegram", "1", chat_id=1)
        quiet = await customers.get_or_create("telegram", "2", chat_id=2)
        conversations = ConversationRepository(session)
        older = await conversations.start(talking.id, "fa", {"n": 1})
        newer = await conversations.start(talking.id, "ar", {"n": 2})
        closed = await conversations.start(talking.id, "en", {"n": 3})
        await conversations.save(closed, {"n": 3}, "done", "closed")
        await conversations.start(quiet.id, "en", {})
        await conversations.save(await conversations.current(quiet.id), {}, "done", "closed")  # type: ignore[arg-type]
    async with database.session() as session:
        conversations = ConversationRepository(session)
        customer, conversation = await conversations.heard("telegram", "1")
        assert customer is not None and customer.id == talking.id
        assert conversation is not None and conversation.id == newer.id != older.id
        assert conversation.state == {"n": 2}
        assert conversation.id == (await conversations.current(talking.id)).id  # type: ignore[union-attr]
        customer, conversation = await conversations.heard("telegram", "2")
        assert customer is not None and customer.id == quiet.id and conversation is None
        assert await conversations.heard("telegram", "3") == (None, None)
        assert await conversations.heard("whatsapp", "1") == (None, None)


async def test_a_turns_read_gives_the_objects_the_orm_would_persistent_and_clean(
    database: Database,
) -> None:
    """On SQLite the read runs on the cursor and builds the objects by hand: every column
    as the ORM loads it, persistent and clean (a save after it is the plain Core update,
    its version the one read), nothing through SQLAlchemy's query path."""
    async with database.writing() as session:
        customer = await CustomerRepository(session).get_or_create(
            "telegram", "5", chat_id=5, display_name="Sara", deep_link="promo"
        )
        await CustomerRepository(session).set_language(customer, "ar")
        await ConversationRepository(session).start(customer.id, "ar", {"heard": ["سلام"]})
    async with database.session() as session:
        loaded = await CustomerRepository(session).get_by_external("telegram", "5")
        assert loaded is not None
        wanted = await ConversationRepository(session).current(loaded.id)
        assert wanted is not None
    seen: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement.split()[0])

    event.listen(database.engine.sync_engine, "before_cursor_execute", count)
    try:
        async with database.writing() as session:
            built, conversation = await ConversationRepository(session).heard("telegram", "5")
            assert built is not None and conversation is not None
            for row, model in ((built, loaded), (conversation, wanted)):
                state = inspect(row)
                assert state.persistent and not state.modified and not state.expired_attributes
                columns = inspect(type(row)).columns.keys()
                assert {k: getattr(row, k) for k in columns} == {
                    k: getattr(model, k) for k in columns
                }
            await ConversationRepository(session).save(conversation, {"n": 1}, "heard", "open")
    finally:
        event.remove(database.engine.sync_engine, "before_cursor_execute", count)
    if database.is_sqlite:
        assert [s for s in seen if s not in ("BEGIN", "COMMIT")] == []
    async with database.session() as session:
        stored = await ConversationRepository(session).current(loaded.id)
        assert stored is not None and (stored.state, stored.stage) == ({"n": 1}, "heard")
