"""kill -9 between intake and reply: nothing is lost, nothing is answered twice."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fake_bot_api import FakeBotAPI
from tests.telegram.conftest import ROOT, TOKEN, free_port


@pytest.fixture
def threaded_fake() -> Iterator[FakeBotAPI]:
    fake = FakeBotAPI(token=TOKEN)
    fake.start_in_thread()
    yield fake
    fake.stop_thread()


def start_bot(env: dict[str, str], window: float) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        env={**env, "LISTEN_WINDOW_SECONDS": str(window), "LISTEN_WINDOW_MAX_SECONDS": "60"},
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def wait_for(condition: object, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def stored_updates(db: Path) -> list[tuple[int, str | None]]:
    if not db.exists():
        return []
    with sqlite3.connect(db) as connection:
        try:
            return list(connection.execute("SELECT update_id, processed_at FROM inbound_updates"))
        except sqlite3.OperationalError:
            return []


def test_kill_9_after_intake_then_restart(
    threaded_fake: FakeBotAPI, tmp_path: Path, nlu_model_dir: Path
) -> None:
    fake = threaded_fake
    db = tmp_path / "hamdel.db"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "HAMDEL_"))}
    env.update(
        DATABASE_URL=f"sqlite+aiosqlite:///{db}",
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=fake.base_url,
        NLU_MODEL_DIR=str(nlu_model_dir),
        OWNERS_FILE=str(ROOT / "owners.example.yml"),
        HTTP_HOST="127.0.0.1",
        HTTP_PORT=str(free_port()),
        HAMDEL_DEFAULT_LANG="en",
    )
    # A long listening window: the update is stored, then the process dies before replying.
    first = start_bot(env, window=60)
    try:
        wait_for(lambda: fake.calls_to("getUpdates"))
        update_id = fake.push_command(900, "/start", language_code="en")
        wait_for(lambda: any(u == update_id for u, _ in stored_updates(db)))
        wait_for(lambda: len(fake.calls_to("getUpdates")) >= 2)  # offset moved past it
        time.sleep(0.5)
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(30)
    assert fake.messages_to(900) == []
    assert fake.confirmed_offset > update_id  # Telegram will not send it again

    second = start_bot(env, window=0.3)
    try:
        said = fake.wait_for_messages_blocking(900, 1, timeout=90)
        assert "keeps you up at night" in said[0]
        time.sleep(2.0)
        assert len(fake.messages_to(900)) == 1  # answered exactly once
        assert all(processed for _, processed in stored_updates(db))
    finally:
        second.send_signal(signal.SIGTERM)  # graceful: finish, flush, exit 0
        assert second.wait(60) == 0, second.stderr.read().decode() if second.stderr else ""
