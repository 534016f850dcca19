"""How the outbox sender deals with a send that failed: retry later, give up, or stop
writing to a chat (part of :class:`~bot.outbox.OutboxSender`)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING

from bot import metrics
from bot.errors import CustomerBlockedError, DeliveryRejected, TransportError
from storage.models import OutboxMessage
from storage.repositories import CustomerRepository, OutboxRepository
from storage.transient import retrying

if TYPE_CHECKING:
    from storage.database import Database

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 8


class RetryLater(TransportError):
    """The channel asked us to wait (Telegram's 429 ``retry_after``)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry after {seconds} s")
        self.seconds = seconds


class Failures:
    """The failure side of :class:`~bot.outbox.OutboxSender`."""

    database: Database
    _solo: set[int]

    async def _failed_written(self, run: list[OutboxMessage], error: BaseException) -> None:
        """:meth:`_failed`, its write made again when the database refused it (as the marks
        are): left alone, the row stayed 'sending' and held the chat's next replies until a
        restart turned it uncertain. Given up, only this run waits for that; the caller
        goes on with the settle's other failures."""
        try:
            await retrying(partial(self._failed, run, error), "outbox retry")
        except Exception:
            log.exception("outbox row %s: its failure could not be written", run[0].id)

    async def _failed(self, run: list[OutboxMessage], error: BaseException) -> None:
        """Retry later, give up, or stop writing to a chat, as the error says."""
        row, ids = run[0], [r.id for r in run]
        if isinstance(error, RetryLater):
            await self._reschedule(run, error.seconds, str(error), count_attempt=False)
        elif isinstance(error, DeliveryRejected):
            await self._rejected(run, str(error))
        elif isinstance(error, CustomerBlockedError):
            log.warning("chat %s blocked the bot; its pending messages are dropped", row.chat_id)
            async with self.database.writing(urgent=True) as session:
                await OutboxRepository(session).mark_blocked_for_chat(row.chat_id)
                if row.customer_id is not None:
                    await CustomerRepository(session).mark_blocked(row.customer_id)
        elif isinstance(error, TransportError):
            if row.attempts + 1 >= MAX_ATTEMPTS:
                await self._fail(ids, str(error))
                log.error("outbox row %s failed for good after %s attempts", row.id, MAX_ATTEMPTS)
                return
            backoff = min(60.0, 0.5 * 2**row.attempts)
            await self._reschedule(run, backoff, str(error), count_attempt=True)
        else:  # unknown outcome: it may have gone out, so never send it again
            log.error(
                "outbox row %s: unexpected error while sending (%s); now uncertain",
                row.id,
                type(error).__name__,
            )
            async with self.database.writing(urgent=True) as session:
                await OutboxRepository(session).mark_uncertain(ids)
            metrics.OUTBOX_UNCERTAIN.inc(len(ids))

    async def _rejected(self, run: list[OutboxMessage], error: str) -> None:
        if len(run) > 1:
            # The combined message was refused: send its rows one by one to find the culprit.
            self._solo.update(r.id for r in run)
            await self._reschedule(run, 0.0, error, count_attempt=False)
            return
        # A refused receipt (reactions off in the chat, the message deleted) is expected.
        level = logging.WARNING if run[0].kind == "reaction" else logging.ERROR
        log.log(level, "outbox row %s rejected: %s", run[0].id, error)
        await self._fail([run[0].id], error)

    async def _fail(self, ids: list[int], error: str) -> None:
        async with self.database.writing(urgent=True) as session:
            for row_id in ids:
                await OutboxRepository(session).mark_failed(row_id, error)
        metrics.MESSAGES_FAILED.inc(len(ids))

    async def _reschedule(
        self, run: list[OutboxMessage], seconds: float, error: str, *, count_attempt: bool
    ) -> None:
        at = datetime.now(UTC) + timedelta(seconds=seconds)
        async with self.database.writing(urgent=True) as session:
            for row in run:
                await OutboxRepository(session).reschedule(
                    row.id, at, error, count_attempt=count_attempt
                )
        log.warning("outbox row %s: %s; next try in %.1f s", run[0].id, error, seconds)
