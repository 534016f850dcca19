"""SQLite's write transactions without the ORM session's transaction machinery.

Through the session a write transaction on SQLite cost ~125 µs of CPU before its first
statement ran (a session transaction, a pool check-out and check-in, a Connection, four
greenlet hops for begin, connection, commit and close) against ~5 µs of sqlite3's own
BEGIN IMMEDIATE and COMMIT, and a message takes one to three of them (the intake's
store, the turn's write, the outbox marks). Here this process's one writer keeps one
connection checked out; a transaction is BEGIN IMMEDIATE and COMMIT on its sqlite3
connection, and the session is bound to that connection meanwhile: the hot statements
(``storage.written``) run straight on it, and any ORM work (a flush, a query) joins the
same transaction: the session's commit is its flush, for the connection is ``owned``
(``storage.sqlite_inline``) and the COMMIT is the writer's. Engine ``begin``/``commit``/
``rollback`` listeners still hear of each transaction.

Group commit: a transaction is shared by the writes that come while it is open. A write
runs in a savepoint of its own (a failing one undoes only itself); when it ends and other
work is ready to run on the loop, the COMMIT waits for the end of that pass (``call_soon``)
so the writes made meanwhile (other turns, the intake's store, the outbox's marks) join
it; with nothing else ready it commits at once, as before. Each write is committed before
its ``Database.writing()`` returns: only the COMMIT is shared, never what is durable when.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections import deque
from collections.abc import AsyncIterator

from sqlalchemy import exc
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession

from storage.sqlite_inline import InlineConnection
from storage.written import HELD

_SAVEPOINT = "hamdel_write"


class WriterLock:
    """One writer at a time, urgent ones first (FIFO within each kind).

    Short bookkeeping writes (intake, the outbox's claims and marks) go before queued
    turns: under load a plain FIFO lock made every reply wait behind every pending turn.
    """

    def __init__(self) -> None:
        self._held = False
        self._urgent: deque[asyncio.Future[None]] = deque()
        self._normal: deque[asyncio.Future[None]] = deque()

    @property
    def held(self) -> bool:
        """Whether a write holds it."""
        return self._held

    @property
    def queued(self) -> bool:
        """Whether writes wait for it."""
        return bool(self._urgent or self._normal)

    async def acquire(self, urgent: bool) -> None:
        if not self._held and not self._urgent and not self._normal:
            self._held = True
            return
        waiter = asyncio.get_running_loop().create_future()
        queue = self._urgent if urgent else self._normal
        queue.append(waiter)
        try:
            await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():
                self.release()  # handed over just as we were cancelled: pass it on
            else:
                with contextlib.suppress(ValueError):
                    queue.remove(waiter)
            raise

    def release(self) -> None:
        for queue in (self._urgent, self._normal):
            while queue:
                waiter = queue.popleft()
                if not waiter.done():
                    waiter.set_result(None)  # the lock passes straight to this waiter
                    return
        self._held = False


class InlineWriter:
    """The connection this process's SQLite write transactions run on, one at a time."""

    def __init__(self, connection: AsyncConnection, raw: sqlite3.Connection) -> None:
        self.connection = connection
        self.raw = raw
        self._sync: Connection = connection.sync_connection  # type: ignore[assignment]
        self._group: asyncio.Future[None] | None = None  # the open transaction's COMMIT
        self._closing = False  # its COMMIT is scheduled (or due when the write in it ends)
        self._kept = 0  # writes in it that succeeded
        self._told = False  # a session's commit already told the listeners of this one
        self._driver: InlineConnection | None = None

    @classmethod
    async def open(cls, engine: AsyncEngine) -> InlineWriter | None:
        """The writer on one of ``engine``'s connections (None: not SQLite's inline one)."""
        connection = await engine.connect()
        driver = connection.sync_connection.connection.driver_connection  # type: ignore[union-attr]
        if not isinstance(driver, InlineConnection) or driver._connection is None:
            await connection.close()
            return None
        driver.owned = True
        writer = cls(connection, driver._connection)
        writer._driver = driver
        return writer

    async def close(self) -> None:
        """Commit what is open, then give the connection back to the pool."""
        self.commit_now()
        if self._driver is not None:
            self._driver.owned = False  # the pool's next user commits for itself
        await self.connection.close()

    @contextlib.asynccontextmanager
    async def transaction(self, session: AsyncSession) -> AsyncIterator[AsyncSession]:
        """One write, with ``session`` bound to the open transaction (begun if none is);
        kept in it on exit, undone alone on failure. The caller holds the writer lock and
        then calls ``ended``."""
        if self._group is None:
            self._run("BEGIN IMMEDIATE")
            self._event("begin")
            self._group = asyncio.get_running_loop().create_future()
            self._kept, self._told = 0, False
        sync_session = session.sync_session
        bind = sync_session.bind
        self._run("SAVEPOINT " + _SAVEPOINT)
        sync_session.bind = self._sync
        session.info[HELD] = (self.raw, self._sync.dialect, None)
        try:
            yield session
            if session.in_transaction() or session.dirty or session.new or session.deleted:
                await session.commit()  # ORM work joined: its flush (the COMMIT is ours)
                self._told = True  # the session told the listeners it committed
            self._run("RELEASE " + _SAVEPOINT)
            self._kept += 1
        except BaseException:
            try:
                if session.in_transaction():
                    await session.rollback()
            finally:
                if self.raw.in_transaction:
                    self._run("ROLLBACK TO " + _SAVEPOINT)
                    self._run("RELEASE " + _SAVEPOINT)
            raise
        finally:
            session.info.pop(HELD, None)
            sync_session.bind = bind

    def ended(self, lock: WriterLock) -> asyncio.Future[None] | None:
        """A write in the open transaction ended (the lock still held): commit now when no
        other work may join, else at the end of the loop's pass. The COMMIT to wait for."""
        group = self._group
        if group is None or self._closing:
            return group
        loop = asyncio.get_running_loop()
        if not lock.queued and not getattr(loop, "_ready", True):
            self.commit_now()  # nothing else is ready to run: no write can join
        else:
            self._closing = True
            loop.call_soon(self._due, lock)
        return group

    def _due(self, lock: WriterLock) -> None:
        if self._group is None:
            return
        if lock.held:  # a write is in it (or about to be): its ``ended`` commits
            self._closing = False
            return
        self.commit_now()

    def commit_now(self) -> None:
        """End the open transaction (if any): COMMIT what its writes kept."""
        group, self._group, self._closing = self._group, None, False
        if group is None:
            return
        try:
            if self._kept:
                if not self._told:
                    self._event("commit")
                self._run("COMMIT")
            else:  # every write in it failed: nothing to keep
                self._event("rollback")
                self._run("ROLLBACK")
        except BaseException as error:
            if self.raw.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.raw.execute("ROLLBACK")
            if not group.done():
                group.set_exception(error)
                group.exception()  # retrieved: a failed write may have nobody waiting
            return
        if not group.done():
            group.set_result(None)

    def _event(self, name: str) -> None:
        # As Connection._begin_impl / _commit_impl / _rollback_impl tell their listeners.
        if self._sync._has_events or self._sync.engine._has_events:
            getattr(self._sync.dispatch, name)(self._sync)

    def _run(self, statement: str) -> None:
        try:
            self.raw.execute(statement)
        except sqlite3.Error as error:  # as SQLAlchemy would raise it
            raise exc.DBAPIError.instance(
                statement, None, error, sqlite3.Error, hide_parameters=True
            ) from error


async def committed(group: asyncio.Future[None]) -> None:
    """Wait for a shared COMMIT; cancelled meanwhile, still return only once it is done
    (the write is in it whatever the caller does), then raise the cancellation."""
    cancelled = False
    while not group.done():
        try:
            await asyncio.shield(group)
        except asyncio.CancelledError:
            cancelled = True  # raised once the COMMIT is done
    if cancelled:
        raise asyncio.CancelledError
    group.result()
