"""Shared fixtures: databases on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import itertools
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from storage.database import Database
from tests.fake_bot_api import FakeBotAPI
from tests.postgres import PostgresServer
from tests.telegram.conftest import TOKEN

_names = itertools.count(1)


@pytest.fixture(scope="session")
def nlu_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One embedded-model cache for the whole run: trained once, loaded after."""
    return tmp_path_factory.mktemp("nlu-model")


@pytest.fixture
def threaded_fake() -> Iterator[FakeBotAPI]:
    """The fake Bot API in a thread of its own, for a bot running as another process."""
    fake = FakeBotAPI(token=TOKEN)
    fake.start_in_thread()
    yield fake
    fake.stop_thread()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One PostgreSQL server for the whole run (skipped only where it may be)."""
    if not PostgresServer.available():
        if os.environ.get("REQUIRE_POSTGRES") == "1":
            pytest.fail("PostgreSQL is required (REQUIRE_POSTGRES=1) but not installed")
        pytest.skip("PostgreSQL is not installed; run scripts/install-system-deps")
    server = PostgresServer.start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database on each backend."""
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'test.db'}"
    server: PostgresServer = request.getfixturevalue("postgres_server")
    return server.create_database(f"hamdel_test_{os.getpid()}_{next(_names)}")


@pytest.fixture
async def database(database_url: str) -> AsyncIterator[Database]:
    """An initialized (migrated) database."""
    db = Database(database_url)
    await db.initialize()
    yield db
    await db.shutdown()
