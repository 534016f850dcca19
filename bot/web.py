"""The HTTP side: Telegram's webhook, /healthz, /metrics and the staff dashboard (aiohttp)."""

from __future__ import annotations

import hmac
import json
import logging
from typing import Any

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import text

from bot import metrics
from bot.dashboard.routes import Dashboard
from bot.telegram.context import HamdelApplication
from bot.telegram.reading import valid_update_id
from storage.database import Database
from storage.repositories import InboundUpdateRepository, OutboxRepository

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
WEBHOOK_PATH = "/telegram"
MAX_DEPTH = 64  # real updates nest a dozen levels; far deeper ones could not even be stored
_OK = json.dumps({"ok": True}).encode()  # every update's answer: encoded once, not per update


class WebServer:
    """Health, metrics and (in webhook mode) the update endpoint."""

    def __init__(
        self,
        database: Database,
        *,
        host: str,
        port: int,
        application: HamdelApplication | None = None,
        webhook_secret: str | None = None,
        dashboard: Dashboard | None = None,
    ) -> None:
        self.database = database
        self.host = host
        self.port = port
        self.application = application
        self.webhook_secret = webhook_secret
        # Webhook updates wait until the stored ones are replayed: one that arrived first
        # would be stored, then replayed as well (starting → open → closing).
        self.state = "starting" if application is not None else "open"
        self._runner: web.AppRunner | None = None
        self.app = web.Application()
        self.app.router.add_get("/healthz", self.health)
        self.app.router.add_get("/metrics", self.metrics)
        if dashboard is not None:
            dashboard.mount(self.app)
        if application is not None:
            self.app.router.add_post(WEBHOOK_PATH, self.webhook)

    @property
    def bound_port(self) -> int:
        """The real port (when 0 was asked for)."""
        assert self._runner is not None
        server = self._runner.addresses[0]
        return int(server[1])

    async def initialize(self) -> None:
        """Start listening."""
        self._runner = web.AppRunner(self.app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, self.host, self.port).start()

    async def shutdown(self) -> None:
        """Stop listening."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def health(self, _request: web.Request) -> web.Response:
        """200 when the database answers and updates are taken (readiness, for a balancer)."""
        if self.state == "starting":
            return web.json_response({"status": "starting"}, status=503)
        try:
            async with self.database.session() as session:
                await session.execute(text("SELECT 1"))
        except Exception as error:  # report, don't crash: this is what health checks are for
            return web.json_response({"status": "error", "error": type(error).__name__}, status=503)
        return web.json_response({"status": "ok"})

    async def metrics(self, _request: web.Request) -> web.Response:
        """Prometheus text format."""
        async with self.database.session() as session:
            metrics.OUTBOX_PENDING.set(await OutboxRepository(session).pending_count())
            metrics.DEAD_LETTERS_STORED.set(await InboundUpdateRepository(session).dead_count())
        body = generate_latest()
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})

    async def webhook(self, request: web.Request) -> web.Response:
        """Store the update, then 200; Telegram retries anything else.

        Only a request that is not an update at all gets a 4xx (and nothing is stored);
        an update PTB cannot read is stored as a dead letter and still answered 200, or
        Telegram would send it again and again.
        """
        given = request.headers.get(SECRET_HEADER, "")
        if not self.webhook_secret or not same_secret(given, self.webhook_secret):
            return web.json_response({"ok": False, "error": "forbidden"}, status=403)
        if self.state != "open":  # Telegram retries a 503 later
            return web.json_response({"ok": False, "error": self.state}, status=503)
        try:
            body = await request.text()
            payload: Any = json.loads(body, parse_constant=_no_constants)
        except (ValueError, RecursionError):  # bad JSON, bad UTF-8, NaN, absurd nesting
            return web.json_response({"ok": False, "error": "malformed JSON"}, status=400)
        if not isinstance(payload, dict) or not valid_update_id(payload.get("update_id")):
            return web.json_response({"ok": False, "error": "not an update"}, status=400)
        if nested_deeper(body, payload, MAX_DEPTH):
            return web.json_response({"ok": False, "error": "nested too deeply"}, status=400)
        assert self.application is not None
        intake = self.application.bot_data.intake
        for update in await intake.accept([payload], self.application.bot, lean=True):
            await self.application.update_queue.put(update)
        return web.Response(body=_OK, content_type="application/json", charset="utf-8")


def same_secret(given: str, expected: str) -> bool:
    """Constant-time comparison that works for any characters (compare_digest on bytes)."""
    return hmac.compare_digest(
        given.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass")
    )


def too_deep(value: Any, limit: int) -> bool:
    """Whether JSON ``value`` nests deeper than ``limit`` (checked without recursion)."""
    level: list[Any] = [value]
    for _ in range(limit):
        level = [
            child
            for item in level
            if isinstance(item, dict | list)
            for child in (item.values() if isinstance(item, dict) else item)
        ]
        if not level:
            return False
    return any(isinstance(item, dict | list) for item in level)


def nested_deeper(body: str, payload: Any, limit: int) -> bool:
    """``too_deep(payload, limit)`` of the JSON ``body`` holds, without walking a body
    of at most ``limit`` opening brackets (every update: a dozen or so): a container
    ``limit`` levels down needs ``limit + 1`` of them (a bracket inside a string only
    makes this count more, and the walk run)."""
    if body.count("{") + body.count("[") <= limit:
        return False
    return too_deep(payload, limit)


def _no_constants(name: str) -> Any:
    # NaN and Infinity are not JSON; PostgreSQL's json type would refuse them later.
    raise ValueError(f"{name} is not JSON")
