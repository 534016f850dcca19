"""The bot as a real process (``python -m bot run``) against the fake Bot API in a thread.

Shared by the crash, poison and chaos tests: the process's environment, starting it and
waiting until it serves, stopping it (kill -9 or SIGTERM), and looking at it from outside
(its SQLite database, /metrics, the webhook). Logs go to a file, never to a pipe nobody
reads: a chatty process would block on a full pipe.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from prometheus_client.parser import text_string_to_metric_families

from tests.fake_bot_api import FakeBotAPI
from tests.telegram.conftest import ROOT, TOKEN, free_port

SECRET = "chaos-webhook-secret"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def bot_env(db: Path, fake: FakeBotAPI, nlu_model_dir: Path, **overrides: str) -> dict[str, str]:
    """The environment of a bot on ``db`` talking to ``fake``; ``overrides`` by variable name."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "HAMDEL_"))}
    env.update(
        DATABASE_URL=f"sqlite+aiosqlite:///{db}",
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=fake.base_url,
        TELEGRAM_WEBHOOK_SECRET=SECRET,
        NLU_MODEL_DIR=str(nlu_model_dir),
        OWNERS_FILE=str(ROOT / "owners.example.yml"),
        HTTP_HOST="127.0.0.1",
        HTTP_PORT=str(free_port()),
        HAMDEL_DEFAULT_LANG="en",
    )
    env.update(overrides)
    return env


def wait_for(condition: Callable[[], object], timeout: float = 60, message: str = "") -> None:
    """Poll ``condition`` until it holds; fail after ``timeout`` seconds (a bound, not a pace)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, message or "timed out"
        time.sleep(0.1)


@dataclass
class BotProcess:
    """One running ``python -m bot run``."""

    process: subprocess.Popen[bytes]
    env: dict[str, str]
    log: Path

    @property
    def port(self) -> int:
        """Its web server's port (webhook, /metrics, /healthz)."""
        return int(self.env["HTTP_PORT"])

    def alive(self) -> bool:
        """Still running."""
        return self.process.poll() is None

    def logs(self) -> str:
        """Everything it logged so far."""
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def kill(self) -> None:
        """kill -9: no chance to finish anything."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(30)

    def terminate(self, timeout: float = 60) -> int:
        """SIGTERM (graceful: finish turns, flush the outbox); its exit code."""
        if self.alive():
            self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout)

    def metric(self, name: str) -> float:
        """A sample's value from its /metrics (0 when absent)."""
        url = f"http://127.0.0.1:{self.port}/metrics"
        with urllib.request.urlopen(url, timeout=30) as response:
            body = response.read().decode()
        for family in text_string_to_metric_families(body):
            for sample in family.samples:
                if sample.name == name:
                    return float(sample.value)
        return 0.0

    def post_update(self, body: Any) -> int:
        """POST ``body`` (JSON, or raw bytes) to its webhook, with the secret; the status."""
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}/telegram",
            data=data,
            headers={SECRET_HEADER: SECRET, "Content-Type": "application/json"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return int(response.status)
        except urllib.error.HTTPError as error:
            return int(error.code)

    def healthy(self) -> bool:
        """Its web server answers /healthz with 200."""
        try:
            with urllib.request.urlopen(
                f"http://127.0.0.1:{self.port}/healthz", timeout=5
            ) as response:
                return bool(response.status == 200)
        except (urllib.error.URLError, OSError):
            return False


def launch(env: dict[str, str], log: Path, *, webhook: bool = False) -> BotProcess:
    """Start the process without waiting for it (logs appended to ``log``)."""
    command = [sys.executable, "-m", "bot", "run", *(["--webhook"] if webhook else [])]
    with log.open("ab") as sink:
        process = subprocess.Popen(
            command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=sink
        )
    return BotProcess(process, env, log)


def started(
    env: dict[str, str],
    fake: FakeBotAPI,
    log: Path,
    *,
    webhook: bool = False,
    timeout: float = 120,
) -> BotProcess:
    """A bot process that serves: polling Telegram, or (webhook) answering on its port."""
    calls = len(fake.calls_to("getUpdates"))
    bot = launch(env, log, webhook=webhook)

    def serving() -> bool:
        assert bot.alive(), f"bot exited on start:\n{bot.logs()[-3000:]}"
        if webhook:
            return bot.healthy()
        return len(fake.calls_to("getUpdates")) > calls

    try:
        wait_for(serving, timeout, "bot did not start")
    except BaseException:
        bot.kill()  # never leave a process behind a failed test
        raise
    return bot


def query(db: Path, sql: str, *params: object) -> list[tuple[Any, ...]]:
    """Rows from the bot's SQLite database ([] before it exists or is migrated)."""
    if not db.exists():
        return []
    with sqlite3.connect(db, timeout=30) as connection:
        try:
            return list(connection.execute(sql, params))
        except sqlite3.OperationalError:  # not migrated yet
            return []


def export(env: dict[str, str], what: str) -> list[dict[str, Any]]:
    """``hamdel export <what>`` run as an operator would, parsed."""
    done = subprocess.run(
        [sys.executable, "-m", "bot", "export", what],
        env=env,
        cwd=ROOT,
        capture_output=True,
        timeout=120,
        check=True,
    )
    rows: list[dict[str, Any]] = json.loads(done.stdout)
    return rows
