"""Running the Telegram bot until SIGTERM, then stopping gracefully.

Start, in order: the Application (``async with``), the database, the NLU parser, the
conversation service, the outbox sender, the scheduler and the web server; then the
updates (polling or webhook), and the re-pick of updates an outage left unanswered. Stop
runs the same list backwards, first taking in no new updates and finishing the turn in
progress and any open bursts, so the outbox is flushed before the database closes; exit 0.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal

from bot.app import Services
from bot.settings import Settings
from bot.telegram.application import build_application, register_commands, replay_stored
from bot.telegram.context import HamdelApplication
from bot.telegram.repick import Repicker
from bot.web import WebServer

log = logging.getLogger(__name__)


async def run_telegram(
    settings: Settings, *, webhook: bool = False, stop: asyncio.Event | None = None
) -> int:
    """Serve customers on Telegram until ``stop`` is set or a signal arrives."""
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        # Not possible off the main thread (tests run the bot in-process).
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signum, stop.set)
    services = Services(settings)
    application = build_application(settings, services)
    secret = settings.telegram_webhook_secret
    server = WebServer(
        services.database,
        host=settings.http_host,
        port=settings.http_port,
        application=application if webhook else None,
        webhook_secret=secret.get_secret_value() if secret else None,
        dashboard=services.dashboard,
    )
    async with application, contextlib.AsyncExitStack() as running:
        await _start_services(running, application, server)
        await register_commands(application)
        await replay_stored(application)
        await _start_updates(running, application, settings, webhook=webhook)
        # Stopped first on the way out: nothing queued again while the updates stop.
        repicker = Repicker(
            application,
            every=settings.repick_every_seconds,
            grace=settings.repick_grace_seconds,
            max_attempts=settings.repick_max_attempts,
        )
        await repicker.initialize()
        running.push_async_callback(repicker.shutdown)
        server.state = "open"
        log.info("Hamdel is listening on Telegram (%s)", "webhook" if webhook else "polling")
        await stop.wait()
        log.info("stopping: no new updates, finishing turns in progress, flushing the outbox")
        server.state = "closing"
    return 0


async def _start_services(
    running: contextlib.AsyncExitStack, application: HamdelApplication, server: WebServer
) -> None:
    """Open each service; ``running`` closes them in reverse order on the way out."""
    data = application.bot_data
    services = data.services
    await services.database.initialize()  # migrations run here
    running.push_async_callback(services.database.shutdown)
    await services.parser.initialize()  # the NLU model loads or trains here
    running.push_async_callback(services.parser.shutdown)
    await services.conversations.initialize()
    running.push_async_callback(services.conversations.shutdown)
    await services.warm_up()  # the NLU and each language's reflection, then gc.freeze()
    await data.sender.initialize()
    running.push_async_callback(data.sender.shutdown)  # flushes the outbox
    services.scheduler.on_step = data.sender.notify
    await services.scheduler.initialize()
    running.push_async_callback(services.scheduler.shutdown)
    await server.initialize()
    running.push_async_callback(server.shutdown)
    # Runs after the updates stop and before the sender flushes: open bursts get answered.
    running.push_async_callback(data.window.drain)


async def _start_updates(
    running: contextlib.AsyncExitStack,
    application: HamdelApplication,
    settings: Settings,
    *,
    webhook: bool,
) -> None:
    """Take updates by webhook (the web server) or by polling, then process them."""
    if webhook:
        if settings.telegram_webhook_url:
            secret = settings.telegram_webhook_secret
            await application.bot.set_webhook(
                settings.telegram_webhook_url,
                secret_token=secret.get_secret_value() if secret else None,
            )
    elif application.updater is not None:
        await application.bot.delete_webhook()
        await application.updater.start_polling(poll_interval=0.0, timeout=10)
    await application.start()
    running.push_async_callback(_stop_updates, application)


async def _stop_updates(application: HamdelApplication) -> None:
    """No new updates, then let the turns in hand finish (``Application.stop`` waits)."""
    if application.updater is not None and application.updater.running:
        await application.updater.stop()
    await application.stop()
