#!/usr/bin/env python3
"""Blind A/B gates of a branch's replies against main's, on held-out real messages.

A rule that changes what the bot says is kept only if careful native-level readers, who do
not know which side is which, prefer the new replies. This script makes that reading:

  .venv/bin/python scripts/abgate.py pools --out /work/pools \\
      --fa snapp_dev=dev.csv snapp_test=test.csv --ar PROD=PROD.csv RES1=RES1.csv \\
      RES2=RES2.csv ATT=ATT.csv --en airline=Tweets.csv
      # tune_L.jsonl / held_L.jsonl: the sources split by a hash of the text (salt --salt),
      # the shared rows and every message of tests/data/reflections/*.json left out
      # (scripts/abgate_pools.py)
  .venv/bin/python scripts/abgate.py replies fa IN.jsonl OUT.jsonl
      # per row {"row","message","first","reflection","after_yes"}: the first reply to the
      # message as the answer to the opening question, the reflection once the customer says
      # "that's all", and the reply once they say yes to it (the apology or the thanks)
  .venv/bin/python scripts/abgate.py make fa --branch /work/wt-fa33 --name g_fa33 --cap 50
      # main's replies (at the branch's merge-base, cached) and the branch's, on the held pool's
      # first 2,000 rows; the changed ones, rows already shown to a judge left out, become
      # GATES/NAME/items_L.jsonl (A/B in random order) and key_L.json (which side is new);
      # writes the judge's prompt GATES/NAME/prompt_L.md (the RUBRIC's reflection and
      # first-reply parts)
  ABGATE_BURST=1 ABGATE_DIR=/work/gates_b .venv/bin/python scripts/abgate.py make fa …
      # the same on bursts: each held-out message of 2–5 sentences sent one sentence a message
      # (scripts/abgate_burst.py), for rules that read a telling of several messages
  .venv/bin/python scripts/abgate.py score g_fa33 fa GATES/g_fa33/verdicts_fa.jsonl
      # new / old / same; the shown rows are recorded so the next gate does not reuse them
  .venv/bin/python scripts/abgate.py attrib g_fa33 fa fa33
      # which of the branch's commits first gives each new reply, with the verdicts it got

The sources (their licences are in tests/data/reflections/RUBRIC.md): fa
conflictednerd/Unsupervised-Style-Transfer data/snappfood/{dev,test}.csv, ar
hadyelsahar/large-arabic-sentiment-analysis-resouces datasets/{PROD,RES1,RES2,ATT}.csv, en
Anuragiitk/Twitter-US-Sentiment-Analysis Tweets.csv. The judges are helper sessions handed
prompt_L.md; they write verdicts_L.jsonl, one {"id","better","verdict_A","verdict_B","note"}
a line.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import hashlib
import importlib.util
import json
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))  # abgate_pools, beside this file
import abgate_burst  # noqa: E402
import abgate_pools  # noqa: E402

JUDGED = ROOT / "tests" / "data" / "reflections"
GATES = Path(os.environ.get("ABGATE_DIR", "/work/gates"))
LANGUAGE_NAMES = {"fa": "Persian", "ar": "Arabic", "en": "English"}
KINDS = ("reflection", "first", "after_yes")

Row = dict[str, Any]


def read_lines(path: Path) -> list[Row]:
    """The JSON objects of a JSON-lines file."""
    text = path.read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


write_lines = abgate_pools.write_lines


async def _replies(language: str, source: Path, target: Path, model: Path) -> None:
    """Write each row's first reply and forced reflection, with the code on sys.path."""
    from bot import reflecting
    from nlu.embedded import EmbeddedParser

    print(reflecting.__file__, file=sys.stderr)  # which checkout's code made the replies
    parser = EmbeddedParser(model, default_language=language)
    await parser.initialize()
    out = []
    burst = os.environ.get("ABGATE_BURST") == "1"  # each sentence a message (abgate_burst)
    for row in read_lines(source):
        text = row["message"]
        if burst:
            messages = abgate_burst.parts(text)
            if messages:
                said = await abgate_burst.burst_replies(parser, messages, language)
                shown = " / ".join(messages)
                out.append({"row": row["row"], "message": shown} | _folded(said))
            continue
        first = await reflecting.first_reply(parser, text, language)
        reflection = await reflecting.first_answer(parser, text, language, always=True)
        after_yes = await _after_yes(parser, text, language)
        out.append(
            {
                "row": row["row"],
                "message": text,
                "first": " ".join(first.split()),
                "reflection": " ".join(reflection.split()),
                "after_yes": " ".join(after_yes.split()),
            }
        )
    write_lines(target, out)


