"""`hamdel run` pays the first-use costs at start: no customer's turn loads hazm or a
language's lexicons (the slowest turns at 10 customers were the first texts)."""

from __future__ import annotations

import gc
import logging
from pathlib import Path

import pytest

from bot.warmup import YOUNG_THRESHOLD
from tests.fake_bot_api import FakeBotAPI
from tests.telegram.conftest import make_settings, running


async def test_the_runner_warms_up_before_it_takes_updates(
    fake: FakeBotAPI, tmp_path: Path, nlu_model_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot.warmup")
    settings = make_settings(tmp_path, fake, nlu_model_dir, nlu_warm_up=True)
    gc.unfreeze()  # an earlier test's start may have frozen this process's heap already
    threshold = gc.get_threshold()
    try:
        async with running(settings, fake):
            # Before any update: the warm-up ran (one sample per language) and froze the heap.
            assert [r for r in caplog.records if r.getMessage().startswith("warmed up in")]
            assert gc.get_freeze_count() > 0
            assert gc.get_threshold()[0] == YOUNG_THRESHOLD  # young collections spaced out
            fake.push_command(671, "/start", language_code="en")
            said = await fake.wait_for_messages(671, 1, timeout=20)
            assert "keeps you up at night" in said[0]
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
