"""Fixtures for whole-conversation tests: the real service on SQLite with the embedded NLU."""

from __future__ import annotations

import os
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import Services
from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def settings(tmp_path: Path, nlu_model_dir: Path) -> Settings:
    return Settings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'hamdel.db'}",
        nlu_model_dir=nlu_model_dir,
        owners_file=ROOT / "owners.example.yml",
        _env_file=None,  # type: ignore[call-arg]
    )


@pytest.fixture
async def services(settings: Settings) -> AsyncIterator[Services]:
    async with Services(settings) as running:
        yield running


@pytest.fixture
def cli_env(tmp_path: Path, nlu_model_dir: Path) -> dict[str, str]:
    """Environment for running ``python -m bot`` as a user would, isolated in tmp_path."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "HAMDEL_"))}
    env.update(
        DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'hamdel.db'}",
        NLU_MODEL_DIR=str(nlu_model_dir),
        OWNERS_FILE=str(ROOT / "owners.example.yml"),
        NLU_BACKEND="local",
        PYTHONPATH=str(ROOT),
    )
    env.pop("DATABASE_URL_TEST", None)
    return env


PYTHON = sys.executable
