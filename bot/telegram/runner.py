"""Running the Telegram bot until SIGTERM, then stopping gracefully.

Order on stop: intake first (no new updates), then the turn in progress and any open
bursts, then the outbox is flushed; exit 0.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal

from bot.app import Services
from bot.settings import Settings
from bot.telegram.application import build_application
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
    await application.initialize()
    assert application.post_init is not None
    await application.post_init(application)
    await server.initialize()
    if webhook:
        if settings.telegram_webhook_url:
            await application.bot.set_webhook(
                settings.telegram_webhook_url,
                secret_token=secret.get_secret_value() if secret else None,
            )
    else:
        assert application.updater is not None
        await application.bot.delete_webhook()
        await application.updater.start_polling(poll_interval=0.0, timeout=10)
    await application.start()
    log.info("Hamdel is listening on Telegram (%s)", "webhook" if webhook else "polling")
    await stop.wait()
    log.info("stopping: no new updates, finishing turns in progress, flushing the outbox")
    server.accepting = False
    if application.updater is not None and application.updater.running:
        await application.updater.stop()
    await application.stop()
    assert application.post_shutdown is not None
    await application.post_shutdown(application)
    await server.shutdown()
    await application.shutdown()
    return 0
