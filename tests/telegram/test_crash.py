"""kill -9 between intake and reply: nothing is lost, nothing is answered twice."""

from __future__ import annotations

import time
from pathlib import Path

from tests.botprocess import bot_env, query, started, wait_for
from tests.fake_bot_api import FakeBotAPI


def stored_updates(db: Path) -> list[tuple[int, str | None]]:
    return [
        (int(u), p) for u, p in query(db, "SELECT update_id, processed_at FROM inbound_updates")
    ]


def _settled(db: Path) -> bool:
    """Every stored update handled and every outbox row out of the queue."""
    unsent = query(db, "SELECT id FROM outbox WHERE status IN ('pending', 'sending')")
    return all(processed for _, processed in stored_updates(db)) and not unsent


def test_kill_9_after_intake_then_restart(
    threaded_fake: FakeBotAPI, tmp_path: Path, nlu_model_dir: Path
) -> None:
    fake = threaded_fake
    db = tmp_path / "hamdel.db"
    env = bot_env(db, fake, nlu_model_dir)
    # A long listening window: the update is stored, then the process dies before replying.
    slow = {**env, "LISTEN_WINDOW_SECONDS": "60", "LISTEN_WINDOW_MAX_SECONDS": "60"}
    first = started(slow, fake, tmp_path / "first.log")
    try:
        update_id = fake.push_command(900, "/start", language_code="en")
        wait_for(lambda: any(u == update_id for u, _ in stored_updates(db)))
        wait_for(lambda: fake.confirmed_offset > update_id)  # offset moved past it
        time.sleep(0.5)
    finally:
        first.kill()
    assert fake.messages_to(900) == []
    assert fake.confirmed_offset > update_id  # Telegram will not send it again

    quick = {**env, "LISTEN_WINDOW_SECONDS": "0.3", "LISTEN_WINDOW_MAX_SECONDS": "60"}
    second = started(quick, fake, tmp_path / "second.log")
    try:
        said = fake.wait_for_messages_blocking(900, 1, timeout=90)
        assert "keeps you up at night" in said[0]
        wait_for(lambda: _settled(db))  # handled and sent: nothing more is coming
        assert len(fake.messages_to(900)) == 1  # answered exactly once
        assert all(processed for _, processed in stored_updates(db))
    finally:
        code = second.terminate()  # graceful: finish, flush, exit 0
    assert code == 0, second.logs()


def test_restarts_while_a_message_waits_never_put_it_aside(
    threaded_fake: FakeBotAPI, tmp_path: Path, nlu_model_dir: Path
) -> None:
    """Three kills while a message waits in the listening window are not three failures:
    waiting is not an attempt, so the fourth process still answers it."""
    fake = threaded_fake
    db = tmp_path / "hamdel.db"
    env = bot_env(db, fake, nlu_model_dir)
    slow = {**env, "LISTEN_WINDOW_SECONDS": "60", "LISTEN_WINDOW_MAX_SECONDS": "60"}
    update_id = fake.push_command(901, "/start", language_code="en")
    for number in range(3):
        typing = len(fake.sent_to(901, "sendChatAction"))
        bot = started(slow, fake, tmp_path / f"kill-{number}.log")
        try:  # "typing…": the (replayed) message is in the window, waiting for its burst
            wait_for(lambda seen=typing: len(fake.sent_to(901, "sendChatAction")) > seen)
        finally:
            bot.kill()
    attempts = query(db, "SELECT attempts FROM inbound_updates WHERE update_id = ?", update_id)
    assert attempts == [(0,)]

    quick = {**env, "LISTEN_WINDOW_SECONDS": "0.3"}
    last = started(quick, fake, tmp_path / "last.log")
    try:
        said = fake.wait_for_messages_blocking(901, 1, timeout=90)
        assert "keeps you up at night" in said[0]
        assert query(db, "SELECT count(*) FROM inbound_updates WHERE dead_at IS NOT NULL") == [(0,)]
    finally:
        code = last.terminate()
    assert code == 0, last.logs()
