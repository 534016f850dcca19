"""The outbox sender: delivers stored replies in order per chat, politely.

Rows are written by the service in the same transaction as the state change that caused
them, so a crash can delay a reply but never lose or invent one. The sender keeps to
Telegram's limits (about 30 messages a second overall, one a second per private chat,
20 a minute per group), honours ``retry_after``, backs off on network errors and stops
writing to a customer who blocked the bot."""

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

from sqlalchemy.ext.asyncio import AsyncSession

from bot import metrics
from bot.outbox_direct import DirectHandoff
from bot.outbox_failures import MAX_ATTEMPTS, Failures, RetryLater
from bot.outbox_queues import earliest, later, queues_per_chat
from bot.staff_batch import combine, take_run
from storage.database import Database
from storage.models import OutboxMessage
from storage.repositories import (
    OutboxRepository,
    Pace,
    SendPaceRepository,
    StaffMessageRepository,
)
from storage.transient import retrying

log = logging.getLogger(__name__)
__all__ = ["MAX_ATTEMPTS", "NO_LIMITS", "Limits", "OutboxSender", "RetryLater", "Transport"]
IN_FLIGHT = 16  # sends at once (the HTTP pool has room for these and the other calls)


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


class OutboxSender(DirectHandoff, Failures):
    """Delivers due outbox rows through a transport, in order per chat."""

    def __init__(
        self,
        database: Database,
        transport: Transport,
        limits: Limits = Limits(),
        *,
        sending_grace: float | None = None,
    ) -> None:
        self.database = database
        self.transport = transport
        self.limits = limits
        # None: the only sender. Else (PostgreSQL) a row 'sending' this long was abandoned.
        self.sending_grace = sending_grace
        self._reconciled = time.monotonic()
        self._last_sent: dict[int, float] = {}
        self._recent: list[float] = []
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._solo: set[int] = set()  # rows that must not be combined (a digest was refused)
        self._in_flight = asyncio.Semaphore(IN_FLIGHT)
        self._busy: set[int] = set()  # passes don't wait for sends; busy from claim to marks
        self._handed: list[list[OutboxMessage]] = []  # runs turns handed over, to claim
        self._claiming: asyncio.Task[None] | None = None
        self._done: list[tuple[list[OutboxMessage], int | BaseException | None]] = []
        self._tasks: set[asyncio.Task[None]] = set()
        self._settling: asyncio.Task[None] | None = None
        # PostgreSQL: other processes may send from the same bot, so Telegram's limits are
        # kept in the database for all of them (storage.repositories.pace), not in memory.
        limited = bool(limits.per_second or limits.private_interval or limits.group_interval)
        self._shared_pace = (
            Pace(limits.per_second, limits.private_interval, limits.group_interval)
            if limited and not database.is_sqlite
            else None
        )

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
        await self._drain()
        await self.flush()

    async def reconcile(self) -> int:
        """Rows left 'sending' by a killed process become 'uncertain': never sent twice."""
        async with self.database.writing(urgent=True) as session:
            outbox = OutboxRepository(session)
            before = None
            if self.sending_grace is not None:
                before = datetime.now(UTC) - timedelta(seconds=self.sending_grace)
            settled = await outbox.reconcile(before)
            self._reconciled = time.monotonic()
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
            # Cleared before the pass: a notify() during the pass must wake the next one.
            self._wake.clear()
            try:
                grace = self.sending_grace
                if grace is not None and time.monotonic() - self._reconciled >= grace:
                    await self.reconcile()  # what a killed process left, in time
                _, wait = await self._deliver_due(pipelined=True)
            except Exception:  # keep the sender alive; the row stays pending
                log.exception("outbox delivery failed")
                wait = 1.0
            timeout = 0.5 if wait is None else max(0.0, min(wait, 0.5))
            if timeout == 0.0:
                continue
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout)

    async def _deliver_due(self, *, pipelined: bool = False) -> tuple[int, float | None]:
        """One pass: every chat whose head may go now, at once; (sent, seconds until more).

        ``pipelined`` (the background loop): sends go on in the background; the pass returns.
        A chat stays busy until its marks (PostgreSQL: 'sending' rows, every process skips)."""
        now = datetime.now(UTC)
        if self.database.is_sqlite:  # the only sender: read freely, claim in a short write
            async with self.database.scope() as session:
                pending = await OutboxRepository(session).pending(skip_chats=self._busy)
            pending = [r for r in pending if int(r.chat_id) not in self._busy]
            runs, wait = self._pick(pending, now)
            claimed = await self._claim(runs) if runs else []
        else:  # other processes send too: read and claim in one transaction, locked rows skipped
            async with self.database.writing(urgent=True) as session:
                outbox = OutboxRepository(session)
                paced = self._shared_pace is None
                runs, wait = self._pick(await outbox.pending(shared=True), now, paced=paced)
                if runs and self._shared_pace is not None:
                    runs, then = await self._admit(session, runs, self._shared_pace)
                    wait = then if wait is None else earliest(wait, then or wait)
                claimed = await self._claim_in(outbox, runs) if runs else []
        for run in claimed if pipelined else []:
            self._start(run)
        if pipelined or not runs:
            return 0, wait
        outcomes = await asyncio.gather(*(self._send(run) for run in claimed))
        sent = await self._settle(claimed, outcomes)
        return sent, 0.0  # look again: more may be due, or a retry may have been scheduled

    def _pick(
        self, pending: Sequence[OutboxMessage], now: datetime, *, paced: bool = True
    ) -> tuple[list[list[OutboxMessage]], float | None]:
        """Each chat's head run that may go now; and how long until the next may.

        ``paced``: keep Telegram's limits here (in memory); False when the database does.
        """
        runs: list[list[OutboxMessage]] = []
        wait: float | None = None
        for queue in queues_per_chat(pending):
            due = queue[0].next_attempt_at
            if due is not None and due > now:
                wait = earliest(wait, (due - now).total_seconds())
                continue
            delay = self._rate_delay(int(queue[0].chat_id)) if paced else 0.0
            if delay > 0:
                wait = earliest(wait, delay)
                continue
            # Only the head and the rows right behind it that are due too: order is kept.
            due_now = list(itertools.takewhile(lambda r: not later(r, now), queue))
            runs.append(take_run(due_now or queue[:1], self._solo))
            if paced:
                self._count_send(int(queue[0].chat_id))  # inside the limits before it goes
        return runs, wait

    @staticmethod
    async def _admit(
        session: AsyncSession, runs: list[list[OutboxMessage]], pace: Pace
    ) -> tuple[list[list[OutboxMessage]], float | None]:
        """The runs the shared limits let go now (one message per chat each); and how long
        until the others may."""
        chats = [int(run[0].chat_id) for run in runs]
        admitted, wait = await SendPaceRepository(session).admit(chats, pace)
        allowed = set(admitted)
        return [run for run in runs if int(run[0].chat_id) in allowed], wait

    def _rate_delay(self, chat_id: int) -> float:
        clock = time.monotonic()
        interval = self.limits.group_interval if chat_id < 0 else self.limits.private_interval
        chat_wait = self._last_sent.get(chat_id, -1e9) + interval - clock
        if not self.limits.per_second:
            return max(chat_wait, 0.0)
        self._recent = [t for t in self._recent if clock - t < 1.0]
        global_wait = 0.0
        if len(self._recent) >= self.limits.per_second:
            global_wait = self._recent[0] + 1.0 - clock
        return max(chat_wait, global_wait, 0.0)

    def _count_send(self, chat_id: int) -> None:
        clock = time.monotonic()
        if self.limits.private_interval or self.limits.group_interval:
            self._last_sent[chat_id] = clock
        if self.limits.per_second:
            self._recent.append(clock)

    async def _claim(self, runs: list[list[OutboxMessage]]) -> list[list[OutboxMessage]]:
        """Record every attempt (one commit) before sending: at most once per row, with its
        text as stored now (a notice rewritten since the pass's read goes out rewritten). A
        run some of whose rows changed meanwhile (forgotten, blocked) is left alone."""
        async with self.database.writing(urgent=True) as session:
            return await self._claim_in(OutboxRepository(session), runs, as_stored=True)

    @staticmethod
    async def _claim_in(
        outbox: OutboxRepository, runs: list[list[OutboxMessage]], *, as_stored: bool = False
    ) -> list[list[OutboxMessage]]:
        ids = [r.id for run in runs for r in run]
        taken = set(await (outbox.claim_as_stored(runs) if as_stored else outbox.claim(ids)))
        whole = [run for run in runs if all(r.id in taken for r in run)]
        partial = [r.id for run in runs if run not in whole for r in run if r.id in taken]
        if partial:
            await outbox.release(partial)
        return whole

    def _start(self, run: list[OutboxMessage]) -> None:
        """Send ``run`` in the background; its chat is busy until its outcome is settled."""
        self._busy.add(int(run[0].chat_id))
        task = asyncio.create_task(self._send_then_queue(run), name="outbox-send")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _send_then_queue(self, run: list[OutboxMessage]) -> None:
        outcome = await self._send(run)  # before naming the list: the settler swaps it
        self._done.append((run, outcome))
        if self._settling is None or self._settling.done():
            self._settling = asyncio.create_task(self._settle_done(), name="outbox-settle")

    async def _settle_done(self) -> None:
        """Commit the outcomes that came back, many in one transaction, until none wait."""
        while self._done:
            done, self._done = self._done, []
            outcomes = [outcome for _, outcome in done]
            # The marks' transaction also says which of these chats have rows waiting;
            # only then is a pass worth its wake-up and read (PostgreSQL: a transaction;
            # SQLite: a session, the ORM's `pending` and a loop wake-up). Each settle woke
            # one, most finding nothing: a turn claims its own replies. The settle claims
            # those chats' next runs itself (``follow``): no pass at all.
            waiting: set[int] = set()
            follow: list[list[OutboxMessage]] = []  # claimed and committed with the marks
            wake = True
            try:
                await self._settle([run for run, _ in done], outcomes, waiting, follow)
                failed = any(isinstance(outcome, BaseException) for outcome in outcomes)
                wake = bool(waiting) or failed
            except Exception:  # rows stay 'sending' and become uncertain at the next start
                log.exception("outbox marks failed")
            finally:
                for run, _ in done:
                    self._busy.discard(int(run[0].chat_id))
                for run in follow:  # whatever else failed, committed 'sending' must go out
                    self._start(run)
                if wake:
                    self._wake.set()  # these chats' next rows may go now

    async def _drain(self) -> None:  # at shutdown: background sends and their marks
        while self._tasks or (self._settling is not None and not self._settling.done()):
            await asyncio.gather(*self._tasks)
            if self._settling is not None:
                await self._settling

    async def _send(self, run: list[OutboxMessage]) -> int | BaseException | None:
        """One message out (a run of staff rows as one); its id, or what went wrong."""
        async with self._in_flight:
            try:
                return await self.transport.deliver(combine(run))
            except Exception as error:  # sorted out by _settle, row by row
                return error

    async def _settle(
        self,
        runs: list[list[OutboxMessage]],
        outcomes: Sequence[int | BaseException | None],
        waiting: set[int] | None = None,
        follow: list[list[OutboxMessage]] | None = None,
    ) -> int:
        """Mark what went out in one commit; deal with each failure on its own.

        ``waiting``: filled, in the same commit, with the delivered chats that have rows
        pending (their next message waits for a pass). ``follow``: those chats' next
        runs, claimed in the same commit (added once it is made); ``waiting`` then keeps
        only the chats a pass must still look at."""
        delivered = [
            (r.id, outcome)
            for run, outcome in zip(runs, outcomes, strict=True)
            if not isinstance(outcome, BaseException)
            for r in run
        ]
        if delivered:
            # Refused (a full server) or rolled back (a deadlock): marked again, not left
            # 'sending', which held the chat's next reply until the row turned uncertain.
            claimed, left = await retrying(
                lambda: self._mark(runs, outcomes, delivered, waiting, follow is not None),
                "outbox marks",
            )
            if waiting is not None:
                waiting.update(left or ())
            if follow is not None:
                follow.extend(claimed)  # committed: the caller sends them, come what may
            metrics.MESSAGES_SENT.inc(len(delivered))
        for run, outcome in zip(runs, outcomes, strict=True):
            if isinstance(outcome, BaseException):
                await self._failed_written(run, outcome)  # refused: written again
        return len(delivered)

    async def _mark(
        self,
        runs: list[list[OutboxMessage]],
        outcomes: Sequence[int | BaseException | None],
        delivered: list[tuple[int, int | None]],
        asked: set[int] | None,
        follow: bool,
    ) -> tuple[list[list[OutboxMessage]], set[int] | None]:
        """``_settle``'s one commit: the runs claimed next (``follow``) and the chats a pass
        must still look at (None: not asked)."""
        waiting: set[int] | None = None if asked is None else set()
        async with self.database.writing(urgent=True) as session:
            outbox = OutboxRepository(session)
            told = await outbox.mark_sent_each(delivered)
            if waiting is not None:
                waiting.update(await _waiting(outbox, runs, told))
            staff = StaffMessageRepository(session)
            for run, outcome in zip(runs, outcomes, strict=True):
                if not isinstance(outcome, BaseException):
                    # Staff replies to this message are read by its id, never by its words.
                    await staff.record_sent(run, outcome)
            claimed: list[list[OutboxMessage]] = []
            if waiting and follow:  # last: PostgreSQL's pace lock held least
                claimed, rest = await self._claim_next(session, waiting)
                waiting.intersection_update(rest)
        return claimed, waiting


async def _waiting(
    outbox: OutboxRepository, runs: list[list[OutboxMessage]], told: dict[int, bool]
) -> set[int]:
    """Which of the runs' chats have a row pending: what the marks told (SQLite), the
    rest (a failed run's chat, a row not marked, PostgreSQL) asked."""
    answered = {int(run[0].chat_id) for run in runs if all(r.id in told for r in run)}
    waiting = {int(run[0].chat_id) for run in runs for r in run if told.get(r.id)}
    asked = {int(run[0].chat_id) for run in runs} - answered - waiting
    return waiting | (await outbox.pending_chats(asked) if asked else set())
