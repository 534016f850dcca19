"""Each process's share of the server's connections: N processes fit the server, with
room left for others (a driver, psql, a replica starting). Stop 31's 3 × (20 + 10) plus a
driver's own pool filled a server of 100 (docs/performance.md, PostgreSQL, round 13)."""

from __future__ import annotations

import logging
import os

import pytest

from storage.database import Database
from storage.pool_budget import SPARE, PoolSizes, fits, pool_sizes
from tests.postgres import PostgresServer

DEFAULT = 97  # PostgreSQL's default max_connections less the superuser's reserve


def test_one_process_keeps_ten_and_may_open_five_more() -> None:
    assert pool_sizes() == PoolSizes(10, 5)
    assert pool_sizes(1, DEFAULT) == PoolSizes(10, 5)


@pytest.mark.parametrize("processes", [1, 2, 3, 5, 6, 8, 12, 20, 40])
def test_processes_together_leave_room_on_the_default_server(processes: int) -> None:
    sizes = pool_sizes(processes, DEFAULT)
    assert sizes.pool_size >= 1 and sizes.max_overflow >= 0
    assert processes * sizes.most <= DEFAULT - SPARE
    assert sizes.most <= 15


def test_a_bigger_server_does_not_grow_a_process_past_fifteen() -> None:
    assert pool_sizes(3, 1000) == PoolSizes(10, 5)
    assert pool_sizes(8, DEFAULT) == PoolSizes(7, 3)  # 87 // 8 = 10 each


def test_sizes_given_are_kept() -> None:
    assert pool_sizes(3, DEFAULT, pool_size=20, max_overflow=10) == PoolSizes(20, 10)
    assert pool_sizes(1, DEFAULT, pool_size=4) == PoolSizes(4, 5)
    assert not fits(PoolSizes(20, 10), 4, DEFAULT)  # stop 31's sizes: four cannot fit
    assert fits(PoolSizes(10, 5), 6, DEFAULT)


async def test_a_process_sizes_its_pool_from_the_servers_limit(
    postgres_server: PostgresServer,
) -> None:
    url = postgres_server.create_database(f"hamdel_budget_{os.getpid()}")
    one = Database(url)
    many = Database(url, processes=8)
    await one.initialize()
    await many.initialize()
    try:
        assert one.pool == PoolSizes(10, 5)
        assert one.engine.sync_engine.pool.size() == 10  # type: ignore[attr-defined]
        assert many.pool == PoolSizes(7, 3)
        assert many.engine.sync_engine.pool.size() == 7  # type: ignore[attr-defined]
    finally:
        await one.shutdown()
        await many.shutdown()


async def test_sizes_that_could_fill_the_server_are_logged(
    postgres_server: PostgresServer, caplog: pytest.LogCaptureFixture
) -> None:
    url = postgres_server.create_database(f"hamdel_budget_full_{os.getpid()}")
    database = Database(url, pool_size=20, max_overflow=10, processes=4)
    with caplog.at_level(logging.WARNING, logger="storage.pool_budget"):
        await database.initialize()
    await database.shutdown()
    assert database.pool == PoolSizes(20, 10)
    assert "can pass the 97 the server allows" in caplog.text
