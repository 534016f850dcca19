"""What each message sent to staff stands for: recorded on send, read back by message id."""

from __future__ import annotations

from storage.database import Database
from storage.repositories import (
    CustomerRepository,
    HandoffRepository,
    OutboxRepository,
    StaffMessageRepository,
)
from storage.repositories.outbox import STAFF
from storage.repositories.staff_messages import about


async def test_a_combined_message_stands_for_every_request_it_carries(database: Database) -> None:
    async with database.session() as session, session.begin():
        customer = await CustomerRepository(session).get_or_create("telegram", "9", chat_id=9)
        first, second = [
            await HandoffRepository(session).create(
                customer_id=customer.id, reason="complaint", language="en"
            )
            for _ in range(2)
        ]
        outbox = OutboxRepository(session)
        rows = [
            await outbox.enqueue(77, "card", extra=about([first.id], "answer"), audience=STAFF),
            await outbox.enqueue(77, "done", extra=about([second.id], "resolution")),
            await outbox.enqueue(77, "plain, about nothing"),
        ]
        await StaffMessageRepository(session).record_sent(rows, 501)
        await StaffMessageRepository(session).record_sent(rows[:1], None)  # nothing to map
    async with database.session() as session:
        staff_messages = StaffMessageRepository(session)
        assert await staff_messages.lookup(77, 501) == [
            (first.id, "answer"),
            (second.id, "resolution"),
        ]
        assert await staff_messages.lookup(78, 501) == []  # ids are per chat
        assert await staff_messages.lookup(77, 502) == []