def _folded(replies: dict[str, str]) -> dict[str, str]:
    """Each reply on one line: whitespace runs folded."""
    return {kind: " ".join(text.split()) for kind, text in replies.items()}


@functools.cache
def _played() -> Any:
    """``bot/bench_after_yes.py`` of this script's checkout, run on the measured checkout's code
    (the gate's main side may predate that module): one way to play the conversation."""
    path = ROOT / "bot" / "bench_after_yes.py"
    spec = importlib.util.spec_from_file_location("abgate_after_yes", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


async def _after_yes(parser: Any, text: str, stream: str) -> str:
    """The reply once the customer says yes to the reflection (the apology or the thanks)."""
    return str((await _played().said_back_and_reply(parser, text, stream))[1])


def run_replies(root: Path, language: str, source: Path, target: Path, model: Path) -> None:
    """Compute replies with the code of checkout `root` (a separate interpreter)."""
    env = dict(os.environ, PYTHONPATH=str(root))
    command = [sys.executable, str(Path(__file__).resolve()), "replies", language]
    command += [str(source), str(target), "--model", str(model)]
    subprocess.run(command, env=env, check=True, cwd=root)


def ab_items(
    base: list[Row], new: list[Row], shown: set[str], cap: int, seed: str
) -> tuple[list[Row], list[Row], dict[str, int]]:
    """The key and the judge's items for changed replies (at most `cap`), A/B order random."""
    old = {row["row"]: row for row in base}
    changed = dict.fromkeys(KINDS, 0)
    candidates: list[Row] = []
    for row in new:
        before = old[row["row"]]
        for kind in KINDS:
            # A first reply that is the reflection on both sides is the reflection's item.
            if kind == "first" and all(r["first"] == r["reflection"] for r in (row, before)):
                continue
            if kind not in row or kind not in before or row[kind] == before[kind]:
                continue
            changed[kind] += 1
            if row["row"] not in shown:
                candidates.append(
                    {"row": row["row"], "kind": kind, "message": row["message"]}
                    | {"old": before[kind], "new": row[kind]}
                    | _said_back(kind, before, row)
                )
    rng = random.Random(hashlib.sha1(seed.encode()).digest())
    rng.shuffle(candidates)
    key: list[Row] = []
    items: list[Row] = []
    for number, item in enumerate(candidates[:cap]):
        new_is_a = rng.random() < 0.5
        key.append(item | {"id": number, "a_is_new": new_is_a})
        sides = (item["new"], item["old"]) if new_is_a else (item["old"], item["new"])
        items.append({"id": number, "kind": item["kind"], "message": item["message"]})
        items[-1] |= {"A": sides[0], "B": sides[1]}
        if "said_back_new" in item:  # what the customer said yes to, on each side
            back = (item["said_back_new"], item["said_back_old"])
            back = back if new_is_a else back[::-1]
            if back[0] == back[1]:
                items[-1]["said_back"] = back[0]
            else:
                items[-1] |= {"said_back_before_A": back[0], "said_back_before_B": back[1]}
    return key, items, changed


def _said_back(kind: str, before: Row, row: Row) -> Row:
    """The reflection an after-yes reply follows (a judge reads the reply as said after it)."""
    if kind != "after_yes" or "reflection" not in row or "reflection" not in before:
        return {}
    return {"said_back_old": before["reflection"], "said_back_new": row["reflection"]}


def tally(key: list[Row], verdicts: list[Row]) -> tuple[dict[str, int], list[Row]]:
    """New / old / same counts from a judge's A/B verdicts, and the key with each verdict."""
    by_id = {item["id"]: item for item in key}
    counts = {"new": 0, "old": 0, "same": 0}
    scored = []
    for verdict in verdicts:
        item = by_id[verdict["id"]]
        better = verdict["better"]
        won = (
            "same"
            if better == "same"
            else ("new" if (better == "A") == item["a_is_new"] else "old")
        )
        counts[won] += 1
        scored.append(item | {"verdict": won, "note": verdict.get("note", "")})
    if len(scored) != len(key):
        raise SystemExit(f"{len(verdicts)} verdicts for {len(key)} items")
    return counts, scored


def judge_prompt(folder: Path, language: str, count: int) -> str:
    """The blind judge's instructions: the RUBRIC's reflection and first-reply parts."""
    rubric = (JUDGED / "RUBRIC.md").read_text(encoding="utf-8")
    reflection_part = rubric.split("The samples:")[0]
    first_part = rubric.split("## First replies")[1].split("The files:")[0]
    name = LANGUAGE_NAMES[language]
    burst = ""
    if os.environ.get("ABGATE_BURST") == "1":
        burst = "The customer sent their answer as several messages, one after another, shown\n"
        burst += 'separated by " / ".\n\n'
    return f"""# Blind side-by-side reading of a customer-listening bot's replies ({name})

You are a careful native-level reader of {name}. Each line of {folder}/items_{language}.jsonl
holds a customer's message (their answer to "What keeps you up at night?") and two replies the
bot could give, A and B, in random order. Read only this prompt and that file.

{burst}Items of kind "reflection": A and B are reflections of what the customer said; judge them by
this rubric:

{reflection_part}

Items of kind "first": A and B are the bot's first reply (a reflection, a prompt, thanks, an
apology or a handoff line); judge a reply that is a reflection by the rubric above, any other
by this one:
{first_part}

Items of kind "after_yes": the bot said back what it heard, the customer said YES, and A and B
are the bot's next reply (an apology or thanks fitting what was told, then a request to ask a
couple of questions, or a closing). Judge whether it names what actually let this customer down
(the wait, the food, the product, the trip, the charge…) without inventing anything, reads
naturally, never apologises for praise and never thanks a complaint as praise. Such items carry
"said_back", the reflection the customer said yes to ("said_back_before_A" / "said_back_before_B"
when each reply followed its own): read the reply as the next thing said after it (saying it all
again word for word is a flaw).

For each item decide which reply a customer would rather get from a good listener: "A", "B",
or "same" (only when neither is better). Also give each its verdict (acceptable / minor /
wrong). Write {folder}/verdicts_{language}.jsonl, one JSON line per item, in order:
{{"id": ..., "better": "A"|"B"|"same", "verdict_A": ..., "verdict_B": ..., "note": "..."}}
Append in chunks as you go; check the file has exactly {count} lines. Your final message: how
many A / B / same, and the recurring reasons (one example each) why the worse reply lost.
"""


def _git(*args: str) -> str:
    """Run git in this repository and return its output."""
    done = subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True)
    return done.stdout.strip()


