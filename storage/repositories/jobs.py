"""Job-to-be-done records."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from dialogues.outcome import JobRecord
from storage.models import Job, utcnow
from storage.repositories.base import Repository
from storage.written import insert_row


class JobRepository(Repository):
    """JTBD records."""

    async def add(self, customer_id: int, conversation_id: int | None, record: JobRecord) -> Job:
        """Store a record from the policy."""
        values = {
            "customer_id": customer_id,
            "conversation_id": conversation_id,
            "created_at": utcnow(),
            "situation": record.situation,
            "motivation": record.motivation,
            "desired_outcome": record.desired_outcome,
            "struggle": record.struggle,
            "topic": record.topic,
            "intent": record.intent,
            "sentiment": record.sentiment,
            "language": record.language,
            "quotes": list(record.quotes),
            "statement": record.statement,
        }
        return await insert_row(self.session, Job, values)  # a turn's write: no flush

    async def all(self) -> Sequence[Job]:
        """Every record, oldest first."""
        return (await self.session.execute(select(Job).order_by(Job.id))).scalars().all()
