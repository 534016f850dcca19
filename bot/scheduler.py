"""The clock: SLA reminders, escalations and follow-ups, due times kept in the database.

Nothing is held only in memory, so a restart picks up whatever fell due while down.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from bot.digest import WeeklyDigest
from bot.handoffs import HandoffDesk

log = logging.getLogger(__name__)


class Scheduler:
    """Runs :meth:`HandoffDesk.run_due` every ``interval`` seconds."""

    def __init__(self, desk: HandoffDesk, *, interval: float) -> None:
        self.desk = desk
        self.interval = interval
        self.on_step: Callable[[], None] | None = None  # e.g. wake the outbox sender
        self.digest: WeeklyDigest | None = None  # the weekly huddle, when one is scheduled
        self._task: asyncio.Task[None] | None = None

    async def initialize(self) -> None:
        """Start ticking (the first tick is immediate: catch up after a restart)."""
        self._task = asyncio.create_task(self._run(), name="handoff-scheduler")

    async def shutdown(self) -> None:
        """Stop ticking."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def tick(self) -> int:
        """One pass over what is due."""
        steps = await self.desk.run_due()
        if self.digest is not None:
            steps += await self.digest.run_due()
        if steps and self.on_step is not None:
            self.on_step()
        return steps

    async def _run(self) -> None:
        while True:
            try:
                await self.tick()
            except Exception:  # a bad row must not stop every other reminder
                log.exception("scheduler tick failed")
            await asyncio.sleep(self.interval)
