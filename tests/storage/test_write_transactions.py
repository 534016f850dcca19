"""Write transactions (SQLite: ``storage.sqlite_writer``'s, off the session's machinery)
keep the session's guarantees on both engines: hot writes and ORM work in one
transaction, one commit each, nothing kept when the body fails, nothing seen early."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event, func, select

from storage.database import Database
from storage.models import Customer, Message
from storage.repositories import ConversationRepository, CustomerRepository, MessageRepository


async def _texts(database: Database) -> list[str | None]:
    async with database.scope() as session:
        return list((await session.scalars(select(Message.text).order_by(Message.id))).all())


async def test_hot_writes_and_orm_work_commit_together_once(database: Database) -> None:
    commits: list[int] = []

    def committed(_conn: Any) -> None:
        commits.append(1)

    event.listen(database.engine.sync_engine, "commit", committed)
    try:
        async with database.writing() as session:
            customer = await CustomerRepository(session).get_or_create("telegram", "1", chat_id=1)
            await MessageRepository(session).add_outbound(customer_id=customer.id, text="hot")
            session.add(Customer(channel="telegram", external_id="2", chat_id=2))  # ORM
            count = await session.scalar(select(func.count()).select_from(Customer))
            assert count == 2  # the query flushed into the same transaction
        assert commits == [1]
        async with database.writing() as session:  # hot writes only
            await MessageRepository(session).add_outbound(customer_id=customer.id, text="more")
        assert commits == [1, 1]
    finally:
        event.remove(database.engine.sync_engine, "commit", committed)
    assert await _texts(database) == ["hot", "more"]
    async with database.scope() as session:
        names = (await session.scalars(select(Customer.external_id))).all()
        assert sorted(names) == ["1", "2"]


async def test_a_failing_body_keeps_nothing_and_the_next_write_goes_on(
    database: Database,
) -> None:
    async with database.writing() as session:
        customer = await CustomerRepository(session).get_or_create("telegram", "1", chat_id=1)
    with pytest.raises(RuntimeError):
        async with database.writing() as session:
            await MessageRepository(session).add_outbound(customer_id=customer.id, text="lost")
            session.add(Customer(channel="telegram", external_id="3"))
            await session.flush()  # ORM work joined the transaction too
            raise RuntimeError("the turn failed")
    async with database.writing() as session:
        await MessageRepository(session).add_outbound(customer_id=customer.id, text="kept")
    assert await _texts(database) == ["kept"]
    async with database.scope() as session:
        assert (await session.scalars(select(Customer.external_id))).all() == ["1"]


async def test_a_write_in_progress_is_not_seen_by_readers(database: Database) -> None:
    async with database.writing() as session:
        customer = await CustomerRepository(session).get_or_create("telegram", "1", chat_id=1)
    async with database.writing() as session:
        await MessageRepository(session).add_outbound(customer_id=customer.id, text="soon")
        assert await _texts(database) == []  # another session: not committed yet
        assert await session.scalar(select(func.count()).select_from(Message)) == 1  # its own
    assert await _texts(database) == ["soon"]


async def test_a_turns_changes_to_what_it_read_are_flushed_with_its_write(
    database: Database,
) -> None:
    """A turn reads (no transaction), then changes the customer it read inside its write
    transaction: the change is flushed and committed with the hot writes."""
    async with database.writing() as session:
        await CustomerRepository(session).get_or_create("telegram", "1", chat_id=1)
    async with database.scope() as session:
        customer, _ = await ConversationRepository(session).heard("telegram", "1")
        assert customer is not None
        if session.in_transaction():
            await session.commit()
        async with database.writing(session):
            CustomerRepository.touch(customer, chat_id=5, display_name="Sara")
            await MessageRepository(session).add_outbound(customer_id=customer.id, text="hi")
    async with database.scope() as session:
        stored = await CustomerRepository(session).get_by_external("telegram", "1")
        assert stored is not None and (stored.chat_id, stored.display_name) == (5, "Sara")
    assert await _texts(database) == ["hi"]
