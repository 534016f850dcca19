"""Webhook intake under hostile input: unreadable updates, odd ids and secrets, other bots."""

from __future__ import annotations

from pathlib import Path

import aiohttp
from yarl import URL

from bot.app import Services
from bot.privacy import text
from bot.telegram.application import build_application
from bot.telegram.intake import MAX_REPLAYS
from bot.web import WebServer
from storage.database import Database
from storage.models import Customer, OutboxMessage
from storage.repositories import InboundUpdateRepository
from tests.fake_bot_api import FakeBotAPI
from tests.telegram.conftest import make_settings, running
from tests.telegram.intake_helpers import (
    SECRET,
    eventually,
    metric,
    post,
    stored_updates,
    unreadable_updates,
)
from tests.telegram.test_customers import rows


async def test_unreadable_updates_are_put_aside_and_the_bot_keeps_serving(
    fake: FakeBotAPI, tmp_path: Path, nlu_model_dir: Path
) -> None:
    settings = make_settings(tmp_path, fake, nlu_model_dir, telegram_webhook_secret=SECRET)
    bad = unreadable_updates(109)
    async with running(settings, fake, webhook=True):
        for update in bad:
            assert await post(settings, update) == 200  # or Telegram sends it forever
        assert (
            await post(settings, fake.make_message_update(660, "/start", language_code="en")) == 200
        )
        said = await fake.wait_for_messages(660, 1, timeout=20)
        assert "keeps you up at night" in said[0]
        assert await metric(settings, "hamdel_dead_letters") == 3
        assert await metric(settings, "hamdel_updates_dead_lettered_total") >= 3
    stored = await stored_updates(settings)
    for update in bad:
        row = stored[update["update_id"]]
        assert row.payload == update  # kept exactly as received
        assert row.dead_at is not None and row.processed_at is None
        assert (row.dead_reason or "").startswith("unparseable")
    # The next start is clean: nothing put aside is replayed, the bot serves again.
    async with running(settings, fake, webhook=True) as bot:
        assert (
            await post(settings, fake.make_message_update(661, "/start", language_code="en")) == 200
        )
        await fake.wait_for_messages(661, 1, timeout=20)
        assert await bot.stop() == 0
    assert len(fake.messages_to(660)) == 1


async def test_secrets_and_update_ids_are_checked_without_errors(
    fake: FakeBotAPI, tmp_path: Path, nlu_model_dir: Path
) -> None:
    secret = "sécret-Ключ"  # not what Telegram allows, but it must not break the check
    settings = make_settings(
        tmp_path, fake, nlu_model_dir, telegram_webhook_secret=secret, dashboard_token="jeton-é"
    )
    update = fake.make_message_update(670, "/start", language_code="en")
    async with running(settings, fake, webhook=True):
        assert await post(settings, update, secret="wrong") == 403
        assert await post(settings, update, secret="sécret-Ключ!") == 403
        for update_id in (2**70, 2**63, -1, True, "5", 1.5, None):
            assert await post(settings, {**update, "update_id": update_id}, secret) == 400
        assert await post(settings, b'{"update_id": NaN}', secret) == 400
        assert await post(settings, b"[" * 100_000, secret) == 400
        deep = b'{"update_id": 5, "message": ' + b"[" * 900 + b"]" * 900 + b"}"
        assert await post(settings, deep, secret) == 400
        base = f"http://127.0.0.1:{settings.http_port}/dashboard"
        async with aiohttp.ClientSession() as client:
            # A token is never read from the query string: 401, whatever it holds.
            for token in ("guess", "jeton-è", "жетон", "jeton-é"):
                async with client.get(base, params={"token": token}) as response:
                    assert response.status == 401
            for raw in ("%FF%FE", "%ED%A0%80", "jeton-%C3"):  # not even UTF-8
                async with client.get(URL(f"{base}?token={raw}", encoded=True)) as response:
                    assert response.status == 401
            # The automation token travels as a Bearer header; any characters, never a 500.
            for token in ("guess", "jeton-è", "жетон"):
                bearer = {"Authorization": f"Bearer {token}"}
                async with client.get(base, headers=bearer) as response:
                    assert response.status == 401
            async with client.get(base, headers={"Authorization": "Bearer jeton-é"}) as response:
                assert response.status == 200
        assert await stored_updates(settings) == {}  # nothing from a rejected request
        assert await post(settings, {**update, "update_id": 2**63 - 1}, secret) == 200
        await fake.wait_for_messages(670, 1, timeout=20)
    assert list(await stored_updates(settings)) == [2**63 - 1]


