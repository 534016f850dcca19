"""The database: one async engine, sessions on demand, migrations applied on start.

SQLite (aiosqlite) is the default and runs in WAL mode so the outbox sender can read
while a turn writes; PostgreSQL (asyncpg) is chosen by ``DATABASE_URL``.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import time
from collections import deque
from collections.abc import AsyncIterator, Callable
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from storage.errors import StorageError
from storage.json_text import json_text
from storage.pool_budget import DEFAULT_SERVER_LIMIT, pool_sizes, server_limit, warn_unless_fits
from storage.sqlite_inline import InlineConnection, inline_creator, sqlite_connector
from storage.sqlite_writer import InlineWriter
from storage.written import HELD, READER, hold

PACKAGE = Path(__file__).resolve().parent
# Set while a write transaction begins: SQLite then takes its write lock at BEGIN, so a
# turn never fails half-way when another writer got there first ("database is locked").
_IMMEDIATE: ContextVar[bool] = ContextVar("hamdel_sqlite_immediate", default=False)
# PostgreSQL advisory lock namespaces (the first of the two int4 keys).
CHAT_LOCKS = 0x48_4D_44_01
LEADER_LOCKS = 0x48_4D_44_02
MIGRATION_LOCK = 0x48_4D_44_03
# PostgreSQL: a pooled connection idle this long is pinged before use (see _IdlePing).
PING_AFTER_IDLE = 5.0
_IDLE_SINCE = "hamdel_idle_since"


def _chat_key(chat_id: int) -> dict[str, int]:
    # Two int4 keys: the namespace and the chat id folded into 32 signed bits.
    folded = (chat_id ^ (chat_id >> 32)) & 0xFFFFFFFF
    return {"k1": CHAT_LOCKS, "k2": folded - (1 << 32) if folded >= 1 << 31 else folded}


def alembic_config(url: str | None = None) -> Config:
    """Alembic's configuration, found next to this module wherever it is installed."""
    config = Config(str(PACKAGE / "alembic.ini"))
    config.set_main_option("script_location", str(PACKAGE / "migrations"))
    if url:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def _prepare_sqlite_path(url: str) -> None:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        Path(str(parsed.database)).parent.mkdir(parents=True, exist_ok=True)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers and one writer work at once; foreign keys are off by default in SQLite.
    # secure_delete overwrites deleted content with zeros: what /forget erases must not stay
    # readable in free pages (SQLite's default depends on how it was compiled).
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
    # The driver's own implicit BEGIN cannot be made IMMEDIATE; emit BEGIN ourselves.
    dbapi_connection.isolation_level = None


def _sqlite_begin(connection: Any) -> None:
    statement = "BEGIN IMMEDIATE" if _IMMEDIATE.get() else "BEGIN"
    driver = connection.connection.driver_connection
    if isinstance(driver, InlineConnection) and driver._connection is not None:
        if driver._connection.in_transaction:
            return  # ORM work joining the inline writer's transaction (sqlite_writer.py)
        # Straight to sqlite3 (it runs on this thread anyway): through SQLAlchemy's
        # execution machinery a BEGIN cost more than the statement, on every transaction.
        driver._connection.execute(statement)
        return
    connection.exec_driver_sql(statement)


