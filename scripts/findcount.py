"""Instructions a turn inside one policy function, counted by valgrind (round 34).

``turncount.py`` counts a whole part of a turn; a change inside one function is better seen
in that function alone. This records every call the counted part of turncount's replay makes
to ``--function`` (module:name, e.g. ``dialogues.telling:find``; its arguments pickled, in
order), then replays those calls under callgrind with the code of ``--root``: one uncounted
pass (the function's own indexes built, as the replay's warm-up builds them), then the
counted pass with collection on around each call only. A function that keeps answers per call
(``functools.lru_cache``) has its cache emptied before the counted pass (round 36), so the
counted calls find what the replay's own calls remembered, not the uncounted pass's; so has
each ``--clear`` name of its module that keeps answers (round 37: ``--clear _places``; a name
the module lacks, as an older checkout's, is passed over).

    python scripts/findcount.py --root /tmp/before --model-dir data/nlu-model
"""

from __future__ import annotations

import argparse
import importlib
import os
import pickle
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import turncount


def _record(target: str, model_dir: Path, warm: int, counted: int, out: Path) -> None:
    """Replay natively, keeping the counted conversations' calls to ``target``."""
    module_name, name = target.split(":")
    module = importlib.import_module(module_name)
    original = getattr(module, name)
    calls: list[tuple[Any, ...]] = []
    counting = [False]

    def spy(*args: Any) -> Any:
        if counting[0]:
            calls.append(tuple(list(a) if isinstance(a, list) else a for a in args))
        return original(*args)

    drawn = turncount.conversations

    def conversations(count: int, seed: int) -> list[tuple[str, list[str]]]:
        counting[0] = seed == turncount.COUNTED_SEED
        return drawn(count, seed)

    turncount.conversations = conversations  # type: ignore[assignment]
    for loaded in list(sys.modules.values()):
        if getattr(loaded, name, None) is original and loaded.__name__.startswith("dialogues"):
            setattr(loaded, name, spy)
    turns = turncount.replay(model_dir, "turn", warm, counted)
    out.write_bytes(pickle.dumps((turns, calls)))


def _replay(target: str, recorded: Path, clear: list[str]) -> None:
    """Call the recorded calls once uncounted, then again with collection on around each."""
    module_name, name = target.split(":")
    module = importlib.import_module(module_name)
    function = getattr(module, name)
    turns, calls = pickle.loads(recorded.read_bytes())
    for args in calls:
        function(*args)
    for held in [function, *(getattr(module, other, None) for other in clear)]:
        getattr(held, "cache_clear", lambda: None)()  # r36: a remembering function's misses counted
    helper = turncount._helper()
    helper.tc_start()
    for args in calls:
        helper.tc_toggle()
        function(*args)
        helper.tc_toggle()
    print(turns, len(calls))


def main() -> None:
    """Record once with this checkout, count with ``--root``'s code; print a turn's share."""
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--root", type=Path, default=turncount.ROOT)
    cli.add_argument("--model-dir", type=Path, default=turncount.ROOT / "data" / "nlu-model")
    cli.add_argument("--function", default="dialogues.telling:find")
    cli.add_argument("--warm", type=int, default=15)
    cli.add_argument("--conversations", type=int, default=30)
    cli.add_argument("--clear", action="append", default=[], help="a cache of its module emptied")
    cli.add_argument("--inner", choices=("record", "replay"), help=argparse.SUPPRESS)
    cli.add_argument("--calls", type=Path, help=argparse.SUPPRESS)
    args = cli.parse_args()
    if args.inner == "record":
        _record(args.function, args.model_dir, args.warm, args.conversations, args.calls)
        return
    if args.inner == "replay":
        _replay(args.function, args.calls, args.clear)
        return
    with tempfile.TemporaryDirectory() as scratch:
        calls, out = Path(scratch) / "calls.pickle", Path(scratch) / "callgrind.out"
        env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(args.root)}
        me = [sys.executable, str(Path(__file__).resolve()), "--function", args.function]
        me += [f"--clear={name}" for name in args.clear]
        record = [*me, "--inner", "record", "--calls", str(calls), "--model-dir"]
        record += [str(args.model_dir), "--warm", str(args.warm)]
        subprocess.run([*record, "--conversations", str(args.conversations)], env=env, check=True)
        valgrind = ["valgrind", "--tool=callgrind", "--instr-atstart=no", "--collect-atstart=no"]
        command = [*valgrind, f"--callgrind-out-file={out}", *me, "--inner", "replay"]
        done = subprocess.run(
            [*command, "--calls", str(calls)], env=env, capture_output=True, text=True, check=True
        )
        turns, count = map(int, done.stdout.split()[-2:])
        totals = re.search(r"^(?:totals|summary): (\d+)", out.read_text(), re.MULTILINE)
        if totals is None:
            raise SystemExit(f"no totals in callgrind's output:\n{done.stderr[-2000:]}")
        instructions = int(totals.group(1))
        print(f"{args.function}: {count} calls in {turns} turns")
        print(f"{instructions / turns:,.0f} instructions a turn inside it")


if __name__ == "__main__":
    main()