async def test_messages_from_bots_are_stored_and_ignored(
    fake: FakeBotAPI, tmp_path: Path, nlu_model_dir: Path
) -> None:
    settings = make_settings(tmp_path, fake, nlu_model_dir, telegram_webhook_secret=SECRET)
    from_bot = fake.make_message_update(680, "/start", language_code="en")
    from_bot["message"]["from"]["is_bot"] = True
    update_id = from_bot["update_id"]

    async def handled() -> bool:
        row = (await stored_updates(settings)).get(update_id)
        return row is not None and row.processed_at is not None

    async with running(settings, fake, webhook=True):
        assert await post(settings, from_bot) == 200
        await eventually(handled)
        # Handled once: a reply would have been queued in the same transaction.
        assert [r for r in await rows(settings, OutboxMessage) if r.chat_id == 680] == []
        assert await rows(settings, Customer) == []
    assert fake.messages_to(680) == []


async def test_replay_on_start_puts_unreadable_and_hopeless_rows_aside(
    fake: FakeBotAPI, tmp_path: Path, nlu_model_dir: Path
) -> None:
    settings = make_settings(tmp_path, fake, nlu_model_dir, telegram_webhook_secret=SECRET)
    bad = unreadable_updates(200)
    hopeless = fake.make_message_update(
        690, "/start", language_code="en"
    )  # interrupted on MAX_REPLAYS earlier starts
    waiting = fake.make_message_update(
        691, "/start", language_code="en"
    )  # stored, then the process died
    database = Database(settings.database_url)
    await database.initialize()
    try:
        async with database.session() as session, session.begin():
            repository = InboundUpdateRepository(session)
            for payload in (*bad, hopeless, waiting):  # as an older version stored them
                await repository.store(payload["update_id"], payload)
            for _ in range(MAX_REPLAYS):
                await repository.count_attempt(hopeless["update_id"])
    finally:
        await database.shutdown()
    async with running(settings, fake, webhook=True) as bot:
        said = await fake.wait_for_messages(691, 1, timeout=20)
        assert "keeps you up at night" in said[0]
        assert await bot.stop() == 0
    # Never answered by a turn; told once that it is kept, and a person told (put_aside.py).
    assert fake.messages_to(690) == [text("en", "kept_for_later")]
    stored = await stored_updates(settings)
    assert all(stored[u["update_id"]].dead_at is not None for u in (*bad, hopeless))
    assert stored[waiting["update_id"]].processed_at is not None


async def test_an_update_sent_while_the_bot_starts_is_refused_until_the_replay_is_done(
    fake: FakeBotAPI, tmp_path: Path, nlu_model_dir: Path
) -> None:
    """Taken before the stored updates were replayed, it would be handled twice.

    The web server listens from the start (health checks, metrics), but refuses updates
    with 503 (Telegram sends them again) and reports "starting" until the runner opens it.
    """
    settings = make_settings(tmp_path, fake, nlu_model_dir, telegram_webhook_secret=SECRET)
    services = Services(settings)
    server = WebServer(
        services.database,
        host="127.0.0.1",
        port=settings.http_port,
        application=build_application(settings, services),
        webhook_secret=SECRET,
    )
    await services.database.initialize()
    await server.initialize()
    health = f"http://127.0.0.1:{settings.http_port}/healthz"
    try:
        update = fake.make_message_update(662, "/start", language_code="en")
        assert await post(settings, update) == 503
        assert await stored_updates(settings) == {}  # refused, so not stored
        async with aiohttp.ClientSession() as client, client.get(health) as answer:
            assert answer.status == 503 and (await answer.json())["status"] == "starting"
        server.state = "open"
        async with aiohttp.ClientSession() as client, client.get(health) as answer:
            assert answer.status == 200
    finally:
        await server.shutdown()
        await services.database.shutdown()
    async with running(settings, fake, webhook=True):  # the runner opens it once ready
        assert await post(settings, update) == 200
        await fake.wait_for_messages(662, 1, timeout=20)
