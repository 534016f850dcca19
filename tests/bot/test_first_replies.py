"""The first reply a customer actually reads, and the bench figure that counts its verdicts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.bench_first import assemble, first_reply_figures, prompt_items, sample_figures
from bot.reflecting import first_answer, first_reply
from dialogues import catalog
from nlu.embedded import EmbeddedParser

ASKS = "how do I get past the 72% online story missions?"  # reflected at once
CRASH = "It crashes"  # a problem in one word, without its impact: prompted (two are said back)
IDEA = "dark mode please"  # an idea in two words: prompted
DOWN = "My internet is down"


@pytest.fixture
async def parser(nlu_model_dir: Path) -> EmbeddedParser:
    parser = EmbeddedParser(nlu_model_dir, default_language="en")
    await parser.initialize()
    return parser


async def test_a_message_reflected_at_once_gets_that_reflection_first(
    parser: EmbeddedParser,
) -> None:
    reply = await first_reply(parser, ASKS, "en")
    assert "72% online story missions" in reply
    assert reply == await first_answer(parser, ASKS, "en", always=False)
    assert reply == await first_answer(parser, ASKS, "en", always=True)


async def test_a_prompted_message_gets_the_listening_prompt_not_the_forced_reflection(
    parser: EmbeddedParser,
) -> None:
    reply = await first_reply(parser, CRASH, "en")
    assert reply in catalog.variants("en", "listen_impact")
    assert await first_answer(parser, CRASH, "en", always=False) == ""
    forced = await first_answer(parser, CRASH, "en", always=True)
    assert "crashes" in forced and forced != reply
    assert await first_reply(parser, IDEA, "en") in catalog.variants("en", "listen_idea")


def _write(path: Path, items: list[dict[str, Any]]) -> None:
    path.write_text(json.dumps({"language": "en", "items": items}), encoding="utf-8")


async def test_the_figure_counts_the_verdict_that_read_the_reply_the_customer_gets(
    parser: EmbeddedParser, nlu_model_dir: Path, tmp_path: Path
) -> None:
    forced = {t: await first_answer(parser, t, "en", always=True) for t in (ASKS, CRASH)}
    prompt = await first_reply(parser, CRASH, "en")

    def item(row: int, message: str, reply: str, verdict: str) -> dict[str, Any]:
        return {"row": row, "message": message, "reply": reply, "verdict": verdict}

    _write(
        tmp_path / "heldout2_en.json",  # a tiny reflection sample, judged by one judge
        [
            item(1, ASKS, forced[ASKS], "acceptable"),  # reflected at once: its verdict stands
            item(2, CRASH, forced[CRASH], "acceptable"),  # prompted: this verdict is not it
            item(3, IDEA, "an old reflection", "wrong"),  # prompted, no first-reply verdict
            item(4, DOWN, "an old reflection", "wrong"),  # prompted, first reply judged stale
            item(5, ASKS, "a reflection since changed", "acceptable"),
        ],
    )
    _write(tmp_path / "en.json", [item(1, ASKS, forced[ASKS], "minor")])  # no first_en.json
    _write(
        tmp_path / "first_heldout2_en.json",
        [item(2, CRASH, prompt, "minor"), item(4, DOWN, "What was it like?", "acceptable")],
    )
    figures = await first_reply_figures(nlu_model_dir, tmp_path)
    held_out = figures["en_held_out"]
    assert held_out["judge_1"] == {
        "acceptable": 1,
        "minor": 1,
        "wrong": 0,
        "unjudged": 3,
        "sample": 5,
        "acceptable_rate": 0.2,
    }
    assert "judge_2" not in held_out  # no item carries a second verdict
    assert held_out["not_reflected_at_once"] == 3
    assert "first_replies" not in held_out
    assert figures["en"]["judge_1"]["minor"] == 1  # reflected at once: the reflection's verdict
    assert figures["en"]["first_replies"].startswith("absent: no first_en.json")
    assert set(figures) == {"en", "en_held_out"}  # only the samples that exist here


def test_without_a_first_reply_file_every_prompted_item_is_unjudged() -> None:
    judged = {"items": [{"row": 1, "message": "m", "reply": "r", "verdict": "wrong"}]}
    figures = sample_figures(judged, None, [("What happened?", "r")])
    assert figures["judge_1"]["unjudged"] == 1 and figures["judge_1"]["wrong"] == 0


async def test_the_items_to_judge_are_those_not_reflected_at_once(parser: EmbeddedParser) -> None:
    judged = {"items": [{"row": 7, "message": ASKS}, {"row": 8, "message": CRASH}]}
    items = await prompt_items(parser, judged, "en")
    assert items == [{"row": 8, "message": CRASH, "reply": await first_reply(parser, CRASH, "en")}]


def test_assembling_keeps_each_judges_verdict_and_refuses_a_gap() -> None:
    items = [{"row": 8, "message": CRASH, "reply": "How has that affected you?"}]
    first = [{"row": 8, "verdict": "minor", "note": "impact half said"}]
    second = [{"row": 8, "verdict": "acceptable", "note": ""}]
    judged = assemble(items, [first, second], language="en", sample="en.json", judge="two")
    assert judged["rubric"] == "RUBRIC.md#first-replies" and judged["sample"] == "en.json"
    assert judged["items"] == [
        {
            "row": 8,
            "message": CRASH,
            "reply": "How has that affected you?",
            "verdict": "minor",
            "note": "impact half said",
            "verdict2": "acceptable",
            "note2": "",
        }
    ]
    with pytest.raises(ValueError, match="one to one"):
        assemble(items, [[]], language="en", sample="en.json", judge="one")
    with pytest.raises(ValueError, match="verdict not in"):
        assemble(
            items, [[{"row": 8, "verdict": "fine"}]], language="en", sample="en.json", judge="x"
        )
