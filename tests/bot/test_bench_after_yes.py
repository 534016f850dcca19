"""`make bench`'s reply-after-yes figure: judged replies count while unchanged, else unjudged."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from bot.bench import JUDGED
from bot.bench_after_yes import SAMPLE, after_yes_figures, said_back_and_reply, sample_figures
from nlu.embedded import EmbeddedParser

ROOT = Path(__file__).resolve().parents[2]


def _judged(replies: list[str]) -> dict[str, object]:
    items = [
        {"row": n, "message": f"m{n}", "reply": r, "verdict": v, "verdict2": "minor"}
        for n, (r, v) in enumerate(zip(replies, ("acceptable", "wrong", "minor"), strict=True))
    ]
    return {"items": items}


def test_an_unchanged_reply_keeps_its_verdicts_and_a_changed_one_is_unjudged() -> None:
    judged = _judged(["I'm sorry.", "Thanks  for the idea.", "Thank you."])
    figures = sample_figures(judged, ["I'm sorry.", "Thanks for the idea.", "Thank you, truly."])
    assert figures["judge_1"] == {
        "acceptable": 1, "minor": 0, "wrong": 1, "unjudged": 1, "sample": 3,
        "acceptable_rate": 0.333,
    }  # fmt: skip
    assert figures["judge_2"]["minor"] == 2 and figures["judge_2"]["unjudged"] == 1


@pytest.mark.parametrize("lang", ["fa", "ar", "en"])
def test_the_committed_samples_are_judged_twice_with_what_was_said_back(lang: str) -> None:
    judged = json.loads((JUDGED / SAMPLE.format(lang=lang)).read_text(encoding="utf-8"))
    assert judged["rubric"] == "RUBRIC.md#replies-after-yes"
    for item in judged["items"]:
        assert item["said_back"] and item["reply"]
        assert {item["verdict"], item["verdict2"]} <= {"acceptable", "minor", "wrong"}


def test_a_complaint_confirmed_is_answered_and_praise_thanked_at_once(tmp_path: Path) -> None:
    parser = EmbeddedParser(tmp_path / "model", default_language="en")
    asyncio.run(parser.initialize())
    back, reply = asyncio.run(
        said_back_and_reply(parser, "my order is three days late and nobody answers", "en")
    )
    assert back and "sorry" in reply.lower()  # said back, then the let-down owned
    figures = asyncio.run(after_yes_figures(tmp_path / "model", JUDGED))
    assert set(figures) == {"fa", "ar", "en"}
