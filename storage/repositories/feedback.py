"""Praise and ideas, verbatim."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from storage.models import Feedback, utcnow
from storage.repositories.base import Repository
from storage.written import insert_row


class FeedbackRepository(Repository):
    """Praise and ideas."""

    async def add(
        self,
        *,
        customer_id: int,
        conversation_id: int | None,
        kind: str,
        quote: str,
        topic: str | None,
        language: str,
    ) -> Feedback:
        """Store praise or an idea."""
        values = {
            "customer_id": customer_id,
            "conversation_id": conversation_id,
            "kind": kind,
            "quote": quote,
            "topic": topic,
            "language": language,
            "created_at": utcnow(),
        }
        return await insert_row(self.session, Feedback, values)  # a turn's write: no flush

    async def all(self) -> Sequence[Feedback]:
        """Everything, oldest first."""
        return (await self.session.execute(select(Feedback).order_by(Feedback.id))).scalars().all()
