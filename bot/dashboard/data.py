"""What the pages, the API, the CSV exports and the digest show, computed from the database."""

from __future__ import annotations

import asyncio
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from bot.dashboard.groups import cluster
from bot.owners import OwnersDirectory
from storage.database import Database
from storage.models import Handoff, Job
from storage.repositories import InsightsRepository

PERIODS = {"7": 7, "30": 30, "90": 90, "all": None}
LANGUAGES = ("fa", "ar", "en")
SENTIMENTS = ("negative", "neutral", "positive")


@dataclass(frozen=True)
class Filters:
    """The jobs page's filters, from query parameters (anything unknown is ignored)."""

    topic: str | None = None
    language: str | None = None
    sentiment: str | None = None
    period: str = "30"

    @classmethod
    def parse(cls, query: Mapping[str, str]) -> Filters:
        """Keep only values we know; a hand-edited URL can't inject anything."""
        language = query.get("language") or None
        sentiment = query.get("sentiment") or None
        topic = (query.get("topic") or "").strip()[:32] or None
        period = query.get("period", "30")
        return cls(
            topic=topic if topic and topic.replace("_", "").isalnum() else None,
            language=language if language in LANGUAGES else None,
            sentiment=sentiment if sentiment in SENTIMENTS else None,
            period=period if period in PERIODS else "30",
        )

    def days(self) -> int | None:
        """The period in days (None: all time)."""
        return PERIODS[self.period]

    def keep(self, job: Job) -> bool:
        """Whether a job passes the topic, language and sentiment filters."""
        return (
            (self.topic is None or (job.topic or "other") == self.topic)
            and (self.language is None or job.language == self.language)
            and (self.sentiment is None or job.sentiment == self.sentiment)
        )


def job_text(job: Job) -> str:
    """The customer's own words for a job: the statement, else the struggle, else a quote."""
    quotes = [str(q) for q in job.quotes or [] if q]
    return job.statement or job.struggle or (quotes[0] if quotes else "")


def week_of(moment: datetime) -> str:
    """ISO week label, e.g. 2026-W47."""
    year, week, _ = moment.isocalendar()
    return f"{year}-W{week:02d}"


def _weeks(now: datetime, count: int) -> list[str]:
    return [week_of(now - timedelta(weeks=count - 1 - i)) for i in range(count)]


def _hours(start: datetime, end: datetime | None) -> float | None:
    return None if end is None else (end - start).total_seconds() / 3600


