"""The real process, polling: an unreadable update is put aside, the customer after it is
answered, nothing they wrote reaches the logs, and SIGTERM still exits 0."""

from __future__ import annotations

import os
import signal
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fake_bot_api import FakeBotAPI
from tests.telegram.conftest import ROOT, TOKEN, free_port
from tests.telegram.intake_helpers import unreadable_updates
from tests.telegram.test_crash import start_bot, wait_for

NAME, WORDS = "Parvaneh-Secretname", "the-hidden-complaint-words"


@pytest.fixture
def threaded_fake() -> Iterator[FakeBotAPI]:
    fake = FakeBotAPI(token=TOKEN)
    fake.start_in_thread()
    yield fake
    fake.stop_thread()


def dead_letters(db: Path) -> list[int]:
    if not db.exists():
        return []
    with sqlite3.connect(db) as connection:
        try:
            query = "SELECT update_id FROM inbound_updates WHERE dead_at IS NOT NULL"
            return [row[0] for row in connection.execute(query)]
        except sqlite3.OperationalError:
            return []


def test_unreadable_update_while_polling_then_sigterm(
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
        HAMDEL_LOG_LEVEL="INFO",
    )
    bad = unreadable_updates(9_100)
    bad[0]["message"].update(text=WORDS, **{"from": {"id": 5, "is_bot": False, "first_name": NAME}})
    bot = start_bot(env, window=0.3)
    try:
        wait_for(lambda: fake.calls_to("getUpdates"))
        for update in bad:
            fake.push_update(update)
        good = fake.push_command(730, "/start", language_code="en")
        said = fake.wait_for_messages_blocking(730, 1, timeout=60)
        assert "keeps you up at night" in said[0]
        wait_for(lambda: fake.confirmed_offset > good)
        assert sorted(dead_letters(db)) == [u["update_id"] for u in bad]
    finally:
        bot.send_signal(signal.SIGTERM)
        code = bot.wait(60)
    logs = bot.stderr.read().decode() if bot.stderr else ""
    assert code == 0, logs
    assert "put aside as a dead letter" in logs  # the operator is told, without the text
    assert WORDS not in logs and NAME not in logs and "CRITICAL" not in logs
    assert len(fake.calls_to("getUpdates")) < 200  # no hot loop on the same update
