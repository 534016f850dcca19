"""scripts/turncount.py replays the load bench's own conversations, draw for draw."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

from bot import loadbench

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "turncount.py"


def test_the_replay_draws_the_load_benchs_conversations() -> None:
    spec = importlib.util.spec_from_file_location("turncount", SCRIPT)
    assert spec is not None and spec.loader is not None
    turncount = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(turncount)
    rows = {language: loadbench.real_rows(language) for language in loadbench.LANGUAGES}
    rng = random.Random(7)
    expected = [
        (language, loadbench.conversation(language, rows[language], rng))
        for language in loadbench.LANGUAGES * 4
    ]
    assert turncount.conversations(12, 7) == expected
    assert turncount.PHRASES == loadbench.PHRASES and turncount.LANGUAGES == loadbench.LANGUAGES
