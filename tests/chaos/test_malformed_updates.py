"""Malformed updates of every kind, in both modes, amid customers: the bot keeps serving.

Unparseable updates (the issue's three triggers, missing fields, wrong types) are kept
aside as dead letters, visible in /metrics and ``hamdel export dead-letters``; updates PTB
reads but that carry nothing for us (unknown types, empty parts) are answered with
silence; update ids that cannot be Telegram's are refused (webhook: 400) or stepped over
(polling) and never stored. Then SIGTERM exits 0 and the next start replays nothing.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.botprocess import BotProcess, bot_env, export, query, started, wait_for
from tests.chaos.load import (
    FAST_OUTBOX,
    SCALE,
    SEED,
    Chat,
    check_customers,
    check_deliveries,
    conversations,
    dead_letters,
    progress,
    schedule,
)
from tests.fake_bot_api import FakeBotAPI
from tests.telegram.intake_helpers import unreadable_updates

CUSTOMERS = max(5, round(30 * SCALE))
WORDS = "malformed-secret-words"  # a customer's words inside bad updates: never in the logs
NOW = int(time.time())
CHAT = {"id": 4242, "type": "private", "first_name": "Odd"}
USER = {"id": 4242, "is_bot": False, "first_name": "Odd"}


def unparseable() -> list[dict[str, Any]]:
    """Bodies (without update_id) the installed PTB cannot read."""
    triggers = [{k: v for k, v in u.items() if k != "update_id"} for u in unreadable_updates(0)]
    message = {"message_id": 7, "date": NOW, "chat": CHAT, "text": WORDS}
    return [
        *triggers,  # no chat/date; a button without chat_instance; a poll without persistent_id
        {"message": {k: v for k, v in message.items() if k != "message_id"}},
        {"message": {**message, "chat": {"id": 4242}}},  # a chat without its type
        {"message": {**message, "from": {"id": 4242}}},  # a sender without is_bot, name
        {"message": {**message, "chat": "not an object"}},
        {"message": WORDS},
        {"message": [1, 2]},
        {"message": {**message, "entities": {"type": "bold"}}},
        {"edited_message": {**message, "date": "yesterday"}},
        {"inline_query": {"id": "1", "from": USER, "offset": ""}},
        {"message": {**message, "from": USER, "chat": {**CHAT, "id": 2**70}}},  # no such id
    ]


def silent() -> list[dict[str, Any]]:
    """Bodies PTB reads that hold nothing to answer: stored, done, no reply, not dead."""
    return [
        {"some_future_update_type": {"id": 1, "text": WORDS}},
        {"message": None},
        {"callback_query": {"id": "1", "chat_instance": "1", "data": "x"}},  # no sender
        {"my_chat_member": {"chat": CHAT}},
    ]


UNUSABLE_IDS = (2**70, 2**63, -5, True, "12", 1.5, None)  # never stored


def plan(rng: random.Random, chats: list[Chat]) -> list[tuple[str, Any]]:
    """Customers' messages in waves, with every bad body dropped in at a random place."""
    items: list[tuple[str, Any]] = []
    for wave in schedule(chats, 3, rng):
        items.extend(("good", message) for message in wave)
    for kind, bodies in (("dead", unparseable()), ("silent", silent())):
        for body in bodies:
            items.insert(rng.randrange(len(items) + 1), (kind, body))
    return items


def sender(mode: str, fake: FakeBotAPI, bot: BotProcess) -> Callable[[dict[str, Any]], None]:
    """How an update reaches the bot: queued for getUpdates, or posted to the webhook."""

    def queue(update: dict[str, Any]) -> None:
        fake.push_update(update)

    def post(update: dict[str, Any]) -> None:
        assert bot.post_update(update) == 200, update  # stored (if only as a dead letter)

    return queue if mode == "polling" else post


def send_all(
    items: list[tuple[str, Any]], fake: FakeBotAPI, send: Callable[[dict[str, Any]], None]
) -> dict[str, list[int]]:
    """Send the plan with ids in order; the ids of each kind."""
    ids: dict[str, list[int]] = {"good": [], "dead": [], "silent": []}
    for kind, item in items:
        if kind == "good":
            chat, line = item
            update = fake.make_message_update(
                chat.chat_id, line, first_name="Customer", language_code=chat.language
            )
        else:
            update = {"update_id": fake.next_update_id(), **item}
        ids[kind].append(update["update_id"])
        send(update)
    return ids


