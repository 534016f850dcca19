"""A receipt on Telegram: a reaction on the customer's own message, through the outbox."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from telegram import Bot, ReactionTypeEmoji
from telegram.error import BadRequest

from bot.telegram.aiohttp_request import AiohttpRequest
from bot.telegram.transport import RECEIPT
from storage.database import Database
from storage.models import OutboxMessage
from tests.fake_bot_api import FakeBotAPI
from tests.telegram.conftest import TOKEN, make_settings, running, settled
from tests.telegram.test_handoff import DELIVERY, complain

CHAT = 870


async def _reaction_rows(database_url: str) -> list[OutboxMessage]:
    database = Database(database_url)
    await database.initialize()
    try:
        async with database.session() as session:
            query = select(OutboxMessage).where(OutboxMessage.kind == "reaction")
            return list((await session.scalars(query.order_by(OutboxMessage.id))).all())
    finally:
        await database.shutdown()


async def test_messages_after_the_first_relay_get_a_reaction_on_themselves(
    fake: FakeBotAPI, tmp_path: Path, nlu_model_dir: Path
) -> None:
    settings = make_settings(tmp_path, fake, nlu_model_dir)
    async with running(settings, fake):
        said = await complain(fake, CHAT, DELIVERY)
        await settled(settings, fake)
        added = {
            9101: "the order number is 5531",
            9102: "it was a blue jacket",
            9103: "the courier never called me",
        }
        for message_id, text in added.items():
            fake.push_message(CHAT, text, language_code="en", message_id=message_id)
            await settled(settings, fake)
        texts = fake.messages_to(CHAT)
        # One acknowledgement in words (naming the owner), then a nod on each message.
        assert len(texts) == len(said) + 1 and "Reza Karimi" in texts[-1]
        assert fake.reactions_to(CHAT) == [(9102, RECEIPT), (9103, RECEIPT)]
        calls = fake.calls_to("setMessageReaction")
        assert [str(params["chat_id"]) for _, params, _ in calls] == [str(CHAT)] * 2
        assert all(params.get("_ok") for _, params, _ in calls)
    rows = await _reaction_rows(settings.database_url)
    assert [(r.chat_id, r.extra, r.status, r.text) for r in rows] == [
        (CHAT, {"message_id": 9102}, "sent", None),
        (CHAT, {"message_id": 9103}, "sent", None),
    ]


async def test_a_refused_reaction_fails_its_row_quietly(
    fake: FakeBotAPI, tmp_path: Path, nlu_model_dir: Path
) -> None:
    settings = make_settings(tmp_path, fake, nlu_model_dir)
    async with running(settings, fake):
        said = await complain(fake, CHAT, DELIVERY)
        fake.push_message(CHAT, "the order number is 5531", language_code="en")
        await settled(settings, fake)
        fake.no_reactions.add(CHAT)  # the chat turned reactions off
        fake.push_message(CHAT, "it was a blue jacket", language_code="en", message_id=9201)
        await settled(settings, fake)
        # Reactions come back on: the next message is nodded at as before.
        fake.no_reactions.discard(CHAT)
        fake.push_message(CHAT, "the courier never called", language_code="en", message_id=9202)
        await settled(settings, fake)
        calls = [params for _, params, _ in fake.calls_to("setMessageReaction")]
        # Refused once, never retried, and the customer hears nothing about it.
        assert [(int(p["message_id"]), bool(p.get("_ok"))) for p in calls] == [
            (9201, False),
            (9202, True),
        ]
        assert len(fake.messages_to(CHAT)) == len(said) + 1
    rows = await _reaction_rows(settings.database_url)
    assert [(r.extra, r.status) for r in rows] == [
        ({"message_id": 9201}, "failed"),
        ({"message_id": 9202}, "sent"),
    ]
    assert "reaction_invalid" in (rows[0].last_error or "").lower()


async def test_the_fake_bot_api_checks_reactions_as_telegram_does(fake: FakeBotAPI) -> None:
    fake.push_message(CHAT, "hello", message_id=55)
    async with Bot(TOKEN, base_url=fake.base_url, request=AiohttpRequest(4)) as bot:
        assert await bot.set_message_reaction(CHAT, 55, RECEIPT)
        refused = {
            "not an allowed emoji": (55, ReactionTypeEmoji("🦖")),
            "a custom emoji that is no id": (55, "🦖"),
            "two reactions (a bot may set one)": (55, [RECEIPT, "👌"]),
            "a message it never saw": (56, RECEIPT),
        }
        for why, (message_id, reaction) in refused.items():
            with pytest.raises(BadRequest):
                await bot.set_message_reaction(CHAT, message_id, reaction)
                pytest.fail(why)
    assert fake.reactions_to(CHAT) == [(55, RECEIPT)]
