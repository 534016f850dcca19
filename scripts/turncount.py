"""Instructions a turn in the NLU and the policy, counted by valgrind: load cannot blur them.

On this shared 2-core machine a wall-clock or CPU-time A/B of the same code differs by up to
0.7 ms a message, and the hardware counters are not exposed (`perf stat -e instructions:u`:
"not supported"). Callgrind counts the instructions a process retires under its simulated
CPU: the same code on the same input gives the same count whatever else the machine runs.

The replay is the load bench's conversation (``/start``, complaint, detail, yes, permission,
two job answers, "that's all"; fa, ar, en in turn; rows 1-1000 of the real messages, drawn as
``bot.loadbench.conversation`` draws them), each turn as the bot takes it without storage:
the language told, the text put in its script, the embedded NLU's parse, the state from and
to its dict, ``respond``. The bot's own warm-up and a warm set of conversations run first,
uncounted; then ``--conversations`` others (another seed) are counted: the NLU alone
(``--part nlu``: language and parse) or the whole turn (``--part turn``); the policy is the
difference. Hash seeds are fixed (``PYTHONHASHSEED=0``) so that set and dict orders repeat.

    python scripts/turncount.py                      # 5 runs of each part, this checkout
    python scripts/turncount.py --root /tmp/before --model-dir /tmp/before-model --runs 3

Needs valgrind, gcc and valgrind's ``callgrind.h`` (a three-line helper is compiled on first
use and loaded with ctypes: callgrind's client requests are inline assembly). A part's run
takes ~20 s on a quiet machine (callgrind slows the counted part ~50x). Run with ``--inner``
it is the replay itself (natively it only replays: the requests are no-ops outside valgrind).
"""

from __future__ import annotations

import argparse
import ctypes
import hashlib
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "data" / "real-messages"
LANGUAGES = ("fa", "ar", "en")
PHRASES = {  # as bot.loadbench: affirm, permission, "that's all"
    "en": ("yes", "yes, go ahead", "that's all"),
    "fa": ("بله", "بله، بپرسید", "همین"),
    "ar": ("نعم", "نعم، تفضل", "بس"),
}
WARM_SEED, COUNTED_SEED = 1, 2
HELPER = """#include <valgrind/callgrind.h>
void tc_start(void) { CALLGRIND_START_INSTRUMENTATION; }
void tc_toggle(void) { CALLGRIND_TOGGLE_COLLECT; }
"""


def real_rows(language: str) -> list[str]:
    """Rows 1-1000 of the real messages, as ``bot.loadbench.real_rows``."""
    lines = (REAL / f"{language}.tsv").read_text(encoding="utf-8").splitlines()[1:1001]
    return [line.split("\t")[0].strip() for line in lines if line.split("\t")[0].strip()]


def conversations(count: int, seed: int) -> list[tuple[str, list[str]]]:
    """``count`` of the load bench's conversations, languages in turn, drawn from ``seed``."""
    rng = random.Random(seed)
    rows = {language: real_rows(language) for language in LANGUAGES}
    drawn = []
    for index in range(count):
        language = LANGUAGES[index % 3]
        affirm, permission, done = PHRASES[language]
        complaint, detail, job_one, job_two = rng.sample(rows[language], 4)
        script = ["/start", complaint, detail, affirm, permission, job_one, job_two, done]
        drawn.append((language, script))
    return drawn


def _helper() -> ctypes.CDLL:
    """The client requests, compiled once per source (a no-op outside valgrind)."""
    digest = hashlib.sha256(HELPER.encode()).hexdigest()[:12]
    library = Path(tempfile.gettempdir()) / f"turncount-{digest}.so"
    if not library.exists():
        source = library.with_suffix(".c")
        source.write_text(HELPER)
        partial = library.with_suffix(f".{os.getpid()}.so")
        subprocess.run(["gcc", "-O1", "-shared", "-fPIC", "-o", partial, source], check=True)
        partial.replace(library)
    return ctypes.CDLL(str(library))


