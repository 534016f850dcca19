"""A turn's replies handed straight to the outbox sender, which claims them at once.

Without this, a committed reply waited for the sender's next pass: a wake-up, a read of
every pending row, then the claim. The turn already holds its rows, so the sender claims
the chat's head at once — only when nothing older is pending or being sent to that chat
(order per chat), only while Telegram's limits allow it, and with the same commit of
'sending' before the call (at most once). Anything else is left to the ordinary pass.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, bindparam, exists, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.staff_batch import take_run
from storage.models import OutboxMessage, utcnow
from storage.repositories import OutboxRepository, Pace
from storage.repositories.outbox import UNSENT
from storage.written import write

if TYPE_CHECKING:
    from bot.outbox import OutboxSender

log = logging.getLogger(__name__)


class DirectHandoff:
    """The part of :class:`~bot.outbox.OutboxSender` that takes a turn's rows at once."""

    _claiming: asyncio.Task[None] | None  # set in OutboxSender.__init__

    def hand(self: OutboxSender, rows: Sequence[OutboxMessage]) -> None:  # type: ignore[misc]
        """Rows a turn committed just now: each chat's head (a staff card's too) goes out
        at once when it is that chat's next message; the rest wait for its settle or a pass."""
        runs, later = self._direct_runs(rows)
        if later:
            self.notify()
        self._handed.extend(runs)
        if runs and (self._claiming is None or self._claiming.done()):
            # One claimer at a time: what turns hand over meanwhile is claimed together.
            task = asyncio.create_task(self._claim_handed(), name="outbox-handed")
            self._claiming = task
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def claim_in(  # type: ignore[misc]
        self: OutboxSender, session: AsyncSession, rows: Sequence[OutboxMessage]
    ) -> tuple[list[list[OutboxMessage]], bool]:
        """A turn's rows claimed in the turn's own write transaction, so they need no claim
        transaction of their own nor a wait for the claimer task. The runs to ``start`` once
        that transaction commits, and whether a pass must look at the rest. The same choice
        and statements as ``hand``: only a chat's next message, only inside the limits
        (PostgreSQL: the shared slots, taken after the rows as the pass takes them);
        'sending' is committed before the call as ever."""
        # Inserted claimed already (``may_take``: SQLite): each its chat's run, inside the
        # limits as ``_direct_runs`` counts them; what of those chats is behind it waits
        # for its settle, as behind any run.
        taken = [[row] for row in rows if row.status == "sending"]
        if taken:
            chats = {int(run[0].chat_id) for run in taken}
            for chat_id in chats:
                self._count_send(chat_id)
            rows = [row for row in rows if int(row.chat_id) not in chats]
        runs, later = self._direct_runs(rows)
        now = utcnow()
        claimed = [run for run in runs if await _claim_if_next(session, run, now)]
        if claimed and self._shared_pace is not None:
            claimed = await self._admitted(session, claimed, self._shared_pace)
        return taken + claimed, later or len(claimed) < len(runs)

    def may_take(self: OutboxSender, chat_id: int) -> bool:  # type: ignore[misc]
        """Whether a turn's reply to ``chat_id`` may be inserted claimed (``claim_in``
        then takes it as it is): what ``_direct_runs`` would decide for the chat — not
        busy, inside the limits — kept in memory by this one sender (SQLite; PostgreSQL's
        limits and claims are the database's, taken in the claim). The insert itself
        checks that nothing older of the chat is unsent."""
        if self._shared_pace is not None or not self.database.is_sqlite:
            return False
        return chat_id not in self._busy and self._rate_delay(chat_id) <= 0

    def start(  # type: ignore[misc]
        self: OutboxSender, runs: Sequence[list[OutboxMessage]], look: bool
    ) -> None:
        """After the commit of the runs ``claim_in`` took: send them; a pass if asked."""
        for run in runs:
            self._start(run)
        if look:
            self.notify()

    def _direct_runs(  # type: ignore[misc]
        self: OutboxSender, rows: Sequence[OutboxMessage]
    ) -> tuple[list[list[OutboxMessage]], bool]:
        """The runs that may be claimed at once (each chat's head, a staff chat's as a
        customer's, inside the limits, counted as sent), and whether a pass must look."""
        # PostgreSQL: Telegram's limits are kept in the database for every process; the
        # claim takes the slots (below). Else here, in memory.
        paced_here = self._shared_pace is None
        runs: list[list[OutboxMessage]] = []
        later = False
        ordered = sorted(rows, key=lambda r: (int(r.chat_id), r.id))
        for chat_id, group in itertools.groupby(ordered, key=lambda r: int(r.chat_id)):
            chat_rows = list(group)
            due = all(r.next_attempt_at is None or r.next_attempt_at <= utcnow() for r in chat_rows)
            if chat_id in self._busy:
                continue  # claimed by a pass already, or its settling wakes the next pass
            if not due or (paced_here and self._rate_delay(chat_id) > 0):
                later = True
                continue
            # What stays behind the run (a staff card's copies) waits for the run's settle,
            # which claims it next (SQLite) or wakes the pass: a pass now finds the chat busy.
            runs.append(take_run(chat_rows, self._solo))
            if paced_here:
                self._count_send(chat_id)  # inside the limits before it goes
        return runs, later

    async def _claim_next(  # type: ignore[misc]
        self: OutboxSender, session: AsyncSession, chats: set[int]
    ) -> tuple[list[list[OutboxMessage]], set[int]]:
        """In a settle's transaction: the next run of each of ``chats`` (just settled, rows
        waiting), picked and claimed as a pass does, never ahead of an older unsent row (a
        failed run's rows are 'sending' until rescheduled); and the chats a pass must still
        look at. Saves the pass its session or transaction, its read of every chat's
        pending rows and its claim. SQLite: read on the cursor, each run claimed only as
        its chat's next. PostgreSQL: the pass's own statements (rows locked, others' and
        busy chats skipped, then the shared limits' slots), for these chats only."""
        outbox = OutboxRepository(session)
        now = datetime.now(UTC)
        if self.database.is_sqlite:
            runs, wait = self._pick(await outbox.pending_of(chats), now)
            claimed_at = utcnow()
            claimed = [run for run in runs if await _claim_if_next(session, run, claimed_at)]
        else:
            rows = await outbox.pending(shared=True, chats=chats)
            runs, wait = self._pick(rows, now, paced=self._shared_pace is None)
            if runs and self._shared_pace is not None:
                runs, then = await self._admit(session, runs, self._shared_pace)
                wait = then if wait is None else min(wait, then or wait)
            claimed = await self._claim_in(outbox, runs) if runs else []
        taken = {int(run[0].chat_id) for run in claimed}
        rest = set(chats) if wait is not None else set(chats) - taken
        return claimed, rest

    async def _claim_handed(self: OutboxSender) -> None:  # type: ignore[misc]
        """Claim (one commit) the runs still their chat's next, then send them; again while
        more are handed over."""
        while self._handed:
            runs = list(self._handed)
            self._handed.clear()
            try:
                async with self.database.writing(urgent=True) as session:
                    now = utcnow()
                    claimed = [run for run in runs if await _claim_if_next(session, run, now)]
                    if claimed and self._shared_pace is not None:
                        claimed = await self._admitted(session, claimed, self._shared_pace)
            except Exception:  # the rows stay pending: the pass takes them
                log.exception("handed outbox rows could not be claimed")
                self.notify()
                continue
            for run in claimed:
                self._start(run)
            if len(claimed) < len(runs):
                self.notify()  # something older comes first: the pass sends it, then these

    async def _admitted(  # type: ignore[misc]
        self: OutboxSender, session: AsyncSession, runs: list[list[OutboxMessage]], pace: Pace
    ) -> list[list[OutboxMessage]]:
        """The claimed runs the shared limits let go now; the others pending again (the
        pass sends them when it may). Rows are locked before the pace's lock, as in the
        pass: the two never wait for each other the other way round."""
        allowed, _ = await self._admit(session, runs, pace)
        refused = [r.id for run in runs if run not in allowed for r in run]
        if refused:
            await OutboxRepository(session).release(refused)
        return allowed


