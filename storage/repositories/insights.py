"""What customers struggle with, counted for staff (the dashboard)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select

from storage.models import Feedback, Handoff, Job
from storage.repositories.base import Repository


class InsightsRepository(Repository):
    """Aggregates over jobs, handoffs and feedback; nothing personal."""

    async def struggles(self) -> list[tuple[str, str, int]]:
        """(topic, sentiment, count) over handoffs, most common first."""
        topic = func.coalesce(Handoff.topic, "other")
        query = (
            select(topic, Handoff.sentiment, func.count())
            .group_by(topic, Handoff.sentiment)
            .order_by(func.count().desc())
        )
        return [(str(t), str(s), int(n)) for t, s, n in (await self.session.execute(query)).all()]

    async def recent_jobs(self, limit: int = 20) -> Sequence[Job]:
        """The newest job-to-be-done records with a statement."""
        query = select(Job).where(Job.statement != "").order_by(Job.id.desc()).limit(limit)
        return (await self.session.execute(query)).scalars().all()

    async def open_handoffs(self) -> Sequence[Handoff]:
        """Requests a person still owns."""
        query = select(Handoff).where(Handoff.status.in_(("open", "claimed"))).order_by(Handoff.id)
        return (await self.session.execute(query)).scalars().all()

    async def recent_feedback(self, limit: int = 20) -> Sequence[Feedback]:
        """The newest praise and ideas."""
        query = select(Feedback).where(Feedback.quote != "").order_by(Feedback.id.desc())
        return (await self.session.execute(query.limit(limit))).scalars().all()

    async def satisfaction(self) -> tuple[float | None, int]:
        """Average 1–5 rating and how many ratings."""
        query = select(func.avg(Handoff.satisfaction), func.count(Handoff.satisfaction))
        average, count = (await self.session.execute(query)).one()
        return (float(average) if average is not None else None), int(count)
