"""Delivering outbox rows through the Bot API, translating Telegram's errors."""

from __future__ import annotations

import warnings
from datetime import timedelta
from functools import lru_cache
from typing import Any, cast

from telegram import (
    Bot,
    ForceReply,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    ReplyParameters,
)
from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import JSONDict
from telegram.constants import ReactionEmoji
from telegram.error import RetryAfter, TelegramError
from telegram.ext import ExtBot
from telegram.request._requestparameter import RequestParameter

from bot.buttons import data_of, label_of
from bot.errors import map_telegram_error
from bot.outbox import RetryLater
from bot.telegram.aiohttp_request import AiohttpRequest
from bot.telegram.threads import ForumThreads
from storage.models import OutboxMessage

# The receipt: ✍ (writing hand), from Telegram's allowed reaction emoji. It says "noted"
# and judges nothing: 👍 or 👌 would read as approval of a complaint, ❤ as cheer at bad news.
RECEIPT = ReactionEmoji.WRITING_HAND


def keyboard(rows: list[Any] | None) -> InlineKeyboardMarkup | None:
    """Inline buttons from the outbox's JSON rows."""
    if not rows:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label_of(b), callback_data=data_of(b)) for b in row] for row in rows]
    )


class TelegramTransport:
    """Sends one outbox row; errors become RetryLater, CustomerBlockedError or TransportError."""

    def __init__(self, bot: Bot, threads: ForumThreads | None = None) -> None:
        self.bot = bot
        self.threads = threads

    async def _thread(self, row: OutboxMessage, extra: dict[str, Any]) -> int | None:
        """The forum topic the row goes to: given, or its request's (opened on first use)."""
        given = extra.get("thread_id")
        if given is not None or extra.get("thread_of") is None or self.threads is None:
            return int(given) if given is not None else None
        name = str(extra.get("thread_name") or "")
        return await self.threads.thread_for(row.chat_id, int(extra["thread_of"]), name)

    async def deliver(self, row: OutboxMessage) -> int | None:
        """Send ``row`` and return Telegram's message id."""
        extra = {**(row.extra or {})}
        if row.kind in ("copy", "message"):
            extra["thread_id"] = await self._thread(row, extra)
        try:
            if row.kind == "document":
                document = InputFile(
                    (row.text or "").encode("utf-8"), filename=extra.get("filename", "data.json")
                )
                sent = await self.bot.send_document(
                    row.chat_id, document, caption=extra.get("caption")
                )
            elif row.kind == "copy":
                copied = await self.bot.copy_message(
                    row.chat_id,
                    extra["from_chat_id"],
                    extra["message_id"],
                    message_thread_id=extra.get("thread_id"),
                )
                return copied.message_id
            elif row.kind == "reaction":
                await self.bot.set_message_reaction(row.chat_id, int(extra["message_id"]), RECEIPT)
                return None
            elif row.kind == "edit":
                await self.bot.edit_message_text(
                    row.text or "",
                    chat_id=row.chat_id,
                    message_id=extra["message_id"],
                    reply_markup=keyboard(row.buttons),
                )
                return int(extra["message_id"])
            else:
                # A staff prompt opens the reply box on itself (its id says what it is for).
                markup = ForceReply(selective=True) if extra.get("force_reply") else None
                return await send_text(
                    self.bot,
                    row.chat_id,
                    row.text or "",
                    reply_markup=markup or keyboard(row.buttons),
                    message_thread_id=extra.get("thread_id"),
                    reply_to_message_id=extra.get("reply_to"),
                )
        except RetryAfter as error:
            with warnings.catch_warnings():  # PTB warns that this becomes a timedelta
                warnings.simplefilter("ignore")
                wait = error.retry_after
            raise RetryLater(
                wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
            ) from None
        except TelegramError as error:  # what it means to us is decided in one table
            raise map_telegram_error(error) from None
        return sent.message_id


