"""scripts/abgate.py: pools split by text, blind A/B items, verdicts counted, the bot's replies."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from bot import reflecting
from dialogues import catalog
from nlu.embedded import EmbeddedParser

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "abgate.py"


@pytest.fixture(scope="module")
def abgate() -> ModuleType:
    """The script, loaded as a module."""
    spec = importlib.util.spec_from_file_location("abgate", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_pools_split_by_text_and_leave_out_judged_long_and_one_word_rows(
    abgate: ModuleType,
) -> None:
    rows = [(f"s:{n}", f"the soup was cold number {n}") for n in range(200)]
    rows += [("s:dup", "the soup was cold number 3"), ("s:one", "cold")]
    rows += [("s:long", "word " * 200), ("s:judged", "judged\nalready"), ("s:tab", "a\tb c")]
    halves = abgate.abgate_pools.split_pool(rows, {"judged already"}, "salt:")
    texts = [row["message"] for half in halves.values() for row in half]
    assert len(texts) == len(set(texts)) == 201  # 200 distinct + "a b c", tab made a space
    assert "a b c" in texts and "cold" not in texts and "judged already" not in texts
    assert all(len(text) <= 700 for text in texts)
    assert 60 < len(halves["tune"]) < 140  # a hash splits roughly in half
    again = abgate.abgate_pools.split_pool(reversed(rows), {"judged already"}, "salt:")
    assert {r["message"] for r in again["tune"]} == {r["message"] for r in halves["tune"]}
    other = abgate.abgate_pools.split_pool(rows, {"judged already"}, "other salt:")
    assert {r["message"] for r in other["tune"]} != {r["message"] for r in halves["tune"]}


def test_the_judge_sees_only_changed_replies_in_random_order_and_the_key_knows_which_is_new(
    abgate: ModuleType,
) -> None:
    base, new = [], []
    for n in range(40):
        old = {"row": f"r{n}", "message": f"m{n}", "first": f"f{n}", "reflection": f"x{n}"}
        base.append(old)
        new.append(old | ({"reflection": f"y{n}"} if n % 2 else {}))
    # the first reply is the reflection on both sides: judged once, as a reflection
    base.append({"row": "same", "message": "m", "first": "x", "reflection": "x"})
    new.append({"row": "same", "message": "m", "first": "y", "reflection": "y"})
    new[0] = new[0] | {"first": "g0"}
    key, items, changed = abgate.ab_items(base, new, {"r1"}, 15, "g_test")
    assert changed == {"reflection": 21, "first": 1, "after_yes": 0}  # none has after_yes
    assert len(key) == len(items) == 15 and "r1" not in {item["row"] for item in key}
    sides = {item["a_is_new"] for item in key}
    assert sides == {True, False}
    for item, shown in zip(key, items, strict=True):
        assert "old" not in shown and "new" not in shown and "a_is_new" not in shown
        assert shown[("A" if item["a_is_new"] else "B")] == item["new"]
        assert shown[("B" if item["a_is_new"] else "A")] == item["old"]
    assert abgate.ab_items(base, new, {"r1"}, 15, "g_test")[1] == items  # seeded by the name


def test_verdicts_count_for_the_new_side_whichever_letter_it_had(abgate: ModuleType) -> None:
    key = [
        {"id": 0, "row": "a", "a_is_new": True},
        {"id": 1, "row": "b", "a_is_new": False},
        {"id": 2, "row": "c", "a_is_new": False},
    ]
    verdicts = [
        {"id": 0, "better": "A"},
        {"id": 1, "better": "A", "note": "B drops the verdict"},
        {"id": 2, "better": "same"},
    ]
    counts, scored = abgate.tally(key, verdicts)
    assert counts == {"new": 1, "old": 1, "same": 1}
    assert [item["verdict"] for item in scored] == ["new", "old", "same"]
    with pytest.raises(SystemExit):
        abgate.tally(key, verdicts[:2])


def test_the_judges_prompt_carries_the_rubrics_reflection_and_first_reply_parts(
    abgate: ModuleType, tmp_path: Path
) -> None:
    prompt = abgate.judge_prompt(tmp_path, "ar", 12)
    rubric = (ROOT / "tests" / "data" / "reflections" / "RUBRIC.md").read_text(encoding="utf-8")
    assert rubric.split("The samples:")[0].strip() in prompt
    assert "never asks what was already told" in prompt and "Arabic" in prompt
    assert f"{tmp_path}/verdicts_ar.jsonl" in prompt and "exactly 12 lines" in prompt


async def test_replies_are_the_bots_own_first_reply_and_reflection(
    abgate: ModuleType, nlu_model_dir: Path, tmp_path: Path
) -> None:
    messages = {
        "en": "my flight was cancelled and nobody called me",
        "fa": "غذا سرد رسید و نوشابه رو نفرستادن",
    }
    parser = EmbeddedParser(nlu_model_dir, default_language="en")
    await parser.initialize()
    for language, message in messages.items():
        source, target = tmp_path / f"in_{language}.jsonl", tmp_path / f"out_{language}.jsonl"
        source.write_text(json.dumps({"row": "r1", "message": message}) + "\n", encoding="utf-8")
        command = [sys.executable, str(SCRIPT), "replies", language, str(source), str(target)]
        process = await asyncio.create_subprocess_exec(
            *command, "--model", str(nlu_model_dir), cwd=ROOT
        )
        assert await process.wait() == 0
        (row,) = abgate.read_lines(target)
        first = await reflecting.first_reply(parser, message, language)
        reflection = await reflecting.first_answer(parser, message, language, always=True)
        assert row["first"] == " ".join(first.split()) and row["row"] == "r1"
        assert row["reflection"] == " ".join(reflection.split()) and row["reflection"]
        # the reply once they say yes to it: an apology for a complaint, never thanks
        apologies = [k for k in catalog.keys(language) if k.startswith("apology")]
        lines = [line for k in apologies for line in catalog.variants(language, k)]
        assert any(row["after_yes"].startswith(line) for line in lines), row


def test_an_after_yes_item_shows_what_each_side_said_back(abgate: ModuleType) -> None:
    base = [{"row": "r", "message": "m", "first": "f", "reflection": "x", "after_yes": "a"}]
    new = [base[0] | {"after_yes": "b"}]
    _, items, _ = abgate.ab_items(base, new, set(), 5, "g_back")
    assert items[0]["said_back"] == "x"  # the same reflection on both sides: shown once
    new = [base[0] | {"reflection": "y", "after_yes": "b"}]
    key, items, _ = abgate.ab_items(base, new, set(), 5, "g_back")
    after = next(i for i, k in zip(items, key, strict=True) if k["kind"] == "after_yes")
    new_side = "A" if key[items.index(after)]["a_is_new"] else "B"
    assert after[f"said_back_before_{new_side}"] == "y"


def test_a_burst_is_two_to_five_sentences_of_three_words_or_more() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    import abgate_burst

    told = "The soup was cold. And the driver was rude to me! Will you refund it?"
    assert abgate_burst.parts(told) == (
        "The soup was cold.",
        "And the driver was rude to me!",
        "Will you refund it?",
    )
    persian = ("غذا سرد بود.", "پیک هم بی‌ادب بود")
    assert abgate_burst.parts("\n".join(persian)) == persian
    assert abgate_burst.parts("Thanks. The soup was cold") is None  # "Thanks." alone: no burst
    assert abgate_burst.parts("The soup was cold") is None
