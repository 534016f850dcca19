"""``hamdel dashboard`` and ``hamdel digest``: the pages without the bot, links, the digest."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
from datetime import timedelta

from bot.dashboard.auth import SignIn, utc_now
from bot.dashboard.routes import Dashboard
from bot.digest import WeeklyDigest, compose
from bot.owners import load_owners
from bot.settings import Settings
from bot.telegram.addresses import TelegramAddresses
from dialogues.errors import ConfigurationError
from storage.database import Database


def sign_in_for(settings: Settings, database: Database) -> SignIn:
    """The sign-in service as settings describe it."""
    token = settings.dashboard_token
    return SignIn(
        database,
        base_url=settings.public_base_url,
        link_ttl=timedelta(minutes=settings.dashboard_link_minutes),
        session_ttl=timedelta(hours=settings.dashboard_session_hours),
        token=token.get_secret_value() if token else None,
    )


async def dashboard(settings: Settings, port: int | None, link_for: str | None) -> int:
    """Print a one-time link, or serve the pages alone until Ctrl-C / SIGTERM."""
    from bot.web import WebServer

    owners = load_owners(settings.owners_file)
    database = Database(settings.database_url)
    await database.initialize()
    try:
        sign_in = sign_in_for(settings, database)
        if link_for is not None:
            if owners.get(link_for) is None:
                raise ConfigurationError(f"{link_for!r} is not an owner in {settings.owners_file}")
            print(await sign_in.create_link(link_for))
            return 0
        pages = Dashboard(database, owners, sign_in, settings.default_lang)
        server = WebServer(
            database, host=settings.http_host, port=port or settings.http_port, dashboard=pages
        )
        await server.initialize()
        print(f"dashboard on http://{settings.http_host}:{server.bound_port}/", file=sys.stderr)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(signum, stop.set)
        await stop.wait()
        await server.shutdown()
        return 0
    finally:
        await database.shutdown()


async def digest(settings: Settings, send: bool) -> int:
    """Print the digest, or queue it for the team and deliver it now."""
    owners = load_owners(settings.owners_file)
    database = Database(settings.database_url)
    await database.initialize()
    language = settings.digest_lang or settings.default_lang
    try:
        if not send:
            print(await compose(database, owners, language, utc_now()))
            return 0
        weekly = WeeklyDigest(
            database,
            owners,
            day=settings.digest_day,
            hour=settings.digest_hour,
            zone=settings.digest_timezone,
            language=language,
            addresses=TelegramAddresses(owners),  # the digest is delivered on Telegram
        )
        queued = await weekly.enqueue(utc_now())
        sent = await _deliver(settings, database)
        print(f"digest queued for {queued} chat(s), {sent} message(s) delivered", file=sys.stderr)
        return 0
    finally:
        await database.shutdown()


async def _deliver(settings: Settings, database: Database) -> int:
    """Flush the outbox through Telegram (queued rows stay queued without a token)."""
    if settings.telegram_bot_token is None:
        return 0
    from telegram import Bot

    from bot.outbox import OutboxSender
    from bot.telegram.threads import ForumThreads
    from bot.telegram.transport import TelegramTransport

    bot = Bot(
        settings.telegram_bot_token.get_secret_value(), base_url=settings.telegram_api_base_url
    )
    async with bot:
        transport = TelegramTransport(bot, ForumThreads(bot, database))
        return await OutboxSender(database, transport).flush()
