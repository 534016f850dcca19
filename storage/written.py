"""The turn path's hot Core writes, run straight on SQLite's inline sqlite3 connection.

Through ``session.execute`` a one-row insert or update cost ~60-100 µs of SQLAlchemy
(execution context, result object, events) against a few µs in sqlite3 itself, on every
message several times over. Here a statement is compiled once per dialect and set of
parameter names, with its bind processors (JSON, timestamps), and run on the cursor of the
very connection the session's transaction holds. PostgreSQL, and anything this does not
cover (defaults SQLAlchemy would fill in, expanding IN lists), takes the ordinary path:
one call, one answer, for both engines.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from sqlalchemy import CursorResult, Select, Table, exc, insert
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import configure_mappers, make_transient_to_detached
from sqlalchemy.orm.attributes import instance_state, manager_of_class
from sqlalchemy.sql.dml import UpdateBase

from storage.sqlite_inline import InlineConnection
from storage.types import fast_bind

_INSERTS: dict[Table, UpdateBase] = {}  # one insert per table, built once
_Row = TypeVar("_Row")
# ``session.info`` keys set by ``storage.database`` on SQLite's inline connection:
# the write transaction's sqlite3 connection, with the dialect and the session's
# transaction it belongs to (None: ``storage.sqlite_writer``'s, removed when it ends);
# each write then skips ``session.connection()``, a greenlet hop and the ORM's
# connection look-up per statement ...
HELD = "hamdel_held"
# ... and an autocommit sqlite3 connection for a read outside any transaction (one
# SELECT is its own snapshot: no BEGIN, COMMIT, pool check-out or check-in for it).
READER = "hamdel_reader"


@dataclass(frozen=True)
class Written:
    """What a write did: rows it touched, and the new row's id or first returned value
    (``row``: every value RETURNING gave)."""

    rowcount: int
    first: Any = None
    row: tuple[Any, ...] = ()


@dataclass(frozen=True)
class _Compiled:
    sql: str
    binds: tuple[tuple[str, Callable[[Any], Any] | None, Any], ...]  # name, processor, constant
    returns: bool


# (statement, parameter names) -> compiled form, or None where the ordinary path must run.
_CACHE: dict[tuple[int, tuple[str, ...]], tuple[UpdateBase, _Compiled | None]] = {}


def _compile(statement: UpdateBase, dialect: Dialect, keys: tuple[str, ...]) -> Any:
    compiled = statement.compile(dialect=dialect, column_keys=list(keys))
    # A value SQLAlchemy would work out itself (a column default), or a list to expand:
    # not ours to replicate; those statements keep the ordinary path.
    if compiled.insert_prefetch or compiled.update_prefetch or compiled.post_compile_params:
        return None
    processors = compiled._bind_processors
    binds: list[tuple[str, Callable[[Any], Any] | None, Any]] = []
    for name in compiled.positiontup or ():
        process = fast_bind(compiled.binds[name].type, dialect) or processors.get(name)
        if process is not None and not callable(process):
            return None  # a tuple type's processors: not on the hot path
        if name in keys:
            binds.append((name, process, None))
            continue
        # A literal in the statement ("direction = 'in'"): the same value every time.
        constant = compiled.binds[name].effective_value
        binds.append(("", None, process(constant) if process else constant))
    return _Compiled(compiled.string, tuple(binds), bool(getattr(statement, "_returning", ())))


def _prepared(statement: UpdateBase, dialect: Dialect, keys: tuple[str, ...]) -> Any:
    key = (id(statement), keys)
    cached = _CACHE.get(key)
    if cached is None or cached[0] is not statement:
        cached = (statement, _compile(statement, dialect, keys))
        _CACHE[key] = cached
    return cached[1]


def _inline(connection: Connection) -> sqlite3.Connection | None:
    driver = connection.connection.driver_connection
    if isinstance(driver, InlineConnection):
        return driver._connection
    return None


def hold(session: AsyncSession, connection: Connection) -> None:
    """Note the write transaction ``session`` has just begun on ``connection``, for the
    writes in it (SQLite's inline connection only)."""
    raw = _inline(connection)
    if raw is not None:
        session.info[HELD] = (raw, connection.dialect, session.sync_session._transaction)


def _held(session: AsyncSession) -> tuple[sqlite3.Connection, Dialect] | None:
    """The held connection, while the transaction it was noted for is still the one."""
    held = session.info.get(HELD)
    if held is None:
        return None
    if held[2] is not None and session.sync_session._transaction is not held[2]:
        return None  # noted for a transaction that has ended
    return held[0], held[1]


async def _raw(session: AsyncSession) -> tuple[sqlite3.Connection | None, Dialect | None]:
    """SQLite's sqlite3 connection under ``session``'s transaction (None: not inline)."""
    held = _held(session)
    if held is not None:
        return held
    connection = (await session.connection()).sync_connection
    if connection is None:
        return None, None
    return _inline(connection), connection.dialect


async def write(
    session: AsyncSession, statement: UpdateBase, parameters: Mapping[str, Any]
) -> Written:
    """Run one hot insert or update (built once, values as parameters) in ``session``."""
    raw, dialect = await _raw(session)
    prepared = None
    if raw is not None and dialect is not None:
        prepared = _prepared(statement, dialect, tuple(parameters))
    if raw is None or prepared is None:
        return _written(await session.execute(statement, dict(parameters)), statement)
    values = [
        constant if not name else process(parameters[name]) if process else parameters[name]
        for name, process, constant in prepared.binds
    ]
    try:
        cursor = raw.execute(prepared.sql, values)
        if prepared.returns:
            row = cursor.fetchone()
            if row is None:
                return Written(0)
            return Written(1, row[0], tuple(row))
        return Written(cursor.rowcount, cursor.lastrowid)
    except sqlite3.Error as error:  # as SQLAlchemy would raise it (parameters hidden)
        raise exc.DBAPIError.instance(
            prepared.sql, None, error, sqlite3.Error, hide_parameters=True
        ) from error


async def write_many(
    session: AsyncSession, statement: UpdateBase, rows: Sequence[Mapping[str, Any]]
) -> None:
    """Run one hot update (no RETURNING) for each of ``rows`` (same keys): one executemany."""
    if not rows:
        return
    raw, dialect = await _raw(session)
    prepared = None
    if raw is not None and dialect is not None and not statement._returning:
        prepared = _prepared(statement, dialect, tuple(rows[0]))
    if raw is None or prepared is None:
        await session.execute(statement, [dict(row) for row in rows])
        return
    values = [
        [
            constant if not name else process(row[name]) if process else row[name]
            for name, process, constant in prepared.binds
        ]
        for row in rows
    ]
    try:
        raw.executemany(prepared.sql, values)
    except sqlite3.Error as error:  # as SQLAlchemy would raise it (parameters hidden)
        raise exc.DBAPIError.instance(
            prepared.sql, None, error, sqlite3.Error, hide_parameters=True
        ) from error


# A built-once SELECT -> its result processors (JSON, timestamps), one per column.
_READERS: dict[int, tuple[Select[Any], tuple[Callable[[Any], Any] | None, ...]]] = {}


async def read(
    session: AsyncSession, statement: Select[Any], parameters: Mapping[str, Any]
) -> list[tuple[Any, ...]] | None:
    """The rows of a built-once Core SELECT, run on SQLite's cursor with each column's
    values processed as SQLAlchemy would; None where the ordinary path must run (the
    caller's ORM query: PostgreSQL, or anything ``write`` would not take). Outside a
    transaction it runs on the autocommit reader, where the session has one."""
    raw: sqlite3.Connection | None
    dialect: Dialect | None
    held = _held(session)
    reader = session.info.get(READER)
    if held is not None:
        raw, dialect = held
    elif reader is not None and not session.in_transaction():
        raw, dialect = reader
    else:
        raw, dialect = await _raw(session)
    if raw is None or dialect is None:
        return None
    prepared = _prepared(statement, dialect, tuple(parameters))  # type: ignore[arg-type]
    cached = _READERS.get(id(statement))
    if cached is None or cached[0] is not statement:
        processors: tuple[Callable[[Any], Any] | None, ...] = tuple(
            column.type._cached_result_processor(dialect, None)
            for column in statement.selected_columns
        )
        cached = _READERS[id(statement)] = (statement, processors)
    if prepared is None:
        return None
    values = [
        constant if not name else process(parameters[name]) if process else parameters[name]
        for name, process, constant in prepared.binds
    ]
    try:
        rows = raw.execute(prepared.sql, values).fetchall()
    except sqlite3.Error as error:  # as SQLAlchemy would raise it (parameters hidden)
        raise exc.DBAPIError.instance(
            prepared.sql, None, error, sqlite3.Error, hide_parameters=True
        ) from error
    processors = cached[1]
    return [
        tuple(
            value if process is None or value is None else process(value)
            for process, value in zip(processors, row, strict=True)
        )
        for row in rows
    ]


def _written(result: Any, statement: UpdateBase) -> Written:
    cursor = cast(CursorResult[Any], result)
    if statement._returning:
        row = cursor.first()
        return Written(0) if row is None else Written(1, row[0], tuple(row))
    key = cursor.inserted_primary_key if statement.is_insert else None
    return Written(cursor.rowcount, key[0] if key else None)


async def insert_row(session: AsyncSession, model: type[_Row], values: dict[str, Any]) -> _Row:
    """A new row by a Core insert, not ``session.add`` + flush; the object is transient.

    A flush is a unit-of-work pass (~0.2 ms) for one row; give every column with a
    default in ``values``, so the insert is the compiled-once one.
    """
    table = cast(Table, model.__table__)  # type: ignore[attr-defined]
    statement = _INSERTS.get(table)
    if statement is None:
        statement = _INSERTS[table] = insert(table)
    row_id = (await write(session, statement, values)).first
    return built(model, {"id": row_id, **values})


def built(model: type[_Row], values: Mapping[str, Any]) -> _Row:
    """A transient ``model`` object holding ``values`` (a row just written or read),
    filled as the ORM's loading fills one: the constructor sets each column through an
    attribute event (~9 µs an object, against ~1 µs here), and a turn builds five or so."""
    manager = manager_of_class(model)
    if not manager.mapper.configured:  # the constructor would have configured them first
        configure_mappers()
    row: _Row = manager.new_instance()
    row.__dict__.update(values)
    return row


def persist(session: AsyncSession, row: _Row) -> _Row:
    """A row a Core insert just wrote, made persistent in ``session`` as if it had been
    loaded: identity-mapped and clean, so a later change is an ordinary update (or a Core
    one, where the repository does that) and nothing is flushed for the insert itself.

    Registered as the ORM's loading registers a row it read: ``session.add`` would also
    walk the object's save-update cascade and attach events and begin a session
    transaction (~60 µs for a turn's customer and conversation, against ~11 µs here)."""
    make_transient_to_detached(row)
    sync = session.sync_session
    state = instance_state(row)
    key = state.key
    if key is None or key in sync.identity_map:  # that row is held already: add() says so
        sync.add(row)
        return row
    sync.identity_map._add_unpresent(state, key)
    state.session_id = sync.hash_key
    return row