def replay(model_dir: Path, part: str, warm: int, counted: int, dump: Path | None = None) -> int:
    """Warm up, replay ``warm`` conversations, then ``counted`` others with the requests on
    around ``part`` of each turn; returns the counted turns. ``dump``: every counted turn's
    parse, replies and saved state written there, one JSON line a turn (an identity check)."""
    import asyncio

    from bot.warmup import warm_up
    from dialogues.policy import new_state, respond
    from dialogues.state import ConversationState
    from dialogues.turn import Turn
    from nlu.embedded import EmbeddedParser
    from nlu.language import detect_language
    from nlu.latin import in_script

    parser = EmbeddedParser(model_dir, default_language="fa")
    asyncio.run(parser.initialize())
    asyncio.run(warm_up(parser, ("ar", "en", "fa")))
    helper = _helper()
    toggle = helper.tc_toggle
    clock = [1_700_000_000.0]
    lines: list[str] = []

    def one(language: str, script: list[str], customer: int, count: bool) -> None:
        state = new_state(language, random.Random(customer).randrange(1 << 16))
        saved, previous = state.to_dict(), None
        for text in script:
            if count:
                toggle()
            if text == "/start":
                turn = Turn((), language, kind="start")
            else:
                said = detect_language(text, default="fa", previous=previous)
                words = (in_script(text, said) or text) if said != "en" else text
                understanding = parser.parse_sync(words, said).understanding()
                turn = Turn((words,), said, understanding)  # type: ignore[arg-type]
                previous = said
            if count and part == "nlu":
                toggle()
            clock[0] += 7.0
            turn = replace(turn, sent_at=clock[0])
            outcome = respond(ConversationState.from_dict(saved), turn)
            saved = outcome.state.to_dict()
            if count and part == "turn":
                toggle()
            if count and dump is not None:
                said = [(reply.kind, reply.text) for reply in outcome.replies]
                heard = repr(turn.understanding)
                lines.append(json.dumps([heard, said, saved], ensure_ascii=False))

    for number, (language, script) in enumerate(conversations(warm, WARM_SEED)):
        one(language, script, 9_000_000 + number, False)
    helper.tc_start()
    drawn = conversations(counted, COUNTED_SEED)
    for number, (language, script) in enumerate(drawn):
        one(language, script, 5_000_000 + number, True)
    if dump is not None:
        dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return sum(len(script) for _, script in drawn)


def _count(args: argparse.Namespace, part: str) -> tuple[int, int]:
    """One run under callgrind: instructions counted and turns."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "callgrind.out"
        env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(args.root)}
        command = [
            "valgrind",
            "--tool=callgrind",
            "--instr-atstart=no",
            "--collect-atstart=no",
            f"--callgrind-out-file={out}",
            sys.executable,
            str(Path(__file__).resolve()),
            "--inner",
            part,
            "--model-dir",
            str(args.model_dir),
            "--warm",
            str(args.warm),
            "--conversations",
            str(args.conversations),
        ]
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
        turns = int(done.stdout.strip().splitlines()[-1])
        totals = re.search(r"^(?:totals|summary): (\d+)", out.read_text(), re.MULTILINE)
        if totals is None:
            raise SystemExit(f"no totals in callgrind's output:\n{done.stderr[-2000:]}")
        return int(totals.group(1)), turns


def main() -> None:
    """Count each part ``--runs`` times; print instructions a turn and their spread."""
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--root", type=Path, default=ROOT, help="the checkout to count")
    cli.add_argument("--model-dir", type=Path, default=ROOT / "data" / "nlu-model")
    cli.add_argument("--runs", type=int, default=5)
    cli.add_argument("--warm", type=int, default=15, help="conversations before counting")
    cli.add_argument("--conversations", type=int, default=30, help="counted (8 turns each)")
    cli.add_argument("--parts", default="nlu,turn")
    cli.add_argument("--inner", choices=("nlu", "turn"), help=argparse.SUPPRESS)
    cli.add_argument("--dump", type=Path, help="with --inner: each turn's parse, replies, state")
    args = cli.parse_args()
    if args.inner:
        print(replay(args.model_dir, args.inner, args.warm, args.conversations, args.dump))
        return
    figures: dict[str, list[float]] = {}
    for run in range(args.runs):
        for part in args.parts.split(","):
            instructions, turns = _count(args, part)
            figures.setdefault(part, []).append(instructions / turns)
            print(f"run {run + 1} {part}: {instructions / turns:,.0f} instructions a turn")
    summary = {}
    for part, values in figures.items():
        middle = statistics.median(values)
        spread = (max(values) - min(values)) / middle
        summary[part] = {"median": round(middle), "spread_pct": round(100 * spread, 3)}
    if "nlu" in figures and "turn" in figures:
        policy = [t - n for t, n in zip(figures["turn"], figures["nlu"], strict=True)]
        middle = statistics.median(policy)
        spread = (max(policy) - min(policy)) / middle
        summary["policy"] = {"median": round(middle), "spread_pct": round(100 * spread, 3)}
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
