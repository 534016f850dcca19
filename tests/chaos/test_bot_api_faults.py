"""10% of calls to the Bot API fail (429, 5xx, timeouts): everything still arrives, in order.

The fake Bot API fails a seeded tenth of getUpdates, sendMessage and sendChatAction calls:
429 with retry_after, 500/502/503, or a request that hangs until the client gives up
(and is never carried out). The customers' conversations go on; in the end every outbox
row was delivered exactly once, in each chat's order, and none was given up on.
"""

from __future__ import annotations

import random
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
from tests.fake_bot_api.faults import TIMEOUT

CONVERSATIONS = max(10, round(40 * SCALE))
WAVES = 4
ANSWERED = "SELECT count(processed_at) FROM inbound_updates"
FAULTS = (429, 429, 500, 502, 503, TIMEOUT)  # a timeout costs the sender ~5 s: keep them rarer


def test_a_tenth_of_bot_api_calls_failing_delays_but_never_loses_or_reorders(
    threaded_fake: FakeBotAPI, tmp_path: Path, nlu_model_dir: Path
) -> None:
    fake, db = threaded_fake, tmp_path / "hamdel.db"
    env = bot_env(db, fake, nlu_model_dir, **FAST_OUTBOX)
    rng = random.Random(SEED + 1)
    chats = conversations(CONVERSATIONS, 30_000, rng)
    bot = started(env, fake, tmp_path / "bot.log")
    fake.chaos({"getUpdates", "sendMessage", "sendChatAction"}, 0.10, kinds=FAULTS, seed=SEED)
    pushed = 0
    try:
        for wave in schedule(chats, WAVES, rng):  # a wave once the last one is answered
            push(fake, wave)
            pushed += len(wave)
            wait_for(
                lambda done=pushed: query(db, ANSWERED) == [(done,)],
                180,
                f"wave never answered: {progress(db)}",
            )
        wait_for(lambda: settled(db, pushed), 300, f"never settled: {progress(db)}")
    finally:
        fake.calm()
        code = bot.terminate()
    assert code == 0, bot.logs()[-3000:]

    injected = {kind for _, kind in fake.injected}
    assert {429, TIMEOUT} <= injected and injected & {500, 502, 503}, injected
    assert dead_letters(db) == {}  # no good customer message was put aside
    check_customers(db, chats)
    statuses = check_deliveries(db, fake)
    assert set(statuses) == {"sent"}, statuses  # nothing given up on, nothing left uncertain
    check_handoffs(db, fake, chats)