def _median(values: Sequence[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return round(statistics.median(present), 2) if present else None


async def overview(database: Database, now: datetime, weeks: int = 8) -> dict[str, Any]:
    """Per ISO week: conversations, requests opened/claimed/resolved, medians, satisfaction."""
    since = now - timedelta(weeks=weeks)
    async with database.session() as session:
        insights = InsightsRepository(session)
        starts = await insights.conversation_starts(since)
        handoffs = await insights.handoffs_since(since)
    labels = _weeks(now, weeks)
    rows: dict[str, dict[str, Any]] = {w: {"week": w, "conversations": 0} for w in labels}
    for start in starts:
        if (key := week_of(start)) in rows:
            rows[key]["conversations"] += 1
    per_week: dict[str, list[Handoff]] = {w: [] for w in labels}
    for handoff in handoffs:
        per_week.setdefault(week_of(handoff.created_at), []).append(handoff)
    for week in labels:
        group = per_week[week]
        ratings = [h.satisfaction for h in group if h.satisfaction is not None]
        rows[week].update(
            opened=len(group),
            claimed=sum(1 for h in group if h.claimed_at is not None),
            resolved=sum(1 for h in group if h.resolved_at is not None),
            median_claim_hours=_median([_hours(h.created_at, h.claimed_at) for h in group]),
            median_resolve_hours=_median([_hours(h.created_at, h.resolved_at) for h in group]),
            satisfaction=round(sum(ratings) / len(ratings), 2) if ratings else None,
        )
    return {"weeks": [rows[w] for w in labels]}


async def job_groups(database: Database, filters: Filters, now: datetime) -> list[dict[str, Any]]:
    """Groups of similar jobs in the period, with count, trend and up to three quotes."""
    days = filters.days() or 7  # all time: the trend still compares the last two weeks
    span = timedelta(days=days)
    since = None if filters.days() is None else now - 2 * span
    async with database.session() as session:
        jobs = [j for j in await InsightsRepository(session).jobs_since(since) if filters.keep(j)]
    jobs = [j for j in jobs if job_text(j)]
    groups: list[dict[str, Any]] = []
    # Quadratic in the jobs and the first call imports scikit-learn: off the event loop.
    clustered = await asyncio.to_thread(cluster, [job_text(j) for j in jobs])
    for number, group in enumerate(clustered, start=1):
        members = [jobs[i] for i in group.members]
        current = [j for j in members if filters.days() is None or j.created_at >= now - span]
        if not current:
            continue
        recent = sum(1 for j in members if j.created_at >= now - span)
        before = sum(1 for j in members if now - 2 * span <= j.created_at < now - span)
        groups.append(
            {
                "id": number,
                "count": len(current),
                "previous": before,
                "trend": recent - before,
                "languages": sorted({j.language for j in current}),
                "topics": sorted({j.topic or "other" for j in current}),
                "quotes": [job_text(j) for j in current[:3]],
                "job_ids": [j.id for j in current],
            }
        )
    groups.sort(key=lambda g: (-g["count"], g["id"]))
    return groups


async def jobs_table(database: Database, filters: Filters, now: datetime) -> list[dict[str, Any]]:
    """Job records that pass the filters, newest first."""
    days = filters.days()
    async with database.session() as session:
        jobs = await InsightsRepository(session).jobs_since(
            None if days is None else now - timedelta(days=days)
        )
    return [
        {
            "id": j.id,
            "created_at": j.created_at.isoformat(),
            "language": j.language,
            "topic": j.topic or "other",
            "sentiment": j.sentiment,
            "statement": job_text(j),
            "quotes": [str(q) for q in j.quotes or []],
        }
        for j in jobs
        if filters.keep(j)
    ]


async def board(database: Database, owners: OwnersDirectory, now: datetime) -> list[dict[str, Any]]:
    """Every request with its owner, status, waiting time, SLA breach and timeline."""
    sla = timedelta(minutes=owners.response_minutes)
    async with database.session() as session:
        insights = InsightsRepository(session)
        handoffs = await insights.handoffs_since(None)
        timelines = await insights.timelines([h.id for h in handoffs])
    rows = []
    for h in handoffs:
        answered = h.first_reply_at or h.resolved_at
        waited = (answered if answered else now) - h.created_at
        owner = owners.get(h.owner_id or "")
        rows.append(
            {
                "id": h.id,
                "owner_id": h.owner_id,
                "owner": owner.name if owner else (h.owner_id or ""),
                "status": h.status,
                "topic": h.topic or "other",
                "language": h.language,
                "statement": h.statement or h.reflection,
                "created_at": h.created_at.isoformat(),
                "waiting_hours": round(waited.total_seconds() / 3600, 1),
                "sla_breach": waited > sla,
                "satisfaction": h.satisfaction,
                "resolved_at": h.resolved_at.isoformat() if h.resolved_at else None,
                "timeline": [
                    {"at": e.at.isoformat(), "actor": e.actor, "kind": e.kind}
                    for e in timelines.get(h.id, [])
                ],
            }
        )
    rows.sort(key=lambda r: (r["owner"], r["status"] == "resolved", r["id"]))
    return rows


async def praise(database: Database, owners: OwnersDirectory) -> list[dict[str, Any]]:
    """Praise and ideas, newest first, naming the owner who handled that conversation."""
    async with database.session() as session:
        found = await InsightsRepository(session).praise_and_ideas()
    rows = []
    for feedback, owner_id in found:
        owner = owners.get(owner_id or "")
        rows.append(
            {
                "id": feedback.id,
                "created_at": feedback.created_at.isoformat(),
                "kind": feedback.kind,
                "language": feedback.language,
                "quote": feedback.quote,
                "praised": owner.name if owner and feedback.kind == "praise" else None,
                "praised_id": owner.id if owner and feedback.kind == "praise" else None,
            }
        )
    return rows
