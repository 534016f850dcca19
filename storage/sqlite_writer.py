"""SQLite's write transactions without the ORM session's transaction machinery.

Through the session a write transaction on SQLite cost ~125 µs of CPU before its first
statement ran (a session transaction, a pool check-out and check-in, a Connection, four
greenlet hops for begin, connection, commit and close) against ~5 µs of sqlite3's own
BEGIN IMMEDIATE and COMMIT, and a message takes one to three of them (the intake's
store, the turn's write, the outbox marks). Here this process's one writer keeps one
connection checked out; a transaction is BEGIN IMMEDIATE and COMMIT on its sqlite3
connection, and the session is bound to that connection meanwhile: the hot statements
(``storage.written``) run straight on it, and any ORM work (a flush, a query) joins the
same transaction, which the session then commits. Engine ``begin``/``commit``/``rollback``
listeners still hear of each transaction.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import AsyncIterator

from sqlalchemy import exc
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession

from storage.sqlite_inline import InlineConnection
from storage.written import HELD


class InlineWriter:
    """The connection this process's SQLite write transactions run on, one at a time."""

    def __init__(self, connection: AsyncConnection, raw: sqlite3.Connection) -> None:
        self.connection = connection
        self.raw = raw
        self._sync: Connection = connection.sync_connection  # type: ignore[assignment]

    @classmethod
    async def open(cls, engine: AsyncEngine) -> InlineWriter | None:
        """The writer on one of ``engine``'s connections (None: not SQLite's inline one)."""
        connection = await engine.connect()
        driver = connection.sync_connection.connection.driver_connection  # type: ignore[union-attr]
        if not isinstance(driver, InlineConnection) or driver._connection is None:
            await connection.close()
            return None
        return cls(connection, driver._connection)

    async def close(self) -> None:
        """Give the connection back to the pool."""
        await self.connection.close()

    @contextlib.asynccontextmanager
    async def transaction(self, session: AsyncSession) -> AsyncIterator[AsyncSession]:
        """A write transaction with ``session`` bound to it, committed on exit."""
        sync_session = session.sync_session
        bind = sync_session.bind
        self._run("BEGIN IMMEDIATE")
        self._event("begin")
        sync_session.bind = self._sync
        session.info[HELD] = (self.raw, self._sync.dialect, None)
        try:
            yield session
            if session.in_transaction() or session.dirty or session.new or session.deleted:
                await session.commit()  # ORM work joined: its flush, then its commit
            if self.raw.in_transaction:
                self._event("commit")
                self._run("COMMIT")
        finally:
            try:
                if session.in_transaction():
                    await session.rollback()
                if self.raw.in_transaction:
                    self._event("rollback")
                    self._run("ROLLBACK")
            finally:
                session.info.pop(HELD, None)
                sync_session.bind = bind

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