def _upgrade(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        # Several processes may start at once (docker compose --scale): one migrates at a
        # time, the others then find the schema at head. Held until this transaction ends.
        connection.execute(text("SELECT pg_advisory_xact_lock(:k1, 0)"), {"k1": MIGRATION_LOCK})
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


class _IdlePing:
    """Pings a pooled PostgreSQL connection before use only when it sat idle a while.

    SQLAlchemy's ``pool_pre_ping`` pings on every checkout, and asyncpg's ping is three
    round trips (BEGIN, an empty query, ROLLBACK): under load a third of a message's
    round trips. A connection used moments ago answered then; one that sat idle may have
    been dropped (server restart, a proxy's idle timeout) and is pinged, replaced when dead.
    A server that goes away under load fails the statements in flight whatever is pinged;
    the first such failure renews the whole pool (SQLAlchemy invalidates it on a
    disconnect), so the next checkouts get fresh connections.
    """

    def __init__(self, after: float, clock: Callable[[], float]) -> None:
        self.after = after
        self.clock = clock
        self.pings = 0  # how many were pinged (tests read it)

    def checkin(self, _dbapi_connection: Any, record: Any) -> None:
        record.info[_IDLE_SINCE] = self.clock()

    def checkout(self, dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get(_IDLE_SINCE)  # none: a connection opened just now
        if since is None or self.clock() - since < self.after:
            return
        self.pings += 1
        try:
            dbapi_connection.ping()
        except Exception as error:  # the pool discards it and checks out another
            raise DisconnectionError("pooled connection is gone") from error


class _WriterLock:
    """One writer at a time, urgent ones first (FIFO within each kind).

    Short bookkeeping writes (intake, the outbox's claims and marks) go before queued
    turns: under load a plain FIFO lock made every reply wait behind every pending turn.
    """

    def __init__(self) -> None:
        self._held = False
        self._urgent: deque[asyncio.Future[None]] = deque()
        self._normal: deque[asyncio.Future[None]] = deque()

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


class Database:
    """The engine and session factory; ``initialize()`` also migrates to the latest schema."""

    def __init__(
        self,
        url: str,
        *,
        echo: bool = False,
        pool_size: int | None = None,
        max_overflow: int | None = None,
        processes: int = 1,
        ping_after_idle: float = PING_AFTER_IDLE,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.url = url
        self.echo = echo
        # PostgreSQL only (SQLite's inline connection has its own pool): this process's
        # share of the server's connections among ``processes`` (storage/pool_budget.py),
        # sized again from the server's own limit on start; a size given is kept.
        self._sizing = (processes, pool_size, max_overflow)
        self.pool = pool_sizes(processes, DEFAULT_SERVER_LIMIT, pool_size, max_overflow)
        self._engine: AsyncEngine | None = None
        self._sessions: async_sessionmaker[AsyncSession] | None = None
        self._sqlite = make_url(url).get_backend_name() == "sqlite"
        self._writer = _WriterLock()
        self._reader: sqlite3.Connection | None = None  # SQLite file: autocommit reads
        self._inline_writer: InlineWriter | None = None  # SQLite file: the write transactions
        self.idle_ping = _IdlePing(ping_after_idle, clock)

    @property
    def is_sqlite(self) -> bool:
        """Whether this is the embedded default."""
        return self._sqlite

    @property
    def engine(self) -> AsyncEngine:
        """The engine; only after ``initialize()``."""
        if self._engine is None:
            raise StorageError("Database.initialize() has not been called")
        return self._engine

    async def initialize(self) -> None:
        """Create the engine and apply migrations."""
        if self._engine is not None:
            return
        if self.is_sqlite:
            _prepare_sqlite_path(self.url)
        self._open()
        async with self.engine.begin() as connection:
            await connection.run_sync(_upgrade)
            limit = None if self.is_sqlite else await server_limit(connection)
        if limit is not None:
            await self._size_for(limit)
        if self.is_sqlite and make_url(self.url).database not in (None, "", ":memory:"):
            # A memory database is per connection: there a reader would see another one.
            self._reader = sqlite_connector(self.url)()
            _sqlite_pragmas(self._reader, None)
            self._inline_writer = await InlineWriter.open(self.engine)

    def _open(self) -> None:
        # SQLite: statements run on the event loop itself (no aiosqlite worker thread).
        sizes = {"pool_size": self.pool.pool_size, "max_overflow": self.pool.max_overflow}
        creator: dict[str, Any] = (
            {"async_creator": inline_creator(self.url)} if self.is_sqlite else sizes
        )
        self._engine = create_async_engine(
            self.url,
            echo=self.echo,
            # SQLite: a local file cannot drop a connection. PostgreSQL: _IdlePing below.
            pool_pre_ping=False,
            hide_parameters=True,  # SQL errors must not carry customer text into logs
            json_serializer=json_text,  # compact UTF-8: a state within one page (round 17)
            **creator,
        )
        if self.is_sqlite:
            event.listen(self._engine.sync_engine, "connect", _sqlite_pragmas)
            event.listen(self._engine.sync_engine, "begin", _sqlite_begin)
        else:
            pool = self._engine.sync_engine.pool
            event.listen(pool, "checkin", self.idle_ping.checkin)
            event.listen(pool, "checkout", self.idle_ping.checkout)
        self._sessions = async_sessionmaker(self._engine, expire_on_commit=False)

    async def _size_for(self, limit: int) -> None:
        """The pool again, sized from the server's ``limit`` (one connection open so far)."""
        processes, pool_size, max_overflow = self._sizing
        sizes = pool_sizes(processes, limit, pool_size, max_overflow)
        if sizes != self.pool:
            await self.engine.dispose()
            self.pool = sizes
            self._open()
        warn_unless_fits(sizes, processes, limit)

    def _read_on(self, session: AsyncSession) -> AsyncSession:
        if self._reader is not None and self._engine is not None:
            session.info[READER] = (self._reader, self._engine.dialect)
        return session

    async def shutdown(self) -> None:
        """Close every pooled connection."""
        if self._inline_writer is not None:
            await self._inline_writer.close()
            self._inline_writer = None
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        if self._engine is not None:
            await self._engine.dispose()
            self._engine = None
            self._sessions = None

    async def purge_deleted(self) -> None:
        """After erasing personal data: leave no old copy of it in SQLite's write-ahead log.

        The WAL keeps earlier versions of every page written since the last checkpoint;
        TRUNCATE copies the current pages into the main file and empties the log. On
        PostgreSQL, deleted row versions stay in table files until VACUUM reuses them
        (autovacuum does so routinely); no query can read them, and /privacy says so.
        """
        if not self.is_sqlite:
            return
        async with self.engine.connect() as connection:
            await connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    @contextlib.asynccontextmanager
    async def writing(
        self, session: AsyncSession | None = None, *, urgent: bool = False
    ) -> AsyncIterator[AsyncSession]:
        """A write transaction, committed on exit (on ``session`` when given).

        SQLite has one writer at a time: here they queue on a lock (``urgent`` ones first)
        and begin IMMEDIATE, instead of sleeping in SQLite's busy handler while holding
        snapshots that can no longer be upgraded. Keep NLU and other slow work outside.
        """
        if not self._sqlite:
            async with contextlib.AsyncExitStack() as stack:
                if session is None:
                    session = await stack.enter_async_context(self.session())
                async with session.begin():
                    yield session
            return
        await self._writer.acquire(urgent)
        async with contextlib.AsyncExitStack() as stack:
            stack.callback(self._writer.release)
            if session is None:
                session = await stack.enter_async_context(self.scope())
            if self._inline_writer is not None and not session.in_transaction():
                async with self._inline_writer.transaction(session):
                    yield session
                return
            async with session.begin():
                token = _IMMEDIATE.set(True)
                try:
                    connection = await session.connection()  # BEGIN IMMEDIATE happens here
                finally:
                    _IMMEDIATE.reset(token)
                if connection.sync_connection is not None:
                    hold(session, connection.sync_connection)  # its writes go straight there
                    stack.callback(session.info.pop, HELD, None)
                yield session

    async def lock_chat(self, session: AsyncSession, chat_id: int) -> None:
        """Hold this chat until ``session``'s transaction ends (PostgreSQL, every process).

        A transaction advisory lock: a killed process's transaction ends with its
        connection, and the lock with it. SQLite serves one process, whose per-chat asyncio
        lock is enough.
        """
        if not self._sqlite:
            await session.execute(
                text("SELECT pg_advisory_xact_lock(:k1, :k2)"), _chat_key(chat_id)
            )

    async def lead(self, session: AsyncSession, task: str) -> bool:
        """Whether this process may run ``task`` now (one process at a time on PostgreSQL).

        A transaction-scoped try-lock: held until ``session``'s transaction ends, so the
        scheduler's reminders and follow-ups are taken once even with many processes.
        """
        if self._sqlite:
            return True
        query = text("SELECT pg_try_advisory_xact_lock(:k1, hashtext(:task))")
        return bool(await session.scalar(query, {"k1": LEADER_LOCKS, "task": task}))

    def session(self) -> AsyncSession:
        """A new session: one per update or turn, committed by its caller."""
        if self._sessions is None:
            raise StorageError("Database.initialize() has not been called")
        return self._sessions()

    def scope(self) -> contextlib.AbstractAsyncContextManager[AsyncSession]:
        """``async with database.scope() as session``: a session closed on exit."""
        if not self._sqlite:
            return self.session()
        return self._inline_scope()

    @contextlib.asynccontextmanager
    async def _inline_scope(self) -> AsyncIterator[AsyncSession]:
        # AsyncSession's own exit closes in a task of its own (shielded from cancellation):
        # a whole turn of the event loop per session, which on a busy loop was a wait of
        # ~10 ms per use. On SQLite (inline) close never suspends: it cannot be cut short.
        session = self._read_on(self.session())
        try:
            yield session
        finally:
            if session.in_transaction():  # a connection to give back: through the greenlet
                await session.close()
            else:  # nothing to give back (the reader's reads, the writer's writes): close
                session.sync_session.close()  # without a greenlet of its own (~8 µs of 15)


def upgrade(url: str) -> None:
    """Migrate ``url`` to the latest schema (``hamdel db upgrade``)."""
    import asyncio

    async def run() -> None:
        database = Database(url)
        await database.initialize()
        await database.shutdown()

    asyncio.run(run())