async def send_text(
    bot: Bot,
    chat_id: int,
    text: str,
    *,
    reply_markup: InlineKeyboardMarkup | ForceReply | None = None,
    message_thread_id: int | None = None,
    reply_to_message_id: int | None = None,
) -> int:
    """``bot.send_message``'s request, but of Telegram's answer only the new message's id.

    The sender needs nothing else; building the whole ``Message`` (its chat, its sender,
    its entities) from every answer was ~4% of the bot's CPU per customer message. The
    request is the one ``send_message`` makes (the same fields, defaults and PTB's own
    ``_post``, the call ``do_api_request`` makes too), and errors are PTB's as before.
    Buttons carry their own data (``bot/buttons.py``): no bot here keeps PTB's arbitrary
    callback data, which would need the whole ``Message``.
    """
    request = _plain_request(bot)
    if request is not None:
        return await _send_plain(
            bot, request, chat_id, text, reply_markup, message_thread_id, reply_to_message_id
        )
    data: JSONDict = {
        "chat_id": chat_id,
        "text": text,
        "disable_notification": DEFAULT_NONE,
        "link_preview_options": DEFAULT_NONE,
        "message_thread_id": message_thread_id,
        "parse_mode": DEFAULT_NONE,
        "protect_content": DEFAULT_NONE,
        "reply_markup": reply_markup,
        "reply_parameters": None
        if reply_to_message_id is None
        else ReplyParameters(
            message_id=reply_to_message_id, allow_sending_without_reply=DEFAULT_NONE
        ),
    }
    answer = await bot._post("sendMessage", data)
    return int(answer["message_id"])


def _plain_request(bot: Bot) -> AiohttpRequest | None:
    """The bot's request when ``bot._post`` would only drop the unset fields and hand them
    to it (PTB's own ``_post`` and ``_do_post``, no ``Defaults`` to insert, no rate limiter)
    and it is ours (``AiohttpRequest.post_fields``); else None: PTB's way."""
    plain = (
        _plain_class(type(bot))
        and getattr(bot, "defaults", None) is None
        and getattr(bot, "rate_limiter", None) is None
    )
    request = bot.request if plain else None
    return cast(AiohttpRequest, request) if request is not None and _ours(type(request)) else None


_PLAIN_DO_POST = (Bot._do_post, ExtBot._do_post)
_PLAIN_DEFAULTS = (Bot._insert_defaults, ExtBot._insert_defaults)


# A class's methods are the same on every send: each answer worked out once per class (a
# send asked three class attributes and an ABC's isinstance, ~a tenth of its own Python).
@lru_cache(maxsize=16)
def _plain_class(cls: type[Bot]) -> bool:
    """Whether ``cls``'s ``_post`` only drops unset fields and posts (PTB's own methods)."""
    return (
        cls._post is Bot._post
        and cls._do_post in _PLAIN_DO_POST
        and cls._insert_defaults in _PLAIN_DEFAULTS
    )


@lru_cache(maxsize=16)
def _ours(cls: type) -> bool:
    """Whether a request of class ``cls`` is an ``AiohttpRequest`` (has ``post_fields``)."""
    return issubclass(cls, AiohttpRequest)


async def _send_plain(
    bot: Bot,
    request: AiohttpRequest,
    chat_id: int,
    text: str,
    reply_markup: InlineKeyboardMarkup | ForceReply | None,
    message_thread_id: int | None,
    reply_to_message_id: int | None,
) -> int:
    """``send_text``'s request without PTB's layers above its request object: the fields
    ``_post`` would keep (an unset default is dropped there; the same keys in the same
    order, an object as ``RequestParameter`` makes it), through the request's own
    ``_request_wrapper`` (PTB's error mapping: retry-after, migration, forbidden, …) and
    ``parse_json_payload``, as ``BaseRequest.post`` calls them (~half of a send's CPU
    before the network went to the layers skipped: tests/telegram/test_send_text.py)."""
    fields: dict[str, Any] = {"chat_id": chat_id, "text": text}
    if message_thread_id is not None:
        fields["message_thread_id"] = message_thread_id
    if reply_markup is not None:
        fields["reply_markup"] = RequestParameter.from_input("reply_markup", reply_markup).value
    if reply_to_message_id is not None:
        parameters = ReplyParameters(
            message_id=reply_to_message_id, allow_sending_without_reply=DEFAULT_NONE
        )
        fields["reply_parameters"] = RequestParameter.from_input(
            "reply_parameters", parameters
        ).value
    answer = await request.post_fields(f"{bot.base_url}/sendMessage", fields)
    return int(answer["message_id"])
