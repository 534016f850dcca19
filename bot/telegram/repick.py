"""After an outage, a running process takes up the updates it stored but never answered.

A turn the database refuses for longer than ``storage.transient.retrying``'s budget
(SQLite "database is locked" past the busy timeout, PostgreSQL "too many clients", the
server restarting) leaves its update stored and unprocessed. The replay at start would
answer it, but nothing in a process that keeps running did: the customer waited for the
next deploy. Every ``every`` seconds this takes the updates stored more than ``grace``
seconds ago that are still unanswered, that no turn of this process has in hand, and puts
them on the update queue: the same path as a live update (the gate counts an attempt, the
listening window and the chat's lock keep the order; on PostgreSQL the chat's advisory lock
and the turn's "answered already?" check keep two processes from answering it twice).

A pick is a claim (``InboundUpdateRepository.claim``: ``picked_at`` set where it was not
set within the grace period, one conditional UPDATE): two processes never both take, nor
both count an attempt for, the same stuck update within one grace period. The attempt is
counted with the claim; the gate counts none for an update queued again (``Intake.begin``).

After ``max_attempts`` the update is put aside (a dead letter: kept, counted on /metrics,
``hamdel export dead-letters``) and its customer gets one line through the outbox saying
we are having trouble and their message is kept; the owner of their open request (else the
owner for "other") gets one staff message about it (``bot.dead_letters``), in the same
transaction, as for every dead letter (``bot.telegram.put_aside``). Logged at WARNING,
without its text.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Update

from bot.logsafe import describe
from bot.telegram.context import HamdelApplication
from bot.telegram.reading import parse
from bot.ticking import Ticking
from storage.models import InboundUpdate
from storage.repositories import InboundUpdateRepository

log = logging.getLogger(__name__)


class Repicker(Ticking):
    """Puts this process's own unanswered updates on the queue again, now and then.

    The first look comes after ``every``: the replay at start has just run.
    """

    task_name = "update-repick"

    def __init__(
        self,
        application: HamdelApplication,
        *,
        every: float,
        grace: float,
        max_attempts: int,
    ) -> None:
        self.application = application
        self.every = every
        self.grace = timedelta(seconds=grace)
        self.max_attempts = max_attempts

    async def tick(self, now: datetime | None = None) -> int:
        """One look: how many updates were queued again."""
        data = self.application.bot_data
        intake, database = data.intake, data.services.database
        now = now or datetime.now(UTC)
        before = now - self.grace
        picked: list[Update] = []
        told = 0
        async with database.writing() as session:
            # One process looks at a time (PostgreSQL); the others' turns are safe anyway.
            if not await database.lead(session, "repick"):
                return 0
            repository = InboundUpdateRepository(session)
            for stored in await repository.unanswered_since(before):
                if intake.busy(stored.update_id):
                    continue  # a turn of ours has it (a long burst, a retry): not stuck
                # A claim: another process that took it up within the grace period keeps
                # it (and counted its attempt); the look under the leader lock is not enough.
                attempts = await repository.claim(stored.update_id, now, before)
                if attempts is None:
                    continue
                update, reason = parse(stored.payload, self.application.bot)
                if update is None:
                    told += await self._give_up(session, stored, None, reason or "unparseable")
                elif attempts >= self.max_attempts:
                    reason = f"failed {attempts} times: taken up again after an outage"
                    told += await self._give_up(session, stored, update, reason)
                else:
                    # Counted here, with the claim: the gate counts none for it (``begin``).
                    await repository.count_attempt(stored.update_id)
                    picked.append(update)
        intake.queued_again(update.update_id for update in picked)
        for update in picked:
            await self.application.update_queue.put(update)
        if picked:
            log.info("taking up %s stored update(s) left unanswered", len(picked))
        if told:
            data.sender.notify()
        return len(picked)

    async def _give_up(
        self, session: AsyncSession, stored: InboundUpdate, update: Update | None, reason: str
    ) -> int:
        """Put the update aside; its customer and a person told once (1 row or more queued),
        else no one (0): the same way as the gate's and the replay's (``put_aside``)."""
        if not await self.application.bot_data.intake.set_aside(session, stored, reason, update):
            return 0
        if update is not None:
            log.warning(
                "update %s still unanswered after %s attempts: its customer was told it is kept",
                stored.update_id,
                stored.attempts,
            )
        return 1

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.every)
            try:
                await self.tick()
            except Exception as error:  # the database may still be down: look again later
                log.warning("could not look for unanswered updates: %s", describe(error))
