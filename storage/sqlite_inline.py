"""SQLite for SQLAlchemy's aiosqlite dialect, each call made at once on the event loop.

aiosqlite hands every call (cursor, execute, fetch, close) to a worker thread and back:
four thread hops per statement, which cost far more than the statement itself on a local
file (tens of microseconds). Here the same API runs the call directly. Waits cannot
arise inside this process (``Database.writing`` lets one writer in at a time); another
process writing to the same file (``hamdel`` commands) may make a statement wait on
SQLite's busy handler, which this trades for the thread hops.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Awaitable, Callable, Generator
from functools import partial
from typing import Any

import aiosqlite
from sqlalchemy.engine import make_url


class _AtOnce:
    """Stands in for the worker thread's queue: SQLAlchemy's adapter puts a call there
    directly (to set ``isolation_level``); it is made at once and its future settled."""

    @staticmethod
    def put_nowait(item: tuple[asyncio.Future[Any] | None, Callable[[], Any]]) -> None:
        future, function = item
        try:
            result = function()
        except Exception as error:
            if future is not None:
                future.set_exception(error)
        else:
            if future is not None:
                future.set_result(result)


class InlineConnection(aiosqlite.Connection):
    """An aiosqlite connection without its worker thread."""

    def __init__(self, connector: Callable[[], sqlite3.Connection], chunk: int) -> None:
        super().__init__(connector, chunk)
        self._tx = _AtOnce()  # type: ignore[assignment]

    async def _execute(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        if self._connection is None and fn is not self._connector:
            raise ValueError("Connection closed")
        return fn(*args, **kwargs)

    async def _connect(self) -> InlineConnection:
        if self._connection is None:
            self._connection = self._connector()
        return self

    def __await__(self) -> Generator[Any, None, InlineConnection]:
        return self._connect().__await__()

    def stop(self) -> None:
        """No worker thread to stop."""
        self._running = False


def sqlite_connector(url: str) -> Callable[[], sqlite3.Connection]:
    """A new sqlite3 connection to a SQLite URL's database, as SQLAlchemy would open it."""
    parsed = make_url(url)
    args, kwargs = parsed.get_dialect()().create_connect_args(parsed)
    # Every call is made on the loop's thread, but the pool may close from another one.
    kwargs["check_same_thread"] = False
    return partial(sqlite3.connect, *args, **kwargs)


def inline_creator(url: str) -> Callable[[], Awaitable[InlineConnection]]:
    """``create_async_engine(url, async_creator=...)`` for a SQLite URL."""
    connector = sqlite_connector(url)

    async def create() -> InlineConnection:
        return await InlineConnection(connector, 64)

    return create
