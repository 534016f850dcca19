"""Durable intake: every update is stored before Telegram is told we have it.

With polling, Telegram forgets an update once a later getUpdates moves the offset past
it, so ``DurableBot.get_updates`` stores each batch before handing it to the Updater
(whose next call is what moves the offset). With webhooks, the web handler stores the
update before answering 200. After a crash, stored-but-unprocessed updates are replayed.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from telegram import Update
from telegram.ext import ExtBot

from bot import metrics
from storage.database import Database
from storage.repositories import InboundUpdateRepository

log = logging.getLogger(__name__)


class Intake:
    """Stores updates idempotently and remembers which are being worked on."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.in_flight: set[int] = set()

    async def store(self, payloads: Sequence[dict[str, Any]]) -> int:
        """Store raw updates; how many were new (duplicates are ignored)."""
        new = 0
        async with self.database.session() as session, session.begin():
            repository = InboundUpdateRepository(session)
            for payload in payloads:
                if await repository.store(int(payload["update_id"]), payload):
                    new += 1
                else:
                    metrics.DUPLICATE_UPDATES.inc()
        metrics.UPDATES_RECEIVED.inc(len(payloads))
        return new

    async def is_processed(self, update_id: int) -> bool:
        """Whether a turn already answered this update."""
        async with self.database.session() as session:
            stored = await InboundUpdateRepository(session).get(update_id)
            return stored is not None and stored.processed_at is not None

    async def mark_processed(self, update_ids: Sequence[int]) -> None:
        """Done with updates that needed no turn (commands, group messages, …)."""
        async with self.database.session() as session, session.begin():
            await InboundUpdateRepository(session).mark_processed(update_ids)
        self.in_flight.difference_update(update_ids)

    async def unprocessed(self) -> list[dict[str, Any]]:
        """Stored but never answered: replayed on start."""
        async with self.database.session() as session:
            return [u.payload for u in await InboundUpdateRepository(session).unprocessed()]


class DurableBot(ExtBot[None]):
    """An ExtBot whose getUpdates stores every update before the Updater sees it."""

    def __init__(self, *args: Any, intake: Intake, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._intake = intake

    async def get_updates(self, *args: Any, **kwargs: Any) -> tuple[Update, ...]:
        """Fetch, then store, then return: the offset only moves on the next call."""
        updates = await super().get_updates(*args, **kwargs)
        if updates:
            await self._intake.store([u.to_dict() for u in updates])
        return updates
