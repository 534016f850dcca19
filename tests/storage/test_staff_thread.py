"""A request's forum topic is recorded once: a second, later topic never replaces it."""

from __future__ import annotations

from storage.database import Database
from storage.repositories import CustomerRepository, HandoffRepository


async def test_the_first_recorded_topic_stays(database: Database) -> None:
    async with database.writing() as session:
        customer = await CustomerRepository(session).get_or_create("telegram", "1", chat_id=1)
        handoff = await HandoffRepository(session).create(
            customer_id=customer.id, reason="complaint", language="en", reflection="late"
        )
        handoff_id = handoff.id
    async with database.writing() as session:
        handoffs = HandoffRepository(session)
        assert await handoffs.staff_thread(handoff_id) is None
        assert await handoffs.record_staff_thread(handoff_id, 41) is True
        assert await handoffs.record_staff_thread(handoff_id, 42) is False  # a replay's topic
    async with database.session() as session:
        handoffs = HandoffRepository(session)
        assert await handoffs.staff_thread(handoff_id) == 41
        found = await handoffs.by_staff_thread(41)
        assert found is not None and found.id == handoff_id
