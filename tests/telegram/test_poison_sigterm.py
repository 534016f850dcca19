"""The real process, polling: an unreadable update is put aside, the customer after it is
answered, nothing they wrote reaches the logs, and SIGTERM still exits 0."""

from __future__ import annotations

from pathlib import Path

from tests.botprocess import bot_env, query, started, wait_for
from tests.fake_bot_api import FakeBotAPI
from tests.telegram.intake_helpers import unreadable_updates

NAME, WORDS = "Parvaneh-Secretname", "the-hidden-complaint-words"


def dead_letters(db: Path) -> list[int]:
    return [
        int(r[0])
        for r in query(db, "SELECT update_id FROM inbound_updates WHERE dead_at IS NOT NULL")
    ]


def test_unreadable_update_while_polling_then_sigterm(
    threaded_fake: FakeBotAPI, tmp_path: Path, nlu_model_dir: Path
) -> None:
    fake = threaded_fake
    db = tmp_path / "hamdel.db"
    env = bot_env(db, fake, nlu_model_dir, HAMDEL_LOG_LEVEL="INFO", LISTEN_WINDOW_SECONDS="0.3")
    bad = unreadable_updates(9_100)
    bad[0]["message"].update(text=WORDS, **{"from": {"id": 5, "is_bot": False, "first_name": NAME}})
    bot = started(env, fake, tmp_path / "bot.log")
    try:
        for update in bad:
            fake.push_update(update)
        good = fake.push_command(730, "/start", language_code="en")
        said = fake.wait_for_messages_blocking(730, 1, timeout=60)
        assert "keeps you up at night" in said[0]
        wait_for(lambda: fake.confirmed_offset > good)
        assert sorted(dead_letters(db)) == [u["update_id"] for u in bad]
    finally:
        code = bot.terminate()
    logs = bot.logs()
    assert code == 0, logs
    assert "put aside as a dead letter" in logs  # the operator is told, without the text
    assert WORDS not in logs and NAME not in logs and "CRITICAL" not in logs
    assert len(fake.calls_to("getUpdates")) < 200  # no hot loop on the same update
