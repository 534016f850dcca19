"""PostgreSQL: concurrent turns reuse the process's pooled connections instead of opening
a backend per use (SQLAlchemy's default pool of 5 did, for every checkout beyond five)."""

from __future__ import annotations

import asyncio
import os

from sqlalchemy import text

from storage.database import Database
from tests.postgres import PostgresServer

AT_ONCE = 12  # more than SQLAlchemy's default pool (5), fewer than ours


# A backend is its pid and its start (a pid alone could be reused by a new backend).
_BACKEND = text(
    "SELECT pid::text || '@' || backend_start::text FROM pg_stat_activity "
    "WHERE pid = pg_backend_pid()"
)


async def _backends_of_a_round(database: Database) -> set[str]:
    """``AT_ONCE`` transactions held open together (as turns are); their backends."""
    held = asyncio.Event()
    arrived: list[str] = []

    async def turn() -> str:
        async with database.writing() as session:
            pid = str(await session.scalar(_BACKEND))
            arrived.append(pid)
            if len(arrived) == AT_ONCE:
                held.set()
            await held.wait()  # every transaction open at once: one connection each
            return pid

    return set(await asyncio.gather(*(turn() for _ in range(AT_ONCE))))


async def test_a_second_round_of_concurrent_turns_opens_no_new_connection(
    postgres_server: PostgresServer,
) -> None:
    url = postgres_server.create_database(f"hamdel_pool_{os.getpid()}")
    database = Database(url, pool_size=AT_ONCE + 2, max_overflow=4)
    await database.initialize()
    try:
        first = await _backends_of_a_round(database)
        second = await _backends_of_a_round(database)
        assert len(first) == len(second) == AT_ONCE
        assert second <= first  # the same backends: kept in the pool, not reopened
    finally:
        await database.shutdown()


async def test_beyond_the_pool_the_overflow_is_opened_and_closed_again(
    postgres_server: PostgresServer,
) -> None:
    url = postgres_server.create_database(f"hamdel_overflow_{os.getpid()}")
    database = Database(url, pool_size=AT_ONCE - 4, max_overflow=4)
    await database.initialize()
    try:
        first = await _backends_of_a_round(database)
        second = await _backends_of_a_round(database)
        assert len(first) == len(second) == AT_ONCE
        assert len(second - first) == 4  # the overflow's connections are new each round
    finally:
        await database.shutdown()


class _Clock:
    """A clock the test moves by hand (the pool's idle time)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def _backend(database: Database) -> str:
    async with database.writing() as session:
        return str(await session.scalar(_BACKEND))


async def test_a_connection_reused_at_once_is_not_pinged_one_left_idle_is(
    postgres_server: PostgresServer,
) -> None:
    clock = _Clock()
    url = postgres_server.create_database(f"hamdel_ping_{os.getpid()}")
    database = Database(url, pool_size=1, max_overflow=0, ping_after_idle=5.0, clock=clock)
    await database.initialize()
    try:
        first = await _backend(database)
        pings = database.idle_ping.pings
        for _ in range(3):  # back to back, as under load: no ping round trips
            assert await _backend(database) == first
        assert database.idle_ping.pings == pings
        clock.now += 6.0  # idle longer than the limit: pinged before use, still the same
        assert await _backend(database) == first
        assert database.idle_ping.pings == pings + 1
    finally:
        await database.shutdown()


async def test_an_idle_connection_the_server_dropped_is_replaced_before_use(
    postgres_server: PostgresServer,
) -> None:
    clock = _Clock()
    url = postgres_server.create_database(f"hamdel_dropped_{os.getpid()}")
    database = Database(url, pool_size=1, max_overflow=0, ping_after_idle=5.0, clock=clock)
    watcher = Database(url)
    await database.initialize()
    await watcher.initialize()
    try:
        first = await _backend(database)
        pid = int(first.split("@")[0])
        async with watcher.writing() as session:
            assert await session.scalar(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
        await _gone(watcher, pid)
        clock.now += 6.0
        second = await _backend(database)  # the ping found it dead: a new connection
        assert second != first
    finally:
        await watcher.shutdown()
        await database.shutdown()


async def _gone(watcher: Database, pid: int) -> None:
    """Wait until the server has ended backend ``pid`` (terminating is asynchronous)."""
    query = text("SELECT count(*) FROM pg_stat_activity WHERE pid = :p")
    for _ in range(500):
        async with watcher.writing() as session:
            if not await session.scalar(query, {"p": pid}):
                return
        await asyncio.sleep(0.01)
    raise AssertionError(f"backend {pid} still there")
