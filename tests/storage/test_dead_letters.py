"""Dead letters in inbound_updates, on SQLite and PostgreSQL: kept, counted, never replayed."""

from __future__ import annotations

from storage.database import Database
from storage.repositories import InboundUpdateRepository

UNREADABLE = {"update_id": 2**63 - 1, "message": {"message_id": 1, "text": "x"}}


async def test_dead_letters_are_kept_aside(database: Database) -> None:
    async with database.session() as session, session.begin():
        repository = InboundUpdateRepository(session)
        biggest = 2**63 - 1  # the largest id the webhook accepts fits the column
        assert await repository.store(biggest, UNREADABLE, dead_reason="unparseable: " + "x" * 500)
        assert await repository.store(5, {"update_id": 5}) is True
        assert await repository.store(6, {"update_id": 6}) is True
        assert [await repository.count_attempt(6) for _ in range(3)] == [1, 2, 3]
        assert await repository.count_attempt(404) == 0  # never stored
        await repository.dead_letter(6, "failed 3 times: OperationalError")
        await repository.mark_processed([5])
        await repository.dead_letter(5, "too late: it was answered")  # answered stays answered
    async with database.session() as session:
        repository = InboundUpdateRepository(session)
        assert await repository.unprocessed() == []
        dead = await repository.dead_letters()
        assert [d.update_id for d in dead] == [6, 2**63 - 1]
        assert dead[1].payload == UNREADABLE and len(dead[1].dead_reason or "") == 200
        assert dead[0].attempts == 3 and dead[0].dead_at is not None
        assert await repository.dead_count() == 2
