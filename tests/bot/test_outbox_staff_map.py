"""The sender records what each staff message stands for, combined bursts included."""

from __future__ import annotations

from pathlib import Path

from bot.outbox import NO_LIMITS, OutboxSender
from storage.database import Database
from storage.repositories import (
    CustomerRepository,
    HandoffRepository,
    OutboxRepository,
    StaffMessageRepository,
)
from storage.repositories.staff_messages import about
from tests.bot.test_outbox import Recorder


async def test_each_sent_message_maps_to_every_request_it_carries(tmp_path: Path) -> None:
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'o.db'}")
    await database.initialize()
    async with database.session() as session, session.begin():
        customer = await CustomerRepository(session).get_or_create("telegram", "5", chat_id=5)
        ids = [
            (
                await HandoffRepository(session).create(
                    customer_id=customer.id, reason="complaint", language="en"
                )
            ).id
            for _ in range(3)
        ]
        outbox = OutboxRepository(session)
        for handoff_id in ids:  # a burst of cards for one owner: combined into one message
            await outbox.enqueue(
                7, f"card {handoff_id}", extra=about([handoff_id], "answer"), audience="staff"
            )
        await outbox.enqueue(8, "resolved", extra=about([ids[0]], "resolution"))
        await outbox.enqueue(5, "to the customer")  # about no request: nothing recorded
    recorder = Recorder()
    assert await OutboxSender(database, recorder, NO_LIMITS).flush() == 5
    sent = {text: number for number, (_, text, _) in enumerate(recorder.sent, start=1)}
    combined = next(n for text, n in sent.items() if text.startswith("card"))
    async with database.session() as session:
        staff_messages = StaffMessageRepository(session)
        assert len(recorder.sent) == 3
        assert await staff_messages.lookup(7, combined) == [(i, "answer") for i in ids]
        assert await staff_messages.lookup(8, sent["resolved"]) == [(ids[0], "resolution")]
        assert await staff_messages.lookup(5, sent["to the customer"]) == []
    await database.shutdown()
