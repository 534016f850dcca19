"""Durable intake: every update is stored before Telegram is told we have it.

With polling, Telegram forgets an update once a later getUpdates moves the offset past
it, so ``DurableBot.get_updates`` stores each batch before handing it to the Updater
(whose next call is what moves the offset). With webhooks, the web handler stores the
update before answering 200. After a crash, stored-but-unprocessed updates are replayed.

An update the installed PTB cannot parse, whose handling failed ``MAX_ATTEMPTS`` times,
or whose turn was cut short by the process dying ``MAX_REPLAYS`` times (a crash loop) is a
dead letter: kept (``hamdel export dead-letters``, ``/metrics``), never replayed, and never
allowed to stop the intake of the updates after it; the gate's and the replay's, like the
re-pick's, tell the customer and a person once (``bot.telegram.put_aside``), and one the
intake cannot read is counted into the team's summed notice in the write that stores it.
Waiting in the listening window is not an attempt.
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import logging
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, cast

from telegram import Update
from telegram._utils.defaultvalue import DEFAULT_NONE, DefaultValue
from telegram._utils.types import JSONDict, ODVInput, TimePeriod
from telegram.ext import ExtBot

from bot import metrics
from bot.telegram.lean import LeanMessage, LeanReader
from bot.telegram.reading import parse, report_dead, valid_update_id
from storage.database import Database
from storage.models import utcnow
from storage.repositories import InboundUpdateRepository

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

    from bot.telegram.put_aside import PutAside
    from storage.models import InboundUpdate

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 3  # starts of handling before an update that keeps failing is put aside
# Turns cut short by the process dying, before a replay is put aside as a crash loop.
# Far higher than MAX_ATTEMPTS: a kill interrupts every turn in progress (on a loaded
# machine, dozens waiting for the database), not only one that may have caused it, and
# a good message must survive a burst of restarts.
MAX_REPLAYS = 10
# An update as parsed: its id, its payload, the update (None: unreadable) and why not.
_Parsed = tuple[int, dict[str, Any], Update | LeanMessage | None, str | None]
_Waiting = list[tuple[list[_Parsed], "asyncio.Future[list[bool]]"]]  # callers, in order


def _read(
    payload: dict[str, Any], bot: ExtBot[Any], reader: LeanReader | None
) -> tuple[Update | LeanMessage | None, str | None]:
    """A customer's plain text without PTB's objects when ``reader`` takes it, else PTB's."""
    lean = reader.read(payload) if reader is not None else None
    return (lean, None) if lean is not None else parse(payload, bot)


