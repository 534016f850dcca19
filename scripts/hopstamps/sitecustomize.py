"""Hop-by-hop stamps of each message inside the bench's bot (docs/performance.md, round 20).

Loaded only when this directory is on the bot's PYTHONPATH (``bench.py`` puts it there)
and HAMDEL_HOPSTAMPS_OUT is set. SIGUSR1 (the bot is ready) wraps the hand-offs; SIGUSR2
(before the bench stops it) writes a summary to HAMDEL_HOPSTAMPS_OUT.<pid>.json. Per hop:
wall ms, and at each stamp the process's CPU time and the event loop's ready queue. Also
(round 23) every loop callback timed (CPU by task name; those over 1 ms listed with their
task and where its coroutine waits), GC pauses per generation, the settles' CPU, each turn's
CPU by the message's place in its chat. HAMDEL_HOPSTAMPS_PROFILE=1: a cProfile (process
time) of the whole bot instead, to OUT.<pid>.prof. No message text is recorded: chat ids
and update ids only.
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
_counts: list[int] = []  # the transport's deliveries (a combined run is one)
_settles: list[float] = []  # the marks' tasks (SQLite: with the next runs' claims): CPU s
_stalls: list[tuple[float, float, str]] = []  # loop callbacks over 1 ms: wall, CPU, what
_gc: dict[int, list[float]] = {}  # the collector's pauses per generation, ms
_gc_start: list[float] = []
_task_cpu: dict[str, float] = {}  # CPU seconds of the loop's callbacks by task name


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

    def accepted(_self: Any, payloads: list[dict[str, Any]], _bot: Any, **_k: Any) -> None:
        for payload in payloads:
            _stamps.setdefault(_chat(payload), []).append({"in": _now()})
            _chat_of[payload.get("update_id", -1)] = _chat(payload)

    def stored(_self: Any, payloads: list[dict[str, Any]], _bot: Any, **_k: Any) -> None:
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
        return lambda _self, burst, *_a: _last(burst[-1].chat_id).__setitem__(key, _now())

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
    _wrap_async(transport.TelegramTransport, "deliver", lambda *_a: _counts.append(1))
    settle = outbox.OutboxSender._settle_done

    async def settle_done(self: Any) -> Any:
        cpu = time.process_time()
        result = await settle(self)
        _settles.append(time.process_time() - cpu)
        return result

    outbox.OutboxSender._settle_done = settle_done  # type: ignore[method-assign]


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
    turns: dict[int, list[float]] = {}  # the turn's CPU ms by the message's place in its chat
    for records in _stamps.values():
        for place, r in enumerate(records):
            if "turn0" in r and "turn1" in r:
                turns.setdefault(place, []).append(1000 * (r["turn1"][1] - r["turn0"][1]))
    arrivals = sorted(
        (r["in"][0], place, 1000 * (r["sent"][0] - r["in"][0]))
        for records in _stamps.values()
        for place, r in enumerate(records)
        if "in" in r and "sent" in r
    )
    ranked = sorted(
        ((ms, rank, place) for rank, (_, place, ms) in enumerate(arrivals)), reverse=True
    )
    out["slowest_ms_arrival_place"] = [(round(ms, 1), n, place) for ms, n, place in ranked[:8]]
    order = {
        id(r): n
        for n, r in enumerate(
            sorted(
                (r for records in _stamps.values() for r in records if "in" in r),
                key=lambda r: r["in"][0],
            )
        )
    }
    heavy = sorted(
        (1000 * (r["turn1"][1] - r["turn0"][1]), order.get(id(r), -1), place)
        for records in _stamps.values()
        for place, r in enumerate(records)
        if "turn0" in r and "turn1" in r
    )
    out["heaviest_turns_cpu_arrival_place"] = [(round(c, 2), n, p) for c, n, p in heavy[-12:]]
    out["turn_cpu_ms_by_place"] = {
        place: (len(v), round(sum(v) / len(v), 2), round(max(v), 2))
        for place, v in sorted(turns.items())
    }
    out["outbox_pass_cpu_ms"] = round(1000 * sum(p[1] for p in _passes), 1)
    out["settles"] = len(_settles)
    out["deliveries"] = len(_counts)
    out["settle_cpu_ms"] = round(1000 * sum(_settles), 1)
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


def _label(handle: Any) -> str:
    """What a slow callback was: its task's name and where its coroutine now waits."""
    callback = getattr(handle, "_callback", None)
    task = getattr(callback, "__self__", None)
    if not isinstance(task, asyncio.Task):
        return getattr(callback, "__qualname__", repr(callback))[:80]
    names = [task.get_name().split("-")[0]]
    coro: Any = task.get_coro()
    while coro is not None and len(names) < 8:
        names.append(getattr(coro, "__qualname__", type(coro).__name__))
        coro = getattr(coro, "cr_await", None) or getattr(coro, "gi_yieldfrom", None)
    return " > ".join(names)


