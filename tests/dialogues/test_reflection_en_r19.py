"""English reflections, round 19: glued marks, run-on seams, corpus leftovers, handles, labels."""

from __future__ import annotations

from dialogues.reflection import reflect


def _said(text: str) -> str:
    return reflect([text], "en")


def test_a_name_ending_in_now_is_never_parted() -> None:
    assert _said("@HelpDesk I have an order on Prime Now but was charged for delivery") == (
        "you have an order on Prime Now but was charged for delivery"
    )
