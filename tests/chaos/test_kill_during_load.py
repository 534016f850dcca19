"""kill -9 at random moments while 300 customers write: nothing lost, nothing sent twice.

The bot runs as a real process against the fake Bot API (in a thread of this process).
The load comes in waves; each wave is met by a new process that is killed at a seeded
random moment, part of the wave arriving while it runs. A last process answers what is
left. Then: every customer message stored once and answered, no outbox row delivered
twice ('uncertain' rows, whose send was interrupted, are allowed and never resent), one
handoff per conversation that asked for a person, and one card per handoff for its owner.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

from tests.botprocess import bot_env, query, started, wait_for
from tests.chaos.load import (
    FAST_OUTBOX,
    SCALE,
    SEED,
    check_customers,
    check_deliveries,
    check_handoffs,
    conversations,
    dead_letters,
    progress,
    push,
    schedule,
    settled,
)
from tests.fake_bot_api import FakeBotAPI

CONVERSATIONS = max(10, round(300 * SCALE))
ROUNDS = max(3, round(10 * min(SCALE, 1.0)))


def answered(db: Path) -> int:
    """How many stored updates have been answered."""
    found = query(db, "SELECT count(processed_at) FROM inbound_updates")
    return int(found[0][0]) if found else 0


def test_kill_9_at_random_moments_during_a_300_conversation_load(
    threaded_fake: FakeBotAPI, tmp_path: Path, nlu_model_dir: Path
) -> None:
    fake, db = threaded_fake, tmp_path / "hamdel.db"
    env = bot_env(db, fake, nlu_model_dir, **FAST_OUTBOX)
    rng = random.Random(SEED)
    chats = conversations(CONVERSATIONS, 20_000, rng)
    waves = schedule(chats, ROUNDS, rng)
    interrupted = 0  # kills that left work undone
    for number, wave in enumerate(waves):
        half = len(wave) // 2
        push(fake, wave[:half])
        before = answered(db)
        bot = started(env, fake, tmp_path / f"round-{number}.log")
        try:
            time.sleep(rng.uniform(0.1, 1.0))  # the rest of the wave arrives mid-run
            push(fake, wave[half:])
            # Each process gets somewhere before it dies (however loaded the machine): a crash
            # loop that never answers anything is another scenario (MAX_REPLAYS).
            pushed = sum(len(w) for w in waves[: number + 1])
            wait_for(
                lambda seen=before, due=pushed: answered(db) > seen or settled(db, due),
                120,
                f"no progress: {progress(db)}",
            )
            time.sleep(rng.uniform(0.1, 2.0))  # the moment of the kill
        finally:
            bot.kill()
        interrupted += not settled(db, pushed)
    final = started(env, fake, tmp_path / "final.log")  # polling: its SIGTERM handler is set
    expected = sum(len(chat.lines) for chat in chats)
    try:
        wait_for(lambda: settled(db, expected), 420, f"never settled: {progress(db)}")
    finally:
        code = final.terminate()
    assert code == 0, final.logs()[-3000:]

    assert dead_letters(db) == {}  # no good customer message was put aside
    assert interrupted >= 1, interrupted  # kills did land mid-load (not after the work)
    check_customers(db, chats)
    statuses = check_deliveries(db, fake)
    assert statuses["sent"] > expected // 2  # most of it went out normally
    handoffs = check_handoffs(db, fake, chats)
    assert handoffs >= sum(chat.wants_person for chat in chats)
