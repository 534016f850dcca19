"""The outbox sender: delivers stored replies in order per chat, politely.

Rows are written by the service in the same transaction as the state change that caused
them, so a crash can delay a reply but never lose or invent one. The sender keeps to
Telegram's limits (about 30 messages a second overall, one a second per private chat,
20 a minute per group), honours ``retry_after``, backs off on network errors and stops
writing to a customer who blocked the bot.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

from bot import metrics
from bot.errors import CustomerBlockedError, DeliveryRejected, TransportError
from bot.staff_batch import combine, take_run
from storage.database import Database
from storage.models import OutboxMessage
from storage.repositories import CustomerRepository, OutboxRepository, StaffMessageRepository

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 8


class RetryLater(TransportError):
    """The channel asked us to wait (Telegram's 429 ``retry_after``)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry after {seconds} s")
        self.seconds = seconds


class Transport(Protocol):
    """Something that can put one outbox row in front of a person."""

    async def deliver(self, row: OutboxMessage) -> int | None:
        """Send ``row``; the channel's message id. Raises RetryLater, CustomerBlockedError
        or TransportError (retried with backoff)."""


@dataclass(frozen=True)
class Limits:
    """Telegram's published limits; the console uses :data:`NO_LIMITS`."""

    per_second: float = 30.0
    private_interval: float = 1.0
    group_interval: float = 3.0  # 20 a minute


NO_LIMITS = Limits(per_second=0.0, private_interval=0.0, group_interval=0.0)


class OutboxSender:
    """Delivers due outbox rows through a transport, in order per chat."""

    def __init__(self, database: Database, transport: Transport, limits: Limits = Limits()) -> None:
        self.database = database
        self.transport = transport
        self.limits = limits
        self._last_sent: dict[int, float] = {}
        self._recent: list[float] = []
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._solo: set[int] = set()  # rows that must not be combined (a digest was refused)

    async def initialize(self) -> None:
        """Settle what a killed process left mid-send, then deliver in the background."""
        await self.reconcile()
        self._stopping = False
        self._task = asyncio.create_task(self._run(), name="outbox-sender")

    async def shutdown(self) -> None:
        """Deliver what is due, then stop."""
        self._stopping = True
        self._wake.set()
        if self._task is not None:
            await self._task
            self._task = None
        await self.flush()

    async def reconcile(self) -> int:
        """Rows left 'sending' by a killed process become 'uncertain': never sent twice."""
        async with self.database.session() as session, session.begin():
            outbox = OutboxRepository(session)
            settled = await outbox.reconcile()
            metrics.OUTBOX_UNCERTAIN.set(await outbox.count("uncertain"))
        if settled:
            log.warning(
                "%s outbox row(s) were being sent when the last process stopped; they are "
                "marked uncertain and will not be sent again",
                settled,
            )
        return settled

    def notify(self) -> None:
        """New rows were written: look now rather than at the next tick."""
        self._wake.set()

    async def flush(self, max_wait: float = 30.0) -> int:
        """Deliver every row that is due, waiting out rate limits; how many were sent."""
        sent = 0
        deadline = time.monotonic() + max_wait
        while time.monotonic() < deadline:
            batch, wait = await self._deliver_due()
            sent += batch
            if wait is None:
                return sent
            await asyncio.sleep(min(wait, max(0.0, deadline - time.monotonic())))
        return sent

    async def _run(self) -> None:
        while not self._stopping:
            try:
                _, wait = await self._deliver_due()
            except Exception:  # keep the sender alive; the row stays pending
                log.exception("outbox delivery failed")
                wait = 1.0
            self._wake.clear()
            timeout = 0.5 if wait is None else max(0.01, min(wait, 0.5))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout)

    async def _deliver_due(self) -> tuple[int, float | None]:
        """One pass: send what may be sent now. Returns (sent, seconds until more is due)."""
        now = datetime.now(UTC)
        async with self.database.session() as session:
            pending = await OutboxRepository(session).pending()
        sent = tried = 0
        wait: float | None = None
        for queue in _queues_per_chat(pending):
            due = queue[0].next_attempt_at
            if due is not None and due > now:
                wait = _min(wait, (due - now).total_seconds())
                continue
            delay = self._rate_delay(int(queue[0].chat_id))
            if delay > 0:
                wait = _min(wait, delay)
                continue
            # Only the head and the rows right behind it that are due too: order is kept.
            due_now = list(itertools.takewhile(lambda r: not _later(r, now), queue))
            run = take_run(due_now or queue[:1], self._solo)
            tried += 1
            if await self._deliver(run):
                sent += len(run)
        if tried:
            wait = 0.0  # look again: more may be due, or a retry may have been scheduled
        return sent, wait

    def _rate_delay(self, chat_id: int) -> float:
        clock = time.monotonic()
        interval = self.limits.group_interval if chat_id < 0 else self.limits.private_interval
        chat_wait = self._last_sent.get(chat_id, -1e9) + interval - clock
        self._recent = [t for t in self._recent if clock - t < 1.0]
        global_wait = 0.0
        if self.limits.per_second and len(self._recent) >= self.limits.per_second:
            global_wait = self._recent[0] + 1.0 - clock
        return max(chat_wait, global_wait, 0.0)

    async def _claim(self, ids: list[int]) -> bool:
        """Record the attempt (committed) before sending: at most once per row."""
        try:
            async with self.database.session() as session, session.begin():
                if await OutboxRepository(session).mark_sending(ids) != len(ids):
                    raise _Changed  # forgotten or blocked meanwhile: read the queue again
        except _Changed:
            return False
        return True

    async def _deliver(self, run: list[OutboxMessage]) -> bool:
        """Send one row, or a run of staff rows as one message; whether it was delivered."""
        row, ids = run[0], [r.id for r in run]
        if not await self._claim(ids):
            return False
        clock = time.monotonic()
        self._last_sent[int(row.chat_id)] = clock
        self._recent.append(clock)
        try:
            message_id = await self.transport.deliver(combine(run))
        except RetryLater as wait:
            await self._reschedule(run, wait.seconds, str(wait), count_attempt=False)
        except DeliveryRejected as error:
            await self._rejected(run, str(error))
        except CustomerBlockedError:
            log.warning("chat %s blocked the bot; its pending messages are dropped", row.chat_id)
            async with self.database.session() as session, session.begin():
                await OutboxRepository(session).mark_blocked_for_chat(row.chat_id)
                if row.customer_id is not None:
                    await CustomerRepository(session).mark_blocked(row.customer_id)
        except TransportError as error:
            if row.attempts + 1 >= MAX_ATTEMPTS:
                await self._fail(ids, str(error))
                log.error("outbox row %s failed for good after %s attempts", row.id, MAX_ATTEMPTS)
                return False
            backoff = min(60.0, 0.5 * 2**row.attempts)
            await self._reschedule(run, backoff, str(error), count_attempt=True)
        except Exception:  # unknown outcome: it may have gone out, so never send it again
            log.exception("outbox row %s: unexpected error while sending; now uncertain", row.id)
            async with self.database.session() as session, session.begin():
                await OutboxRepository(session).mark_uncertain(ids)
            metrics.OUTBOX_UNCERTAIN.inc(len(ids))
        else:
            async with self.database.session() as session, session.begin():
                await OutboxRepository(session).mark_sent(ids, message_id)
                # Staff replies to this message are read by its id, never by its words.
                await StaffMessageRepository(session).record_sent(run, message_id)
            metrics.MESSAGES_SENT.inc(len(ids))
            return True
        return False

    async def _rejected(self, run: list[OutboxMessage], error: str) -> None:
        if len(run) > 1:
            # The combined message was refused: send its rows one by one to find the culprit.
            self._solo.update(r.id for r in run)
            await self._reschedule(run, 0.0, error, count_attempt=False)
            return
        log.error("outbox row %s rejected: %s", run[0].id, error)
        await self._fail([run[0].id], error)

    async def _fail(self, ids: list[int], error: str) -> None:
        async with self.database.session() as session, session.begin():
            for row_id in ids:
                await OutboxRepository(session).mark_failed(row_id, error)
        metrics.MESSAGES_FAILED.inc(len(ids))

    async def _reschedule(
        self, run: list[OutboxMessage], seconds: float, error: str, *, count_attempt: bool
    ) -> None:
        at = datetime.now(UTC) + timedelta(seconds=seconds)
        async with self.database.session() as session, session.begin():
            for row in run:
                await OutboxRepository(session).reschedule(
                    row.id, at, error, count_attempt=count_attempt
                )
        log.warning("outbox row %s: %s; next try in %.1f s", run[0].id, error, seconds)


class _Changed(Exception):
    """The rows changed between reading and claiming them."""


def _queues_per_chat(rows: Sequence[OutboxMessage]) -> list[list[OutboxMessage]]:
    """Each chat's pending rows, oldest first: only a chat's head may go (order is kept)."""
    queues: dict[int, list[OutboxMessage]] = {}
    for row in sorted(rows, key=lambda r: r.id):
        queues.setdefault(int(row.chat_id), []).append(row)
    return list(queues.values())


def _later(row: OutboxMessage, now: datetime) -> bool:
    due = row.next_attempt_at
    return due is not None and due > now


def _min(current: float | None, candidate: float) -> float:
    return candidate if current is None else min(current, candidate)