class Intake:
    """Stores updates idempotently and remembers which are being worked on."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.in_flight: set[int] = set()
        # Stored just now with their first attempt counted: the gate needs no database.
        self._fresh: set[int] = set()
        # Handed to a turn (a burst in the listening window): the turn marks them processed.
        self._handed: set[int] = set()
        # Updates waiting to be stored together (group commit), and the task storing them.
        self._queued: _Waiting = []
        self._storing: asyncio.Task[None] | None = None
        # Queued again by the re-pick (``bot.telegram.repick``), not yet begun.
        self._queued_again: set[int] = set()
        # Set by the application: which updates are read without PTB (``bot.telegram.lean``).
        self.lean: LeanReader | None = None
        # Set by the application: who is told of a dead letter (``bot.telegram.put_aside``).
        self.put_aside: PutAside | None = None

    async def accept(
        self, payloads: Sequence[dict[str, Any]], bot: ExtBot[Any], *, lean: bool = False
    ) -> list[Update | LeanMessage]:
        """Store raw updates once; return the readable ones, dead-letter the others.

        ``lean``: a customer's plain text comes back as a ``LeanMessage`` (the webhook's
        updates; polling hands PTB's Updater its own objects)."""
        readable: list[Update | LeanMessage] = []
        fresh: list[int] = []
        reader = self.lean if lean else None
        parsed = [(p["update_id"], p, *_read(p, bot, reader)) for p in payloads]
        for (update_id, _, update, reason), new in zip(
            parsed, await self._stored(parsed), strict=True
        ):
            if new:
                if reason is not None:
                    report_dead(update_id, reason)
                elif update is not None:
                    fresh.append(update_id)
            else:
                metrics.DUPLICATE_UPDATES.inc()
            if update is not None:
                readable.append(update)
        self._fresh.update(fresh)
        metrics.UPDATES_RECEIVED.inc(len(payloads))
        return readable

    async def _stored(self, parsed: list[_Parsed]) -> list[bool]:
        """Store ``parsed`` (committed when this returns); for each, whether it was new.

        Group commit: updates arriving while another write holds SQLite's one writer are
        stored together in one transaction when it is free, not one transaction each (a
        transaction's BEGIN, commit and session cost more than its insert). Each caller
        still answers only after its own rows are committed.
        """
        future: asyncio.Future[list[bool]] = asyncio.get_running_loop().create_future()
        self._queued.append((parsed, future))
        if self._storing is None or self._storing.done():
            self._storing = asyncio.create_task(self._store_queued(), name="intake-store")
        # A request given up on cancels only its own future: the rows are stored by the
        # task above, which skips a cancelled future (no shield needed: one wake-up, not
        # three, per update).
        return await future

    async def _store_queued(self) -> None:
        """Store what is queued, a batch per transaction, until nothing waits."""
        batch: _Waiting = []
        try:
            while self._queued:
                batch, self._queued = self._queued, []
                await self._store_one_batch(batch)
        finally:  # cancelled (shutdown): no caller is left waiting for ever
            for _, future in [*batch, *self._queued]:
                if not future.done():
                    future.cancel()

    async def _store_one_batch(self, batch: _Waiting) -> None:
        """One transaction for ``batch``; each alone instead should it fail."""
        try:
            results = await self._store_batch([parsed for parsed, _ in batch])
        except Exception as error:
            if len(batch) > 1:  # one bad update must not fail the others: alone again
                await self._store_each(batch)
            elif not batch[0][1].done():
                batch[0][1].set_exception(error)
            return
        for (_, future), result in zip(batch, results, strict=True):
            if not future.done():
                future.set_result(result)

    async def _store_each(self, batch: _Waiting) -> None:
        """After a failed batch: each caller's updates in a transaction of their own."""
        for parsed, future in batch:
            try:
                (result,) = await self._store_batch([parsed])
            except Exception as error:
                if not future.done():
                    future.set_exception(error)
            else:
                if not future.done():
                    future.set_result(result)

    async def _store_batch(self, batch: list[list[_Parsed]]) -> list[list[bool]]:
        told = False
        async with self.database.writing(urgent=True) as session:  # Telegram is waiting
            repository = InboundUpdateRepository(session)
            results: list[list[bool]] = []
            for parsed in batch:
                new: list[bool] = []
                for update_id, payload, update, reason in parsed:
                    # The first attempt is counted here, in the same write as the update.
                    attempts = 1 if update is not None else 0
                    stored = await repository.store(
                        update_id, payload, dead_reason=reason, attempts=attempts
                    )
                    new.append(stored)
                    # Unreadable: put aside as it is stored, so counted into the team's
                    # summed notice in this write (a readable update costs only this test).
                    if reason is not None and stored and self.put_aside is not None:
                        told = await self.put_aside.unreadable(session, update_id) or told
                results.append(new)
        if told and self.put_aside is not None:
            self.put_aside.notify()  # after the commit
        return results

    async def begin(self, update_id: int) -> bool:
        """Start handling an update; False when it is answered, in hand or put aside."""
        if update_id in self.in_flight:
            return False
        # A re-pick claimed it and counted its attempt already (``bot.telegram.repick``).
        claimed = update_id in self._queued_again
        self._queued_again.discard(update_id)
        if update_id in self._fresh:  # stored by this process a moment ago, attempt counted
            self._fresh.discard(update_id)
            self.in_flight.add(update_id)
            return True
        # In hand before the database is asked: the same update queued twice (the replay at
        # start, then a re-pick) must not begin twice while the first waits for the answer.
        self.in_flight.add(update_id)
        try:
            async with self.database.writing() as session:
                repository = InboundUpdateRepository(session)
                stored = await repository.get(update_id)
                if stored is not None and (stored.processed_at or stored.dead_at):
                    self.in_flight.discard(update_id)
                    return False
                if not claimed:
                    await repository.count_attempt(update_id)
        except BaseException:
            self.in_flight.discard(update_id)
            raise
        return True

    def busy(self, update_id: int) -> bool:
        """Whether a turn (or the queue) of this process has this update in hand already."""
        return (
            update_id in self.in_flight
            or update_id in self._fresh
            or update_id in self._queued_again
        )

    def queued_again(self, update_ids: Iterable[int]) -> None:
        """These stored updates were claimed, their attempt counted, and put on the queue
        again (``bot.telegram.repick``): ``begin`` counts no second attempt for them."""
        self._queued_again.update(update_ids)

    async def waiting(self, update_ids: Sequence[int]) -> None:
        """These updates wait in the listening window: waiting is not an attempt at handling
        them.

        A process killed (deploy, OOM, kill -9) while a message waits for the end of its
        burst did not fail on it; counted, three such restarts would put a good customer
        message aside. The attempt is counted again when its turn starts (``turn_starts``).
        A message answered at once (no window, or its burst already over) never waits, and
        costs neither write.
        """
        async with self.database.writing() as session:
            await InboundUpdateRepository(session).count_attempts(update_ids, -1)

    async def turn_starts(self, update_ids: Sequence[int]) -> None:
        """A turn begins for these updates that waited: one attempt each, committed first."""
        async with self.database.writing() as session:
            await InboundUpdateRepository(session).count_attempts(update_ids)

    def hand_to_turn(self, update_id: int) -> None:
        """The update's turn (its burst in the listening window) will mark it processed."""
        self._handed.add(update_id)

    async def finish(self, update_id: int) -> None:
        """The handlers are done with an update: processed now, unless a turn owns it."""
        if update_id in self._handed:
            self._handed.discard(update_id)
            return
        await self.mark_processed([update_id])

    def turn_ended(self, update_ids: Iterable[int]) -> None:
        """A turn ended (committed, or failed and left for replay): no longer in hand."""
        self.in_flight.difference_update(update_ids)

    async def failed(self, update_id: int, error: BaseException) -> None:
        """Handling failed: leave it for the next start, or put it aside after enough tries."""
        self._handed.discard(update_id)
        self.in_flight.discard(update_id)
        async with self.database.writing() as session:
            repository = InboundUpdateRepository(session)
            stored = await repository.get(update_id)
            told = False
            if stored is not None and stored.attempts >= MAX_ATTEMPTS:
                reason = f"failed {stored.attempts} times: {type(error).__name__}"
                told = await self.set_aside(session, stored, reason)
        if told and self.put_aside is not None:
            self.put_aside.notify()

    async def mark_processed(self, update_ids: Sequence[int]) -> None:
        """Done with updates that needed no turn (commands, group messages, …)."""
        async with self.database.writing() as session:
            await InboundUpdateRepository(session).mark_processed(update_ids)
        self.in_flight.difference_update(update_ids)

    async def replayable(self, bot: ExtBot[Any]) -> list[Update]:
        """Stored but never answered, to replay on start; the hopeless ones are put aside."""
        updates: list[Update] = []
        told = False
        async with self.database.writing() as session:
            repository = InboundUpdateRepository(session)
            for stored in await repository.unprocessed():
                update, reason = parse(stored.payload, bot)
                if update is not None and stored.attempts >= MAX_REPLAYS:
                    reason = f"failed {stored.attempts} times"
                    told |= await self.set_aside(session, stored, reason, update)
                elif update is None:
                    told |= await self.set_aside(session, stored, reason or "unparseable")
                else:
                    updates.append(update)
            # Claimed for a grace period: another running process's re-pick leaves them to
            # this replay (the gate counts their attempts, as before).
            await repository.mark_picked([u.update_id for u in updates], utcnow())
        if told and self.put_aside is not None:
            self.put_aside.notify()
        return updates

    async def set_aside(
        self,
        session: AsyncSession,
        stored: InboundUpdate,
        reason: str,
        update: Update | None = None,
    ) -> bool:
        """A dead letter, its customer and a person told (when the application set who)."""
        if self.put_aside is not None:
            return await self.put_aside.put(session, stored, reason, update)
        if await InboundUpdateRepository(session).dead_letter(stored.update_id, reason):
            report_dead(stored.update_id, reason)
        return False


