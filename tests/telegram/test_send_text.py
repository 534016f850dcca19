"""A reply's send reads only the new message's id, with the request PTB's send_message makes."""

from __future__ import annotations

from typing import Any

import pytest
from telegram import Bot, ForceReply, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter
from telegram.ext import BaseRateLimiter, Defaults, ExtBot
from telegram.request import HTTPXRequest

from bot.telegram.aiohttp_request import AiohttpRequest
from bot.telegram.intake import DurableBot
from bot.telegram.transport import _plain_request, send_text
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


class _Overridden(ExtBot[None]):
    """A bot whose ``_do_post`` does more than post: PTB's way is kept for it."""

    async def _do_post(self, *args: Any, **kwargs: Any) -> Any:
        return await super()._do_post(*args, **kwargs)


class _Limiter(BaseRateLimiter[None]):
    async def initialize(self) -> None: ...

    async def shutdown(self) -> None: ...

    async def process_request(  # type: ignore[override]
        self, callback: Any, args: Any, kwargs: Any, **_: Any
    ) -> Any:
        return await callback(*args, **kwargs)


def test_the_plain_way_only_where_post_would_only_post() -> None:
    request = AiohttpRequest(4)
    durable = DurableBot(TOKEN, request=request, intake=None)  # type: ignore[arg-type]
    assert _plain_request(Bot(TOKEN, request=request)) is request
    assert _plain_request(ExtBot(TOKEN, request=request)) is request
    assert _plain_request(durable) is request  # the bot build_application makes
    ptbs = [
        ExtBot(TOKEN, request=request, defaults=Defaults(disable_notification=True)),
        ExtBot(TOKEN, request=request, rate_limiter=_Limiter()),
        _Overridden(TOKEN, request=request),
        Bot(TOKEN, request=HTTPXRequest()),
    ]
    assert [_plain_request(bot) for bot in ptbs] == [None] * len(ptbs)


@pytest.mark.parametrize("options", VARIANTS)
async def test_with_defaults_ptbs_way_and_ptbs_request(
    fake: FakeBotAPI, options: dict[str, Any]
) -> None:
    defaults = Defaults(disable_notification=True, protect_content=True)
    async with ExtBot(
        TOKEN, base_url=fake.base_url, request=AiohttpRequest(4), defaults=defaults
    ) as bot:
        await bot.send_message(CHAT, "بله", **options)
        await send_text(bot, CHAT, "بله", **options)
    by_ptb, by_us = fake.sent_to(CHAT)
    assert _fields(by_us) == _fields(by_ptb)
    assert dict(_fields(by_us))["disable_notification"] in (True, "true", "True")


async def test_the_plain_ways_body_is_ptbs_byte_for_byte(fake: FakeBotAPI) -> None:
    """The form the plain way sends is the one PTB's request data makes, every variant."""
    bodies: list[bytes] = []

    class Recording(AiohttpRequest):
        async def do_request(self, url: str, method: str, request_data: Any = None, **kw: Any):  # type: ignore[override, no-untyped-def]
            from bot.telegram.aiohttp_request import _body

            if url.endswith("/sendMessage"):
                bodies.append(_body(request_data)._value)
            return await super().do_request(url, method, request_data, **kw)

    async with ExtBot(TOKEN, base_url=fake.base_url, request=Recording(4)) as bot:
        for options in VARIANTS:
            await bot.send_message(CHAT, "سلام & = + ٪ 😍", **options)
            await send_text(bot, CHAT, "سلام & = + ٪ 😍", **options)
    assert len(bodies) == 2 * len(VARIANTS)
    assert bodies[0::2] == bodies[1::2]


async def test_an_unanswered_call_is_a_network_error(fake: FakeBotAPI) -> None:
    async with Bot(TOKEN, base_url=fake.base_url, request=AiohttpRequest(4)) as bot:
        fake.fail_next("sendMessage", 502, description="Bad Gateway")
        with pytest.raises(NetworkError):
            await send_text(bot, CHAT, "one")
    unopened = Bot(TOKEN, base_url=fake.base_url, request=AiohttpRequest(4))
    with pytest.raises(NetworkError):  # PTB's wrapper: "Unknown error in HTTP implementation"
        await send_text(unopened, CHAT, "two")


def test_the_plain_way_decided_per_class_asks_each_bot_again() -> None:
    """The class checks are remembered per class; a bot's own settings and request are read
    on every send: the same class with Defaults, or PTB's request, goes PTB's way."""

    class Ours(AiohttpRequest):
        pass

    request, subclassed = AiohttpRequest(4), Ours(4)
    for _ in range(2):  # the second time from the per-class answers
        assert _plain_request(ExtBot(TOKEN, request=request)) is request
        assert _plain_request(ExtBot(TOKEN, request=subclassed)) is subclassed
        assert _plain_request(ExtBot(TOKEN, request=HTTPXRequest())) is None
        assert _plain_request(ExtBot(TOKEN, request=request, rate_limiter=_Limiter())) is None
        defaults = Defaults(protect_content=True)
        assert _plain_request(ExtBot(TOKEN, request=request, defaults=defaults)) is None
        assert _plain_request(_Overridden(TOKEN, request=request)) is None
