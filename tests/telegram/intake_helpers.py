"""Helpers for the intake tests: the bot's own HTTP endpoints and its stored updates."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import aiohttp
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import select

from bot.settings import Settings
from storage.database import Database
from storage.models import InboundUpdate

SECRET = "s3cret-Value"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"

# What the Bot API can send that the installed PTB cannot read (issue 9, item 1).
NO_CHAT_NO_DATE = {"message_id": 1, "text": "x"}


def unreadable_updates(first_id: int) -> list[dict[str, Any]]:
    """A message without chat and date, a button without chat_instance, a poll option
    without persistent_id."""
    user = {"id": 77, "is_bot": False, "first_name": "Nobody"}
    poll = {
        "id": "p1",
        "question": "?",
        "options": [{"text": "a", "voter_count": 0}],
        "total_voter_count": 0,
        "is_closed": False,
        "is_anonymous": True,
        "type": "regular",
        "allows_multiple_answers": False,
    }
    return [
        {"update_id": first_id, "message": NO_CHAT_NO_DATE},
        {"update_id": first_id + 1, "callback_query": {"id": "9", "from": user, "data": "x"}},
        {"update_id": first_id + 2, "poll": poll},
    ]


async def post(settings: Settings, body: Any, secret: str | None = SECRET) -> int:
    """POST ``body`` (JSON, or raw bytes) to the bot's webhook; the status."""
    url = f"http://127.0.0.1:{settings.http_port}/telegram"
    headers = {SECRET_HEADER: secret} if secret is not None else {}
    async with aiohttp.ClientSession() as client:
        if isinstance(body, bytes):
            request = client.post(url, data=body, headers=headers)
        else:
            request = client.post(url, json=body, headers=headers)
        async with request as response:
            return response.status


async def metric(settings: Settings, name: str) -> float:
    """A sample's value from the bot's /metrics (0 when absent)."""
    url = f"http://127.0.0.1:{settings.http_port}/metrics"
    async with aiohttp.ClientSession() as client, client.get(url) as response:
        body = await response.text()
    for family in text_string_to_metric_families(body):
        for sample in family.samples:
            if sample.name == name:
                return float(sample.value)
    return 0.0


async def stored_updates(settings: Settings) -> dict[int, InboundUpdate]:
    """Every stored update by id."""
    database = Database(settings.database_url)
    await database.initialize()
    try:
        async with database.session() as session:
            found = (await session.execute(select(InboundUpdate))).scalars().all()
            return {u.update_id: u for u in found}
    finally:
        await database.shutdown()


async def eventually(predicate: Any, timeout: float = 20) -> None:
    """Wait until an async predicate holds (a condition, never a duration)."""
    deadline = time.monotonic() + timeout
    while not await predicate():
        assert time.monotonic() < deadline, "condition never became true"
        await asyncio.sleep(0.05)
