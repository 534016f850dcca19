"""Records as plain dicts: what `hamdel export` prints and /mydata sends."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from storage.models import Feedback, Handoff, InboundUpdate, Job


def iso(moment: datetime | None) -> str | None:
    """ISO 8601 in UTC, or None."""
    if moment is None:
        return None
    return moment.astimezone(UTC).isoformat()


def job_to_dict(job: Job) -> dict[str, Any]:
    """A JTBD record for export."""
    return {
        "id": job.id,
        "customer_id": job.customer_id,
        "created_at": iso(job.created_at),
        "situation": job.situation,
        "motivation": job.motivation,
        "desired_outcome": job.desired_outcome,
        "struggle": job.struggle,
        "topic": job.topic,
        "intent": job.intent,
        "sentiment": job.sentiment,
        "language": job.language,
        "quotes": list(job.quotes or []),
        "statement": job.statement,
    }


def handoff_to_dict(handoff: Handoff) -> dict[str, Any]:
    """A handoff for export: owner, status, timestamps and satisfaction."""
    return {
        "id": handoff.id,
        "customer_id": handoff.customer_id,
        "created_at": iso(handoff.created_at),
        "status": handoff.status,
        "owner": handoff.owner_id,
        "reason": handoff.reason,
        "topic": handoff.topic,
        "language": handoff.language,
        "sentiment": handoff.sentiment,
        "reflection": handoff.reflection,
        "statement": handoff.statement,
        "quotes": list(handoff.quotes or []),
        "claimed_at": iso(handoff.claimed_at),
        "first_reply_at": iso(handoff.first_reply_at),
        "resolved_at": iso(handoff.resolved_at),
        "resolution": handoff.resolution,
        "satisfaction": handoff.satisfaction,
        "need_met": handoff.need_met,
    }


def feedback_to_dict(feedback: Feedback) -> dict[str, Any]:
    """Praise or an idea for export."""
    return {
        "id": feedback.id,
        "kind": feedback.kind,
        "quote": feedback.quote,
        "topic": feedback.topic,
        "language": feedback.language,
        "created_at": iso(feedback.created_at),
    }


def dead_letter_to_dict(stored: InboundUpdate) -> dict[str, Any]:
    """An update put aside: why, when, and the payload exactly as Telegram sent it."""
    return {
        "update_id": stored.update_id,
        "received_at": iso(stored.received_at),
        "dead_at": iso(stored.dead_at),
        "reason": stored.dead_reason,
        "attempts": stored.attempts,
        "payload": stored.payload,
    }