def refuse_unusable_ids(mode: str, fake: FakeBotAPI, bot: BotProcess) -> None:
    """Ids Telegram never sends: refused by the webhook, stepped over when polling."""
    body = {"message": {"message_id": 9, "date": NOW, "chat": CHAT, "text": WORDS}}
    if mode == "webhook":
        for update_id in UNUSABLE_IDS:
            assert bot.post_update({"update_id": update_id, **body}) == 400, update_id
        return
    for update_id in (-5, 2**63, 2**70):  # the fake cannot even queue a non-int id
        fake.push_update({"update_id": update_id, **body})
    wait_for(lambda: fake.confirmed_offset > 2**70, 60, "polling stalled on a huge id")


def answered(db: Path, expected: int) -> bool:
    """All stored; all but the dead letters answered; nothing left to send."""
    found = query(db, "SELECT count(*), count(processed_at), count(dead_at) FROM inbound_updates")
    busy = query(db, "SELECT count(*) FROM outbox WHERE status IN ('pending', 'sending')")
    if not found or not busy:
        return False
    stored, done, dead = found[0]
    return bool(stored == expected and done + dead == stored and busy == [(0,)])


@pytest.mark.parametrize("mode", ["polling", "webhook"])
def test_malformed_updates_amid_customers_are_put_aside_and_the_next_start_is_clean(
    mode: str, threaded_fake: FakeBotAPI, tmp_path: Path, nlu_model_dir: Path
) -> None:
    fake, db, webhook = threaded_fake, tmp_path / "hamdel.db", mode == "webhook"
    env = bot_env(db, fake, nlu_model_dir, HAMDEL_LOG_LEVEL="INFO", **FAST_OUTBOX)
    rng = random.Random(SEED + 2)
    chats = conversations(CUSTOMERS, 40_000, rng)
    bot = started(env, fake, tmp_path / "first.log", webhook=webhook)
    try:
        ids = send_all(plan(rng, chats), fake, sender(mode, fake, bot))
        expected = sum(len(found) for found in ids.values())
        wait_for(lambda: answered(db, expected), 240, f"never answered: {progress(db)}")
        assert bot.alive()
        assert bot.metric("hamdel_dead_letters") == len(ids["dead"])
    finally:
        code = bot.terminate()
    logs = bot.logs()
    assert code == 0, logs[-3000:]
    assert WORDS not in logs and "CRITICAL" not in logs and "Traceback" not in logs

    assert sorted(dead_letters(db)) == ids["dead"]
    exported = export(env, "dead-letters")
    assert [row["update_id"] for row in exported] == ids["dead"]
    assert all(row["payload"]["update_id"] == row["update_id"] for row in exported)
    assert query(db, "SELECT count(*) FROM outbox WHERE chat_id = 4242") == [(0,)]
    check_customers(db, chats)
    assert set(check_deliveries(db, fake)) == {"sent"}

    restart_is_clean(mode, env, fake, tmp_path, len(ids["dead"]))
    assert query(db, "SELECT count(*) FROM inbound_updates") == [(expected + 1,)]  # no bad id


def restart_is_clean(
    mode: str, env: dict[str, str], fake: FakeBotAPI, tmp_path: Path, dead: int
) -> None:
    """The next start replays nothing, serves the next customer, steps over ids that
    cannot be Telegram's (last: when polling, nothing can follow them), and stops with 0."""
    db = tmp_path / "hamdel.db"
    before = query(db, "SELECT count(*) FROM outbox")
    bot = started(env, fake, tmp_path / "second.log", webhook=mode == "webhook")
    try:
        update = fake.make_message_update(49_999, "/start", language_code="en")
        if mode == "webhook":
            assert bot.post_update(update) == 200
        else:
            fake.push_update(update)
        said = fake.wait_for_messages_blocking(49_999, 1, timeout=60)
        assert "keeps you up at night" in said[0]
        assert bot.metric("hamdel_dead_letters") == dead
        refuse_unusable_ids(mode, fake, bot)
        assert bot.alive() and bot.metric("hamdel_dead_letters") == dead
    finally:
        code = bot.terminate()
    logs = bot.logs()
    assert code == 0, logs[-3000:]
    assert "replaying" not in logs and "dead letter" not in logs  # nothing bad came back
    assert query(db, "SELECT count(*) FROM outbox WHERE chat_id != 49999") == before
