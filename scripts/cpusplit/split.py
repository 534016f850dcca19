"""``python scripts/cpusplit/split.py OUT.<pid>.txt --perf OUT.<pid>.perf --cpu MS``: the
samples ``bench.py`` wrote, split by stage; with the bench's CPU a message, in ms a message.

A sample goes to the first stage any of its frames names, in this order: a library
called from every stage (logging, storage, NLU, policy) before the path that called it;
then the path by its entry (the outbox's send, the webhook's intake and PTB's dispatch).
A socket write's samples and SQLite's C calls are counted apart (``NATIVE``): the bot stays
runnable in them while the peer it woke (or another process) runs, so py-spy counts a wait
for a core as work. ``--native kernel=7.6,sqlite=5.5`` (``perf report --sort dso`` of the
same kind of run: percent of the bot's CPU in the kernel and in libsqlite3) puts those
stages at perf's shares instead and spreads the rest of the CPU by py-spy's other samples.
"""

from __future__ import annotations

import argparse
import subprocess
from collections import Counter

NATIVE = {
    "kernel": ("selector_events.py:1057", "selector_events.py:1067"),
    "sqlite": ("sqlite_writer.py:85", "written.py:141", "written.py:218", "sqlite_inline.py:50"),
}
STAGES = [
    ("logging", ("logging/", "bot/logsafe.py")),
    ("storage", ("sqlalchemy/", "storage/", "aiosqlite", "sqlite3")),
    ("NLU", ("nlu/",)),
    ("policy", ("dialogues/",)),
    ("metrics", ("bot/metrics.py", "prometheus")),
    ("outbox send", ("OutboxSender._send", "transport.py", "aiohttp/client", "telegram/_bot.py")),
    ("intake", ("web_protocol.py", "web_app.py", "bot/telegram/intake.py", "_update_fetcher")),
    ("turn (the rest)", ("bot/telegram/window.py", "bot/service.py")),
    ("outbox settle", ("OutboxSender._settle",)),
]


def stage(stack: str) -> str:
    """The stage a sample's stack belongs to."""
    leaf = stack.rsplit(";", 1)[-1]
    for name, marks in NATIVE.items():
        if any(mark in leaf for mark in marks):
            return name
    for name, marks in STAGES:
        if any(mark in stack for mark in marks):
            return name
    return "other (loop, scheduler)"


def perf_shares(path: str) -> str:
    """The kernel's and libsqlite3's percent of the process's samples in ``perf.data``."""
    command = ["perf", "report", "-i", path, "--sort", "dso", "--stdio", "-q"]
    shares = {"kernel": 0.0, "sqlite": 0.0}
    for line in subprocess.run(command, capture_output=True, text=True).stdout.splitlines():
        percent, _, dso = line.strip().partition(" ")
        if "[kernel" in dso:
            shares["kernel"] += float(percent.rstrip("%"))
        elif "sqlite3" in dso:
            shares["sqlite"] += float(percent.rstrip("%"))
    return ",".join(f"{name}={value:.1f}" for name, value in shares.items())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folded", nargs="+")
    parser.add_argument("--cpu", type=float, default=0.0, help="the bench's CPU ms a message")
    parser.add_argument("--native", default="", help="perf's shares, e.g. kernel=7.6,sqlite=5.5")
    parser.add_argument("--perf", help="perf.data of the same run: --native from it")
    args = parser.parse_args()
    if args.perf:
        args.native = perf_shares(args.perf)
        print(f"native shares (perf): {args.native}")
    counts: Counter[str] = Counter()
    for path in args.folded:
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                stack, _, n = line.rstrip().rpartition(" ")
                counts[stage(stack)] += int(n)
    native = {k: float(v) / 100 for k, v in (p.split("=") for p in args.native.split(",") if p)}
    shares = {name: n / sum(counts.values()) for name, n in counts.items()}
    if native:  # perf's shares for the native stages, the rest by py-spy's other samples
        rest = sum(n for name, n in counts.items() if name not in NATIVE)
        shares = {name: n / rest * (1 - sum(native.values())) for name, n in counts.items()}
        shares.update((name, native.get(name, 0.0)) for name in NATIVE)
    for name, share in sorted(shares.items(), key=lambda item: -item[1]):
        ms = f" {args.cpu * share:5.2f} ms" if args.cpu else ""
        print(f"{name:26} {counts[name]:7} {100 * share:5.1f} %{ms}")
    print(f"{'samples':26} {sum(counts.values()):7}")


if __name__ == "__main__":
    main()