class DurableBot(ExtBot[None]):
    """An ExtBot whose getUpdates stores every update before the Updater sees it."""

    def __init__(self, *args: Any, intake: Intake, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._intake = intake
        self._next_offset = 0  # past the last stored update, readable or not

    async def get_updates(
        self,
        offset: int | None = None,
        limit: int | None = None,
        timeout: TimePeriod | None = None,  # noqa: ASYNC109 - the Bot API long-poll parameter
        allowed_updates: Sequence[str] | None = None,
        *,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
        api_kwargs: JSONDict | None = None,
    ) -> tuple[Update, ...]:
        """Fetch raw, store, parse one by one: one unreadable update cannot stall polling.

        The Updater moves its offset past the last update it is given; when the last ones
        were dead letters it is given fewer, so the offset is also moved here.
        """
        data: JSONDict = {
            "timeout": timeout,
            "offset": max(offset or 0, self._next_offset) or None,
            "limit": limit,
            "allowed_updates": allowed_updates,
        }
        raw = cast(
            "list[JSONDict]",
            await self._post(
                "getUpdates",
                data,
                read_timeout=self._poll_read_timeout(read_timeout, timeout),
                write_timeout=write_timeout,
                connect_timeout=connect_timeout,
                pool_timeout=pool_timeout,
                api_kwargs=api_kwargs,
            ),
        )
        payloads = [p for p in raw if isinstance(p, dict) and valid_update_id(p.get("update_id"))]
        if len(payloads) < len(raw):
            log.warning(
                "getUpdates returned %s item(s) without a usable id", len(raw) - len(payloads)
            )
        # Not lean: every update read here is PTB's (the Updater reads their ids and data).
        accepted = await self._intake.accept(payloads, self) if payloads else []
        updates = cast("list[Update]", accepted)
        ids = [
            p["update_id"] for p in raw if isinstance(p, dict) and type(p.get("update_id")) is int
        ]
        self._next_offset = max([self._next_offset, *(i + 1 for i in ids)])
        for update in updates:
            self.insert_callback_data(update)
        return tuple(updates)

    def _poll_read_timeout(
        self, read_timeout: ODVInput[float], timeout: TimePeriod | None
    ) -> float:
        """The read timeout PTB's own get_updates uses: the request's plus the long poll."""
        if isinstance(read_timeout, DefaultValue):
            base = float(self._request[0].read_timeout or 0)
        else:
            base = float(read_timeout or 0)
        if isinstance(timeout, dtm.timedelta):
            return base + timeout.total_seconds()
        return base + float(timeout or 0)
