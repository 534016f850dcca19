"""Hop-by-hop stamps of each message inside the bench's bot (docs/performance.md, round 20).

Loaded only when this directory is on the bot's PYTHONPATH (``bench.py`` puts it there)
and HAMDEL_HOPSTAMPS_OUT is set. SIGUSR1 (the bot is ready) wraps the hand-offs; SIGUSR2
(before the bench stops it) writes a summary to HAMDEL_HOPSTAMPS_OUT.<pid>.json. Per hop:
wall ms, and at each stamp the process's CPU time and the event loop's ready queue. No
message text is recorded: chat ids and update ids only.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import signal
import time
from typing import Any

KEYS = ["in", "store0", "stored", "gate", "added", "answer0", "turn0", "turn1", "send0", "sent"]
_stamps: dict[Any, list[dict[str, tuple[float, float, int]]]] = {}
_chat_of: dict[int, Any] = {}  # update id -> chat id
_passes: list[tuple[float, float]] = []  # the outbox's passes: wall ms, CPU ms


def _now() -> tuple[float, float, int]:
    try:
        ready = len(asyncio.get_running_loop()._ready)  # type: ignore[attr-defined]
    except RuntimeError:
        ready = -1
    return (time.perf_counter(), time.process_time(), ready)


def _last(chat: Any) -> dict[str, tuple[float, float, int]]:
    records = _stamps.get(chat)
    return records[-1] if records else {}


def _chat(payload: dict[str, Any]) -> Any:
    return payload.get("message", {}).get("chat", {}).get("id")


def _wrap_async(owner: Any, name: str, before: Any = None, after: Any = None) -> None:
    original = getattr(owner, name)

    async def wrapper(*args: Any, **kwargs: Any) -> Any:
        if before:
            before(*args, **kwargs)
        result = await original(*args, **kwargs)
        if after:
            after(*args, **kwargs)
        return result

    setattr(owner, name, wrapper)


def _patch() -> None:
    import bot.outbox as outbox
    import bot.service as service
    import bot.telegram.intake as intake
    import bot.telegram.transport as transport
    import bot.telegram.window as window

    def accepted(_self: Any, payloads: list[dict[str, Any]], _bot: Any) -> None:
        for payload in payloads:
            _stamps.setdefault(_chat(payload), []).append({"in": _now()})
            _chat_of[payload.get("update_id", -1)] = _chat(payload)

    def stored(_self: Any, payloads: list[dict[str, Any]], _bot: Any) -> None:
        for payload in payloads:
            _last(_chat(payload))["stored"] = _now()

    def store_begins(_self: Any, batch: list[list[Any]]) -> None:
        stamp = _now()
        for parsed in batch:
            for item in parsed:
                _last(_chat(item[1])).setdefault("store0", stamp)

    def gate(_self: Any, update_id: int) -> None:
        if update_id in _chat_of:
            _last(_chat_of[update_id]).setdefault("gate", _now())

    def turn(key: str) -> Any:
        return lambda _self, burst, _claim: _last(burst[-1].chat_id).__setitem__(key, _now())

    def send(key: str) -> Any:
        return lambda _bot, chat_id, *_a, **_k: _last(chat_id).setdefault(key, _now())

    _wrap_async(intake.Intake, "accept", accepted, stored)
    _wrap_async(intake.Intake, "_store_batch", store_begins)
    _wrap_async(intake.Intake, "begin", gate)
    _wrap_async(
        window.ListeningWindow, "_answer", lambda _s, c: _last(c).setdefault("answer0", _now())
    )
    _wrap_async(service.ConversationService, "_turn_once", turn("turn0"), turn("turn1"))
    _wrap_async(transport, "send_text", send("send0"), send("sent"))
    add = window.ListeningWindow.add

    def added(self: Any, message: Any) -> bool:
        _last(message.chat_id).setdefault("added", _now())
        return add(self, message)

    window.ListeningWindow.add = added  # type: ignore[method-assign]
    deliver = outbox.OutboxSender._deliver_due

    async def deliver_due(self: Any, *, pipelined: bool = False) -> Any:
        wall, cpu = time.perf_counter(), time.process_time()
        result = await deliver(self, pipelined=pipelined)
        _passes.append((time.perf_counter() - wall, time.process_time() - cpu))
        return result

    outbox.OutboxSender._deliver_due = deliver_due  # type: ignore[method-assign]


def _summary() -> dict[str, Any]:
    rows = []
    for records in _stamps.values():
        for r in records:
            if all(k in r for k in KEYS):
                hops = [1000 * (r[b][0] - r[a][0]) for a, b in itertools.pairwise(KEYS)]
                cpu = 1000 * (r["sent"][1] - r["in"][1])
                rows.append(
                    (1000 * (r["sent"][0] - r["in"][0]), hops, cpu, [r[k][2] for k in KEYS])
                )
    rows.sort(key=lambda row: row[0])
    out: dict[str, Any] = {"messages": len(rows), "outbox_passes": len(_passes)}
    out["outbox_pass_cpu_ms"] = round(1000 * sum(p[1] for p in _passes), 1)
    middle = len(rows) // 2
    slowest = max(1, len(rows) // 100)
    for name, part in (
        ("all", rows),
        ("middle10", rows[middle - 5 : middle + 5]),
        ("slowest1pct", rows[-slowest:]),
    ):
        if not part:
            continue
        n = len(part)
        summary: dict[str, Any] = {"ms_in_bot": round(sum(p[0] for p in part) / n, 1)}
        summary["process_cpu_ms_meanwhile"] = round(sum(p[2] for p in part) / n, 1)
        for i, (a, b) in enumerate(itertools.pairwise(KEYS)):
            summary[f"{a}->{b}"] = round(sum(p[1][i] for p in part) / n, 2)
        summary["ready_queue"] = {
            k: round(sum(p[3][i] for p in part) / n, 1) for i, k in enumerate(KEYS)
        }
        out[name] = summary
    return out


def _start(_signum: int, _frame: Any) -> None:
    _patch()


def _stop(_signum: int, _frame: Any) -> None:
    with open(f"{os.environ['HAMDEL_HOPSTAMPS_OUT']}.{os.getpid()}.json", "w") as file:
        json.dump(_summary(), file, indent=1)


if os.environ.get("HAMDEL_HOPSTAMPS_OUT"):
    signal.signal(signal.SIGUSR1, _start)
    signal.signal(signal.SIGUSR2, _stop)
