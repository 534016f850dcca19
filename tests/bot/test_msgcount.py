"""scripts/msgcount.py counts the bot the load bench runs: Persian warmed before the count."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from bot.settings import Settings

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "msgcount.py"


def test_the_counted_bot_warms_persian_whatever_valgrind_adds_to_its_rss(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spec = importlib.util.spec_from_file_location("msgcount", SCRIPT)
    assert spec is not None and spec.loader is not None
    msgcount = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(msgcount)
    for name, value in msgcount.UNDER_CALLGRIND.items():
        monkeypatch.setenv(name, value)
    settings = Settings(_env_file=None)
    # True: warm_up takes "fa" with the others and no RSS test (bot.app.Services.warm_up).
    assert settings.nlu_warm_up and settings.nlu_warm_up_persian is True
