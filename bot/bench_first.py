"""`make bench`'s first-reply figure: what a customer actually reads after their first message.

The reflection samples (``bot.bench.SAMPLES``) are judged on the reflection *forced* by a
"that's all"; a real first message often gets a listening prompt or thanks instead. Here each
sample message's actual first reply (:func:`bot.reflecting.first_reply`) is counted by the
verdict that read that very text: the reflection's when the bot reflects at once and the
reply is the one judged, the first-reply file's (``first_{sample}``, RUBRIC.md#first-replies)
when it prompts, thanks or hands off; any other reply is *unjudged*.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bot.bench import JUDGED, SAMPLES
from dialogues.turn import LANGUAGES, Language

# The first-reply file that completes each reflection sample (fa.json -> first_fa.json).
FIRST_SAMPLES = {sample: f"first_{name}" for sample, name in SAMPLES.items()}
JUDGES = (("judge_1", "verdict"), ("judge_2", "verdict2"))
VERDICTS = ("acceptable", "minor", "wrong")
RUBRIC = "RUBRIC.md#first-replies"


def _norm(text: str) -> str:
    return " ".join(text.split())


async def replies(parser: Any, judged: dict[str, Any], lang: Language) -> list[tuple[str, str]]:
    """(actual first reply, forced reflection) per item of a reflection sample, normalised."""
    from bot.reflecting import first_answer, first_reply

    pairs = []
    for item in judged["items"]:
        actual = await first_reply(parser, item["message"], lang)
        forced = await first_answer(parser, item["message"], lang, always=True)
        pairs.append((_norm(actual), _norm(forced)))
    return pairs


def verdicts(
    judged: dict[str, Any],
    firsts: dict[str, Any] | None,
    pairs: list[tuple[str, str]],
    key: str,
) -> list[str]:
    """One judge's verdict on each item's actual first reply, or "unjudged"."""
    read = {} if firsts is None else {(f["row"], f["message"]): f for f in firsts["items"]}
    found = []
    for item, (actual, forced) in zip(judged["items"], pairs, strict=True):
        first = read.get((item["row"], item["message"]))
        if actual == forced and forced == _norm(item["reply"]):
            found.append(item[key])
        elif actual != forced and first is not None and _norm(first["reply"]) == actual:
            found.append(first.get(key, "unjudged"))
        else:
            found.append("unjudged")
    return found


def counts(found: list[str]) -> dict[str, Any]:
    """acceptable / minor / wrong / unjudged, and the acceptable rate."""
    tally = {name: found.count(name) for name in (*VERDICTS, "unjudged")}
    rate = round(tally["acceptable"] / len(found), 3) if found else 0.0
    return {**tally, "sample": len(found), "acceptable_rate": rate}


def sample_figures(
    judged: dict[str, Any], firsts: dict[str, Any] | None, pairs: list[tuple[str, str]]
) -> dict[str, Any]:
    """One sample's first-reply counts per judge (a judge the reflections all name)."""
    figures: dict[str, Any] = {
        judge: counts(verdicts(judged, firsts, pairs, key))
        for judge, key in JUDGES
        if all(key in item for item in judged["items"])
    }
    figures["not_reflected_at_once"] = sum(actual != forced for actual, forced in pairs)
    return figures


async def first_reply_figures(model_dir: Path, judged_dir: Path = JUDGED) -> dict[str, Any]:
    """Acceptable first replies on every judged reflection sample, per language."""
    from nlu.embedded import EmbeddedParser

    figures: dict[str, Any] = {}
    for lang in LANGUAGES:
        present = {s: judged_dir / n.format(lang=lang) for s, n in SAMPLES.items()}
        present = {s: path for s, path in present.items() if path.exists()}
        if not present:
            continue
        parser = EmbeddedParser(model_dir, default_language=lang)
        await parser.initialize()
        for sample, path in present.items():
            judged = json.loads(path.read_text(encoding="utf-8"))
            first_path = judged_dir / FIRST_SAMPLES[sample].format(lang=lang)
            firsts = None
            if first_path.exists():
                firsts = json.loads(first_path.read_text(encoding="utf-8"))
            key = lang if sample == "evaluation" else f"{lang}_{sample}"
            figures[key] = sample_figures(judged, firsts, await replies(parser, judged, lang))
            if firsts is None:
                figures[key]["first_replies"] = (
                    f"absent: no {first_path.name}: every reply not reflected at once is unjudged"
                )
    return figures


async def prompt_items(parser: Any, judged: dict[str, Any], lang: Language) -> list[dict[str, Any]]:
    """The items whose actual first reply is not the forced reflection: those to judge."""
    pairs = await replies(parser, judged, lang)
    return [
        {"row": item["row"], "message": item["message"], "reply": actual}
        for item, (actual, forced) in zip(judged["items"], pairs, strict=True)
        if actual != forced
    ]


def assemble(
    items: list[dict[str, Any]],
    judges: list[list[dict[str, Any]]],
    *,
    language: str,
    sample: str,
    judge: str,
) -> dict[str, Any]:
    """A judged first-reply file from the items read and each judge's verdict lines.

    A judge's line is {"row", "verdict", "note"}; every item needs exactly one line per judge
    with a verdict of the rubric's scale, or nothing is assembled (ValueError).
    """
    out = [dict(item) for item in items]
    for number, lines in enumerate(judges, start=1):
        suffix = "" if number == 1 else str(number)
        by_row = {line["row"]: line for line in lines}
        if len(by_row) != len(lines) or set(by_row) != {item["row"] for item in items}:
            raise ValueError(f"judge {number}: rows do not match the items one to one")
        for item in out:
            line = by_row[item["row"]]
            if line.get("verdict") not in VERDICTS:
                raise ValueError(f"judge {number}, row {item['row']}: verdict not in {VERDICTS}")
            item[f"verdict{suffix}"] = line["verdict"]
            item[f"note{suffix}"] = line.get("note", "")
    return {"language": language, "sample": sample, "rubric": RUBRIC, "judge": judge, "items": out}
