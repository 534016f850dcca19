"""The fake Bot API rejects what Telegram rejects, so end-to-end tests mean something."""

from __future__ import annotations

import warnings

import pytest
from telegram import Bot, BotCommand, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, InvalidToken, RetryAfter

from tests.fake_bot_api import FakeBotAPI

TOKEN = "42:fake-token"


async def test_telegram_rules_are_enforced() -> None:
    async with FakeBotAPI(token=TOKEN) as fake, Bot(TOKEN, base_url=fake.base_url) as bot:
        assert (await bot.get_me()).is_bot
        sent = await bot.send_message(5, "x" * 4096)
        assert sent.message_id > 0
        with pytest.raises(BadRequest, match="too long"):
            await bot.send_message(5, "x" * 4097)
        with pytest.raises(BadRequest, match=r"(?i)button_data_invalid"):
            markup = InlineKeyboardMarkup([[InlineKeyboardButton("a", callback_data="d" * 65)]])
            await bot.send_message(5, "hi", reply_markup=markup)
        with pytest.raises(BadRequest, match=r"(?i)bot_command_invalid"):
            await bot.set_my_commands([BotCommand("Not-Valid", "x")])
        with pytest.raises(BadRequest, match="empty"), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # PTB nudges towards bot.edit_message_text
            await bot.do_api_request("editMessageText", api_kwargs={"chat_id": 5})
        with pytest.raises(Exception, match=r"(?i)not found"):
            await bot.do_api_request("sendTelepathy", api_kwargs={"chat_id": 5})


async def test_faults_on_demand() -> None:
    async with FakeBotAPI(token=TOKEN) as fake, Bot(TOKEN, base_url=fake.base_url) as bot:
        fake.fail_next("sendMessage", error_code=429, retry_after=3)
        with pytest.raises(RetryAfter) as waited:
            await bot.send_message(5, "hi")
        assert int(waited.value.retry_after) == 3  # type: ignore[arg-type]
        fake.block(6)
        with pytest.raises(Forbidden):
            await bot.send_message(6, "hi")
        assert fake.messages_to(5) == [] and await bot.send_message(5, "ok")


async def test_updates_are_confirmed_by_offset() -> None:
    async with FakeBotAPI(token=TOKEN) as fake, Bot(TOKEN, base_url=fake.base_url) as bot:
        first = fake.push_message(9, "salam")
        fake.push_photo(9)
        updates = await bot.get_updates(timeout=0)
        assert updates[0].update_id == first
        assert updates[1].message is not None and updates[1].message.photo
        assert await bot.get_updates(offset=updates[-1].update_id + 1, timeout=0) == ()
        assert fake.confirmed_offset == updates[-1].update_id + 1


async def test_wrong_token_is_unauthorized() -> None:
    async with FakeBotAPI(token=TOKEN) as fake:
        with pytest.raises(InvalidToken):
            async with Bot("42:wrong", base_url=fake.base_url) as bot:
                await bot.get_me()