def _claim_statement(one: bool = False) -> Any:
    """'sending' for rows ``ids`` (``one``: the single row ``first``) unless an older row
    of ``b_chat`` (below ``first``) is still unsent; built once (a fresh statement and its
    cache key per run cost more than the statement itself)."""
    table = cast(Table, OutboxMessage.__table__)
    older = table.alias("older")
    earlier = exists(
        select(older.c.id).where(
            older.c.chat_id == bindparam("b_chat"),
            or_(older.c.status == UNSENT[0], older.c.status == UNSENT[1]),  # no IN to expand
            older.c.id < bindparam("first"),
        )
    )
    # PostgreSQL: rows another sender's pass holds (FOR UPDATE) are skipped, not waited
    # for: that pass claims them, or leaves them pending for the next one. SQLite has one
    # sender and no FOR UPDATE (SQLAlchemy leaves the clause out there).
    free = (
        select(table.c.id)
        .where(
            table.c.id == bindparam("first")
            if one
            else table.c.id.in_(bindparam("ids", expanding=True)),
            table.c.status == "pending",
        )
        .with_for_update(skip_locked=True)
    )
    return (
        update(table)
        .where(table.c.id.in_(free))
        .where(~earlier)
        .values(status="sending", attempted_at=bindparam("now", type_=table.c.attempted_at.type))
        .returning(table.c.id)
    )


_CLAIM = _claim_statement()
# Most runs are one row: no expanding list, so on SQLite it runs on the cursor (written.py).
_CLAIM_ONE = _claim_statement(one=True)


async def _claim_if_next(session: AsyncSession, run: list[OutboxMessage], now: datetime) -> bool:
    """'sending' for ``run`` when no older row of its chat is pending or being sent."""
    ids = [r.id for r in run]
    if len(ids) == 1:
        one = {"b_chat": run[0].chat_id, "first": ids[0], "now": now}
        return bool((await write(session, _CLAIM_ONE, one)).rowcount)  # nothing to release
    parameters = {"ids": ids, "b_chat": run[0].chat_id, "first": min(ids), "now": now}
    result = await session.execute(_CLAIM, parameters)
    taken: list[Any] = list(result.scalars().all())
    if len(taken) == len(ids):
        return True
    if taken:
        await OutboxRepository(session).release([int(i) for i in taken])
    return False
