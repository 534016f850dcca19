"""The flow diagram beside the policy is the one generated from the stages, and covers them."""

from __future__ import annotations

from pathlib import Path

from dialogues.flow import TRANSITIONS, mermaid, stages

FLOW_MD = Path(__file__).resolve().parents[2] / "dialogues" / "flow.md"


def test_flow_md_holds_the_generated_diagram() -> None:
    assert f"```mermaid\n{mermaid()}\n```" in FLOW_MD.read_text(encoding="utf-8")


def test_every_stage_is_drawn_and_reachable() -> None:
    drawn = {a for a, _, _ in TRANSITIONS} | {b for _, b, _ in TRANSITIONS}
    assert set(stages()) <= drawn
    reachable = {"[*]"}
    for _ in stages():
        reachable |= {b for a, b, _ in TRANSITIONS if a in reachable}
    assert set(stages()) <= reachable
