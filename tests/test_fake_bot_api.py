"""The fake Bot API rejects what Telegram rejects, so end-to-end tests mean something."""

from __future__ import annotations

import asyncio
import warnings

import aiohttp
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


async def test_stop_answers_a_waiting_long_poll_at_once() -> None:
    """Teardown must not wait out a bot's long poll (an hour here): stop() wakes it."""
    fake = FakeBotAPI(token=TOKEN)
    await fake.start()
    async with aiohttp.ClientSession() as client:

        async def poll() -> object:
            url = f"{fake.base_url}{TOKEN}/getUpdates"
            async with client.post(url, json={"timeout": 3600}) as response:
                return await response.json()

        waiting = asyncio.create_task(poll())
        for _ in range(3000):  # until the poll has reached the fake and waits there
            if fake.calls_to("getUpdates"):
                break
            await asyncio.sleep(0.01)
        assert not waiting.done()
        await fake.stop()
        # A hang guard only: without the wake-up this poll would last an hour.
        answered = await asyncio.wait_for(waiting, 60)
    assert answered == {"ok": True, "result": []}