def _watch_stalls() -> None:
    """Time every callback the loop runs (the stalls every queued message waits out)."""
    import gc

    run = asyncio.events.Handle._run

    def timed(self: Any) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        run(self)
        took, used = time.perf_counter() - wall, time.process_time() - cpu
        task = getattr(self._callback, "__self__", None)
        name = task.get_name().rstrip("0123456789") if isinstance(task, asyncio.Task) else "-"
        _task_cpu[name] = _task_cpu.get(name, 0.0) + used
        if took > 0.001:
            _stalls.append((1000 * took, 1000 * used, _label(self)))

    asyncio.events.Handle._run = timed  # type: ignore[method-assign]

    def collected(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            _gc_start[:] = [time.perf_counter()]
        elif _gc_start:
            _gc.setdefault(info["generation"], []).append(
                1000 * (time.perf_counter() - _gc_start[0])
            )

    gc.callbacks.append(collected)


def _stall_summary() -> dict[str, Any]:
    by_label: dict[str, list[float]] = {}
    for wall, _cpu, label in _stalls:
        by_label.setdefault(label, []).append(wall)
    ranked = sorted(by_label.items(), key=lambda kv: -sum(kv[1]))
    return {
        "callbacks_over_1ms": len(_stalls),
        "over_3ms": sum(1 for s in _stalls if s[0] > 3),
        "over_5ms": sum(1 for s in _stalls if s[0] > 5),
        "longest": [(round(w, 2), round(c, 2), label) for w, c, label in sorted(_stalls)[-25:]],
        "by_label": [
            (label, len(v), round(sum(v), 1), round(max(v), 2)) for label, v in ranked[:25]
        ],
        "gc": {g: (len(v), round(sum(v), 1), round(max(v), 2)) for g, v in sorted(_gc.items())},
        "task_cpu_ms": {
            k: round(1000 * v, 1) for k, v in sorted(_task_cpu.items(), key=lambda kv: -kv[1])
        },
    }


_profile: list[Any] = []  # HAMDEL_HOPSTAMPS_PROFILE: cProfile (process time), no stamps


def _start(_signum: int, _frame: Any) -> None:
    if os.environ.get("HAMDEL_HOPSTAMPS_PROFILE"):
        import cProfile

        _profile.append(cProfile.Profile(time.process_time))
        _profile[0].enable()
        return
    _patch()
    _watch_stalls()


def _stop(_signum: int, _frame: Any) -> None:
    if _profile:
        _profile[0].disable()
        _profile[0].dump_stats(f"{os.environ['HAMDEL_HOPSTAMPS_OUT']}.{os.getpid()}.prof")
        return
    with open(f"{os.environ['HAMDEL_HOPSTAMPS_OUT']}.{os.getpid()}.json", "w") as file:
        json.dump({**_summary(), "stalls": _stall_summary()}, file, indent=1)


if os.environ.get("HAMDEL_HOPSTAMPS_OUT"):
    signal.signal(signal.SIGUSR1, _start)
    signal.signal(signal.SIGUSR2, _stop)
