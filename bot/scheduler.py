"""The clock: SLA reminders, escalations and follow-ups, due times kept in the database.

Nothing is held only in memory, so a restart picks up whatever fell due while down. The
same clock prunes delivery bookkeeping (answered updates, sent outbox rows) past its age,
and sends the summed notice of dead letters that waited out their window
(``storage.repositories.dead_letter_notices``).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.dead_letters import WINDOW
from bot.digest import WeeklyDigest
from bot.handoffs import HandoffDesk
from bot.mydata_text import local_digits
from bot.ticking import Ticking
from storage.repositories import InboundUpdateRepository, OutboxRepository
from storage.repositories.dead_letter_notices import DeadLetterNoticeRepository

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Pruning:
    """How old answered updates and sent outbox rows may grow, and how often to look."""

    updates_after: timedelta = timedelta(days=7)
    outbox_after: timedelta = timedelta(days=30)
    every: timedelta = timedelta(hours=1)


class Scheduler(Ticking):
    """Runs :meth:`HandoffDesk.run_due` every ``interval`` seconds, and prunes now and then."""

    task_name = "handoff-scheduler"  # its first tick is immediate: catch up after a restart

    def __init__(
        self, desk: HandoffDesk, *, interval: float, pruning: Pruning | None = None
    ) -> None:
        self.desk = desk
        self.interval = interval
        self.pruning = pruning or Pruning()
        self.on_step: Callable[[], None] | None = None  # e.g. wake the outbox sender
        self.digest: WeeklyDigest | None = None  # the weekly huddle, when one is scheduled
        self._pruned_at: datetime | None = None
        self.dead_letter_window = WINDOW  # at most one notice a window per source

    async def tick(self, now: datetime | None = None) -> int:
        """One pass over what is due (and pruning, when it is time)."""
        now = now or datetime.now(UTC)
        steps = await self.desk.run_due(now)
        if self.digest is not None:
            steps += await self.digest.run_due()
        steps += await self.dead_letter_summaries(now)
        if steps and self.on_step is not None:
            self.on_step()
        if self._pruned_at is None or now - self._pruned_at >= self.pruning.every:
            await self.prune(now)
        return steps

    async def dead_letter_summaries(self, now: datetime) -> int:
        """Queue the summary of dead letters put aside since their source's last notice, once
        a window has passed since it; how many were queued."""
        async with self.desk.database.writing() as session:
            repository = DeadLetterNoticeRepository(session)
            return await repository.flush(now, self.dead_letter_window, local_digits)

    async def prune(self, now: datetime) -> tuple[int, int]:
        """Delete answered updates and sent outbox rows past their age; how many of each."""
        self._pruned_at = now
        async with self.desk.database.writing() as session:
            if not await self.desk.database.lead(session, "pruning"):
                return 0, 0
            updates = await InboundUpdateRepository(session).prune(now - self.pruning.updates_after)
            sent = await OutboxRepository(session).prune(now - self.pruning.outbox_after)
        if updates or sent:
            log.info("pruned %s answered update(s) and %s sent outbox row(s)", updates, sent)
        return updates, sent

    async def _run(self) -> None:
        while True:
            try:
                await self.tick()
            except Exception:  # a bad row must not stop every other reminder
                log.exception("scheduler tick failed")
            await asyncio.sleep(self.interval)
