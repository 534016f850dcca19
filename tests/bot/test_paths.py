"""docs/architecture.md's three paths are the code's: each "Walk" line is traced as it runs.

Each walk is driven on the core (real SQLite database, embedded parser, owners.yml); a
profiler records which of the walk's functions run. They must first run in the order the
doc gives, and the policy (``respond``) and the applier (``TurnEffects.apply`` or
``apply_event``) must each run exactly once: one intake, one policy call, one applier.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from sqlalchemy import select

from bot.service import IncomingMessage
from dialogues.followup import FOLLOW_UP_NO
from storage.models import Handoff
from tests.bot.conftest import Core

DOC = Path(__file__).resolve().parents[2] / "docs" / "architecture.md"
_WALK = re.compile(r"^Walk \((\w+)\): (.+)$", re.MULTILINE)
REZA = "reza"  # owners.example.yml
POLICY = "dialogues.policy.respond"
APPLIERS = ("bot.effects.TurnEffects.apply", "bot.effects.TurnEffects.apply_event")


def walks() -> dict[str, list[str]]:
    """Each walk the doc draws: its name and the dotted names along it."""
    text = DOC.read_text(encoding="utf-8")
    return {name: re.findall(r"`([\w.]+)`", line) for name, line in _WALK.findall(text)}


class Trace:
    """Which of ``names`` ran, in order of first run, and how many calls each had."""

    def __init__(self, names: set[str]) -> None:
        self.names = names
        self.order: list[str] = []
        self.frames: dict[str, set[int]] = {}
        self._alive: list[FrameType] = []  # held so frame ids stay unique during the walk

    def __call__(self, frame: FrameType, event: str, arg: Any) -> None:
        if event != "call":
            return
        name = f"{frame.f_globals.get('__name__')}.{frame.f_code.co_qualname}"
        if name not in self.names:
            return
        if name not in self.frames:
            self.order.append(name)
        # A coroutine is "called" again each time it resumes: count its frames instead.
        self.frames.setdefault(name, set()).add(id(frame))
        self._alive.append(frame)

    def calls(self, name: str) -> int:
        """How many separate calls of ``name`` ran."""
        return len(self.frames.get(name, ()))


async def traced(names: set[str], walk: Callable[[], Awaitable[object]]) -> Trace:
    trace = Trace(names)
    sys.setprofile(trace)
    try:
        await walk()
    finally:
        sys.setprofile(None)
    return trace


async def _open_handoff(core: Core, user: str) -> int:
    await core.says(user, None, kind="start")
    report = await core.says(user, "please let me talk to a person, it's urgent")
    return report.handoffs[0].id


async def _drive(core: Core, name: str) -> Callable[[], Awaitable[object]]:
    """The walk's first step, with everything before it done already."""
    if name == "update":
        await core.says("701", None, kind="start")
        return lambda: core.says("701", "my parcel never came and nobody answers the phone")
    handoff_id = await _open_handoff(core, "702")
    if name == "claim":  # Reza claims it back from Sara, so the policy has Sara told
        await core.desk.reassign(handoff_id, REZA, "sara")
        return lambda: core.desk.claim(handoff_id, REZA)
    if name == "answer":  # answered in the staff member's own chat
        text = "Your parcel left the depot today."
        return lambda: core.desk.reply(handoff_id, REZA, text, answer_to=REZA)
    if name == "reopen":
        return await _not_yet(core, handoff_id)
    assert name == "reminder", f"the doc draws a walk this test cannot drive: {name}"
    async with core.database.session() as session:
        due = (await session.execute(select(Handoff.remind_at))).scalar_one()
    return lambda: core.desk.run_due(due)


async def _not_yet(core: Core, handoff_id: int) -> Callable[[], Awaitable[object]]:
    """Answered, resolved, asked the follow-up: the walk is the customer's "not yet"."""
    await core.desk.reply(handoff_id, REZA, "Your refund was sent.")
    await core.desk.resolve(handoff_id, REZA)
    async with core.database.session() as session:
        due = (await session.execute(select(Handoff.followup_at))).scalar_one()
    assert due is not None and await core.desk.run_due(due) == 1
    button = IncomingMessage(
        channel="console", user_id="702", chat_id=702, kind="button", payload=FOLLOW_UP_NO
    )
    await core.service.store_inbound(button)
    return lambda: core.service.handle_burst([button])


def test_the_doc_draws_the_five_walks() -> None:
    assert set(walks()) == {"update", "claim", "answer", "reminder", "reopen"}
    assert all(POLICY in steps for steps in walks().values())


@pytest.mark.parametrize("name", sorted(walks()))
async def test_each_walk_runs_as_drawn(core: Core, name: str) -> None:
    steps = walks()[name]
    walk = await _drive(core, name)
    trace = await traced({*steps, POLICY, *APPLIERS}, walk)
    assert [s for s in trace.order if s in steps] == steps  # every step, in this order
    assert trace.calls(POLICY) == 1
    assert sum(trace.calls(a) for a in APPLIERS) == 1
