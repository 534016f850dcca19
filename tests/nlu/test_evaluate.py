"""The evaluation helpers behind `hamdel nlu eval`."""

from __future__ import annotations

import json
from pathlib import Path

from nlu.evaluate import macro_f1, real_messages, run_eval


def test_macro_f1() -> None:
    assert macro_f1(["a", "a", "b"], ["a", "a", "b"]) == 1.0
    # a: tp=1 fp=1 fn=0 → F1 2/3; b: never predicted → 0
    assert abs(macro_f1(["a", "b"], ["a", "a"]) - 1 / 3) < 1e-9
    assert abs(macro_f1(["a", "a", "b", "b"], ["a", "b", "b", "b"]) - (2 / 3 + 0.8) / 2) < 1e-9


def test_real_messages_reader(tmp_path: Path) -> None:
    path = tmp_path / "en.tsv"
    path.write_text(
        'text\tlabel\tsource\n"quoted start\tpositive\tx\nbad\tnegative|Late Flight\tx\n'
        "meh\tneutral\tx\nhelp\torg:Google\tx\n",
        encoding="utf-8",
    )
    assert real_messages(path, "en") == [('"quoted start', "positive"), ("bad", "negative")]


async def test_run_eval_local(tmp_path: Path) -> None:
    data = tmp_path / "mini.yml"
    data.write_text(
        'version: "3.1"\nnlu:\n'
        "- intent: greet\n  metadata: {language: en}\n  examples: |\n    - hello there\n"
        "- intent: complaint\n  metadata: {language: fa}\n  examples: |\n"
        "    - [پیک](topic:delivery) خیلی دیر اومد\n",
        encoding="utf-8",
    )
    report = await run_eval("local", data, "http://127.0.0.1:9", tmp_path / "model")
    json.dumps(report)  # JSON-able
    assert report["backend"] == "local"
    assert report["overall"]["examples"] == 2
    assert set(report["languages"]) == {"en", "fa"}
    assert report["topic_accuracy"] == 1.0
    assert report["latency_ms"]["p50"] > 0
