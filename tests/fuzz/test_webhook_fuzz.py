"""Generated webhook bodies against the real Application: no 500, no crash, nothing stored
from a refused request, nothing customer-written in the logs above DEBUG."""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import sqlite3
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given
from hypothesis import settings as hypothesis_settings

from bot.telegram.reading import valid_update_id
from tests.fake_bot_api import FakeBotAPI
from tests.fuzz.strategies import MARK, SECRET, Request, explicit, requests
from tests.telegram.conftest import make_settings, running
from tests.telegram.intake_helpers import SECRET_HEADER, post

GOOD_CHAT = 424242424


def stored_count(db: Path) -> int:
    with sqlite3.connect(db) as connection:
        return int(connection.execute("SELECT count(*) FROM inbound_updates").fetchone()[0])


def send(url: str, request: Request) -> int:
    """POST from a worker thread (the bot's event loop keeps serving meanwhile)."""
    body = request.body
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    headers: dict[str, Any] = {"Content-Type": "application/json"}
    if request.secret is not None:  # raw bytes, not always UTF-8
        headers[SECRET_HEADER] = request.secret.encode("utf-8", "surrogateescape")
    outgoing = urllib.request.Request(url, data=data, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(outgoing, timeout=60) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return int(error.code)


def with_examples(test: Any) -> Any:
    """Always try the explicit cases (the issue's triggers, huge texts, forged buttons)."""
    for request in explicit():
        test = example(request=request)(test)
    return test


async def test_generated_webhook_bodies(
    fake: FakeBotAPI, tmp_path: Path, nlu_model_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    settings = make_settings(tmp_path, fake, nlu_model_dir, telegram_webhook_secret=SECRET)
    db = tmp_path / "hamdel.db"
    url = f"http://127.0.0.1:{settings.http_port}/telegram"
    written: list[str] = []
    statuses: list[int] = []
    fresh_ids = itertools.count(1_000)

    @hypothesis_settings(
        max_examples=60,
        deadline=None,
        derandomize=True,  # the same examples on every run
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @with_examples
    @given(request=requests())
    def one_request(request: Request) -> None:
        body = request.body
        if isinstance(body, dict) and valid_update_id(body.get("update_id")) and body["update_id"]:
            body["update_id"] = next(fresh_ids)  # fresh, so most reach the handlers; 0 repeats
        before = stored_count(db)
        status = send(url, request)
        statuses.append(status)
        written.extend(request.written)
        assert status in (200, 400, 403), status
        if status != 200:
            assert stored_count(db) == before  # nothing kept from a refused request

    async with running(settings, fake, webhook=True) as bot:
        await asyncio.to_thread(one_request)
        good = fake.make_message_update(GOOD_CHAT, "/start", language_code="en")
        good["update_id"] = 2**62 + 7
        assert await post(settings, good, SECRET) == 200
        said = await fake.wait_for_messages(GOOD_CHAT, 1, timeout=60)
        assert said[0].endswith("?")  # still serving: the opening question
        assert await bot.stop() == 0
    async with running(settings, fake, webhook=True) as bot:  # the next start is clean
        assert await bot.stop() == 0
    assert {200, 400, 403} <= set(statuses)
    assert written  # the strategies did write customer text
    loud = [r for r in caplog.records if r.levelno > logging.DEBUG]
    leaked = [r for r in loud if MARK in r.getMessage() + (r.exc_text or "")]
    assert not leaked, [r.getMessage()[:200] for r in leaked]
    long_words = {w for w in written if len(w.replace(MARK, "")) >= 12}
    assert not [r for r in loud for w in long_words if w in r.getMessage()]
