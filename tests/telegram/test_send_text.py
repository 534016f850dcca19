"""A reply's send reads only the new message's id, with the request PTB's send_message makes."""

from __future__ import annotations

from typing import Any

import pytest
from telegram import Bot, ForceReply, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, RetryAfter
from telegram.ext import ExtBot

from bot.telegram.aiohttp_request import AiohttpRequest
from bot.telegram.transport import send_text
from tests.fake_bot_api import FakeBotAPI
from tests.telegram.conftest import TOKEN

CHAT = 5151
MARKUP = InlineKeyboardMarkup([[InlineKeyboardButton("بله", callback_data="yes")]])
VARIANTS: list[dict[str, Any]] = [
    {},
    {"reply_markup": MARKUP},
    {"reply_markup": ForceReply(selective=True), "reply_to_message_id": 77},
    {"message_thread_id": 12},
]


def _fields(params: dict[str, Any]) -> list[tuple[str, Any]]:
    """What the fake Bot API read from a call, in the order it was sent."""
    return [(k, v) for k, v in params.items() if not k.startswith("_")]


@pytest.mark.parametrize("bot_class", [Bot, ExtBot])
@pytest.mark.parametrize("options", VARIANTS)
async def test_the_request_is_send_messages_and_the_id_its_answers(
    fake: FakeBotAPI, bot_class: type[Bot], options: dict[str, Any]
) -> None:
    async with bot_class(TOKEN, base_url=fake.base_url, request=AiohttpRequest(4)) as bot:
        sent = await bot.send_message(CHAT, "سلام، چه چیزی شب‌ها بیدارتان نگه می‌دارد؟", **options)
        message_id = await send_text(
            bot, CHAT, "سلام، چه چیزی شب‌ها بیدارتان نگه می‌دارد؟", **options
        )
    by_ptb, by_us = fake.sent_to(CHAT)
    assert _fields(by_us) == _fields(by_ptb)
    assert message_id == sent.message_id + 1  # the fake numbers a chat's messages in turn
    assert fake.messages_to(CHAT)[-1] == "سلام، چه چیزی شب‌ها بیدارتان نگه می‌دارد؟"


async def test_errors_are_ptbs(fake: FakeBotAPI) -> None:
    fake.fail_next("sendMessage", 429, retry_after=3)
    fake.fail_next("sendMessage", 403, description="Forbidden: bot was blocked by the user")
    fake.fail_next("sendMessage", 400, description="Bad Request: chat not found")
    async with Bot(TOKEN, base_url=fake.base_url, request=AiohttpRequest(4)) as bot:
        with pytest.raises(RetryAfter):
            await send_text(bot, CHAT, "one")
        with pytest.raises(Forbidden):
            await send_text(bot, CHAT, "two")
        with pytest.raises(BadRequest, match=r"(?i)chat not found"):
            await send_text(bot, CHAT, "three")
    assert fake.sent_to(CHAT) == []
