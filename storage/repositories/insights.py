"""What customers struggle with, counted for staff (the dashboard)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select

from storage.models import Conversation, Feedback, Handoff, HandoffEvent, Job
from storage.repositories.base import Repository


class InsightsRepository(Repository):
    """Aggregates over jobs, handoffs and feedback; nothing personal."""

    async def jobs_since(self, since: datetime | None) -> Sequence[Job]:
        """Job records (newest first), from ``since`` when given."""
        query = select(Job).order_by(Job.id.desc())
        if since is not None:
            query = query.where(Job.created_at >= since)
        return (await self.session.execute(query)).scalars().all()

    async def handoffs_since(self, since: datetime | None) -> Sequence[Handoff]:
        """Every request (oldest first), from ``since`` when given."""
        query = select(Handoff).order_by(Handoff.id)
        if since is not None:
            query = query.where(Handoff.created_at >= since)
        return (await self.session.execute(query)).scalars().all()

    async def timelines(self, handoff_ids: Sequence[int]) -> dict[int, list[HandoffEvent]]:
        """Each request's audit lines, in order."""
        found: dict[int, list[HandoffEvent]] = {i: [] for i in handoff_ids}
        if not handoff_ids:
            return found
        query = (
            select(HandoffEvent)
            .where(HandoffEvent.handoff_id.in_(handoff_ids))
            .order_by(HandoffEvent.at, HandoffEvent.id)
        )
        for event in (await self.session.execute(query)).scalars():
            found[event.handoff_id].append(event)
        return found

    async def conversation_starts(self, since: datetime) -> list[datetime]:
        """When each conversation since ``since`` began."""
        query = select(Conversation.created_at).where(Conversation.created_at >= since)
        return [row[0] for row in (await self.session.execute(query)).all()]

    async def praise_and_ideas(
        self, since: datetime | None = None, limit: int = 500
    ) -> list[tuple[Feedback, str | None]]:
        """Feedback with the owner of the same conversation's request (who was praised)."""
        query = (
            select(Feedback, Handoff.owner_id)
            .outerjoin(Handoff, Handoff.conversation_id == Feedback.conversation_id)
            .where(Feedback.quote != "")
            .order_by(Feedback.id.desc())
            .limit(limit)
        )
        if since is not None:
            query = query.where(Feedback.created_at >= since)
        seen: set[int] = set()
        rows: list[tuple[Feedback, str | None]] = []
        for feedback, owner in (await self.session.execute(query)).all():
            if feedback.id not in seen:  # one line per feedback even with two requests
                seen.add(feedback.id)
                rows.append((feedback, owner))
        return rows