def _checkout(commit: str) -> Path:
    """A detached worktree of `commit` under GATES (made once)."""
    path = GATES / f"at_{commit[:10]}"
    if not path.exists():
        _git("worktree", "add", "--detach", str(path), commit)
    return path


def shown_rows(language: str) -> set[str]:
    """Rows a judge has already read in a gate of this language."""
    path = GATES / f"shown_{language}.txt"
    return set(path.read_text(encoding="utf-8").split("\n")) if path.exists() else set()


def make(args: argparse.Namespace) -> None:
    """Compute both sides' replies and write a gate's items, key and prompt."""
    language, branch = args.language, Path(args.branch).resolve()
    source = GATES / f"in_{language}.jsonl"
    if not source.exists():
        write_lines(source, read_lines(Path(args.pool) / f"held_{language}.jsonl")[: args.rows])
    done = subprocess.run(
        ["git", "-C", str(branch), "merge-base", "HEAD", "main"],
        capture_output=True,
        text=True,
        check=True,
    )
    merge_base = done.stdout.strip()
    kind = "b" if os.environ.get("ABGATE_BURST") == "1" else ""  # b: the burst rows
    base = GATES / f"base2{kind}_{merge_base[:10]}_{language}.jsonl"  # 2: with after_yes
    if not base.exists() or base.stat().st_size == 0:
        run_replies(_checkout(merge_base), language, source, base, args.model)
    new = GATES / f"{args.name}_{language}_new.jsonl"
    run_replies(branch, language, source, new, args.model)
    key, items, changed = ab_items(
        read_lines(base), read_lines(new), shown_rows(language), args.cap, args.name
    )
    folder = GATES / args.name
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"key_{language}.json").write_text(
        json.dumps(key, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    write_lines(folder / f"items_{language}.jsonl", items)
    prompt = judge_prompt(folder, language, len(items))
    (folder / f"prompt_{language}.md").write_text(prompt, encoding="utf-8")
    rows = sum(1 for _ in read_lines(source))
    print(json.dumps({"lang": language, "of": rows, "changed": changed, "items": len(items)}))


def score(args: argparse.Namespace) -> None:
    """Count a judge's verdicts and record the rows shown."""
    folder = GATES / args.name
    key = json.loads((folder / f"key_{args.language}.json").read_text(encoding="utf-8"))
    counts, scored = tally(key, read_lines(Path(args.verdicts)))
    (folder / f"scored_{args.language}.json").write_text(
        json.dumps(scored, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    with (GATES / f"shown_{args.language}.txt").open("a", encoding="utf-8") as shown:
        shown.writelines(f"{item['row']}\n" for item in key)  # a sample's rows are numbers
    print(json.dumps(counts))


def attrib(args: argparse.Namespace) -> None:
    """For each gate item, the branch's first commit whose code gives the new reply."""
    folder = GATES / args.name
    key = json.loads((folder / f"key_{args.language}.json").read_text(encoding="utf-8"))
    scored_path = folder / f"scored_{args.language}.json"
    scored = json.loads(scored_path.read_text(encoding="utf-8")) if scored_path.exists() else []
    verdicts = {item["id"]: item["verdict"] for item in scored}
    commits = _git(
        "rev-list", "--reverse", f"{_git('merge-base', 'main', args.branch)}..{args.branch}"
    )
    source = folder / f"attrib_in_{args.language}.jsonl"
    write_lines(source, ({"row": item["row"], "message": item["message"]} for item in key))
    replies: dict[str, dict[str, Row]] = {}
    for commit in commits.split():
        target = folder / f"attrib_{args.language}_{commit[:10]}.jsonl"
        run_replies(_checkout(commit), args.language, source, target, args.model)
        replies[commit] = {row["row"]: row for row in read_lines(target)}
    table: dict[str, dict[str, int]] = {}
    for item in key:
        first = next(
            (c for c, rows in replies.items() if rows[item["row"]][item["kind"]] == item["new"]),
            "none",
        )
        cell = table.setdefault(first, {})
        verdict = verdicts.get(item["id"], "unjudged")
        cell[verdict] = cell.get(verdict, 0) + 1
        item["commit"] = first
    for commit, counts in table.items():
        subject = _git("log", "-1", "--format=%s", commit) if commit != "none" else ""
        print(commit[:10], subject[:70], json.dumps(counts))
    (folder / f"attrib_{args.language}.json").write_text(
        json.dumps(key, ensure_ascii=False, indent=1), encoding="utf-8"
    )


def main(argv: list[str] | None = None) -> None:
    """Parse the subcommand and run it."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    model = ROOT / "data" / "nlu-model"
    replies = commands.add_parser("replies", help="first reply and reflection per row")
    replies.add_argument("language", choices=list(LANGUAGE_NAMES))
    replies.add_argument("source", type=Path)
    replies.add_argument("target", type=Path)
    replies.add_argument("--model", type=Path, default=model)
    gate = commands.add_parser("make", help="a gate's items, key and judge prompt")
    gate.add_argument("language", choices=list(LANGUAGE_NAMES))
    gate.add_argument("--branch", required=True, help="the branch's checkout (a worktree)")
    gate.add_argument("--name", required=True)
    gate.add_argument("--cap", type=int, default=50)
    gate.add_argument("--rows", type=int, default=2000)
    gate.add_argument("--pool", default="/work/pools")
    gate.add_argument("--model", type=Path, default=model)
    scoring = commands.add_parser("score", help="new / old / same from a judge's verdicts")
    scoring.add_argument("name")
    scoring.add_argument("language", choices=list(LANGUAGE_NAMES))
    scoring.add_argument("verdicts")
    blame = commands.add_parser("attrib", help="the commit behind each new reply")
    blame.add_argument("name")
    blame.add_argument("language", choices=list(LANGUAGE_NAMES))
    blame.add_argument("branch")
    blame.add_argument("--model", type=Path, default=model)
    split = commands.add_parser("pools", help="tuning and held-out halves of the sources")
    split.add_argument("--out", required=True)
    split.add_argument("--salt", default="stop24:")
    for language in LANGUAGE_NAMES:
        split.add_argument(f"--{language}", nargs="*", help=f"{language} CSV files: [PREFIX=]PATH")
    args = parser.parse_args(argv)
    if args.command == "replies":
        sys.path.insert(0, os.environ.get("PYTHONPATH", str(ROOT)).split(os.pathsep)[0])
        asyncio.run(_replies(args.language, args.source, args.target, args.model))
    elif args.command == "pools":
        abgate_pools.pools(args.out, args.salt, {k: getattr(args, k) or [] for k in LANGUAGE_NAMES})
    else:
        {"make": make, "score": score, "attrib": attrib}[args.command](args)


if __name__ == "__main__":
    main()
