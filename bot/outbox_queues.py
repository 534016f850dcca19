"""Helpers for the outbox sender: per-chat queues and due times."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from storage.models import OutboxMessage


def queues_per_chat(rows: Sequence[OutboxMessage]) -> list[list[OutboxMessage]]:
    """Each chat's pending rows, oldest first: only a chat's head may go (order is kept)."""
    queues: dict[int, list[OutboxMessage]] = {}
    for row in sorted(rows, key=lambda r: r.id):
        queues.setdefault(int(row.chat_id), []).append(row)
    return list(queues.values())


def later(row: OutboxMessage, now: datetime) -> bool:
    due = row.next_attempt_at
    return due is not None and due > now


def earliest(current: float | None, candidate: float) -> float:
    return candidate if current is None else min(current, candidate)
