"""The database: one async engine, sessions on demand, migrations applied on start.

SQLite (aiosqlite) is the default and runs in WAL mode so the outbox sender can read
while a turn writes; PostgreSQL (asyncpg) is chosen by ``DATABASE_URL``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from storage.errors import StorageError

PACKAGE = Path(__file__).resolve().parent


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


def _upgrade(connection: Connection) -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


class Database:
    """The engine and session factory; ``initialize()`` also migrates to the latest schema."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        self.echo = echo
        self._engine: AsyncEngine | None = None
        self._sessions: async_sessionmaker[AsyncSession] | None = None

    @property
    def is_sqlite(self) -> bool:
        """Whether this is the embedded default."""
        return make_url(self.url).get_backend_name() == "sqlite"

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
        self._engine = create_async_engine(
            self.url,
            echo=self.echo,
            pool_pre_ping=True,
            hide_parameters=True,  # SQL errors must not carry customer text into logs
        )
        if self.is_sqlite:
            event.listen(self._engine.sync_engine, "connect", _sqlite_pragmas)
        self._sessions = async_sessionmaker(self._engine, expire_on_commit=False)
        async with self._engine.begin() as connection:
            await connection.run_sync(_upgrade)

    async def shutdown(self) -> None:
        """Close every pooled connection."""
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

    def session(self) -> AsyncSession:
        """A new session: one per update or turn, committed by its caller."""
        if self._sessions is None:
            raise StorageError("Database.initialize() has not been called")
        return self._sessions()


def upgrade(url: str) -> None:
    """Migrate ``url`` to the latest schema (``hamdel db upgrade``)."""
    import asyncio

    async def run() -> None:
        database = Database(url)
        await database.initialize()
        await database.shutdown()

    asyncio.run(run())
