"""A background loop that starts with the Application and is cancelled when it stops.

The scheduler (reminders, follow-ups, pruning) and the re-pick of unanswered updates share
PTB's lifecycle (``initialize`` … ``shutdown``); what each does on a tick is its own ``_run``.
"""

from __future__ import annotations

import asyncio
import contextlib


class Ticking:
    """Runs ``_run`` as a named task between ``initialize`` and ``shutdown``."""

    task_name = "ticking"
    _task: asyncio.Task[None] | None = None

    async def initialize(self) -> None:
        """Start the loop."""
        self._task = asyncio.create_task(self._run(), name=self.task_name)

    async def shutdown(self) -> None:
        """Stop the loop (cancelled: a tick's work is done again on the next start)."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _run(self) -> None:
        raise NotImplementedError
