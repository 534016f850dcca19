"""English reflections, round 25: half shifts, misread requests and subjects, verdicts kept."""

from __future__ import annotations

from dialogues.reflection import reflect


def _said(text: str) -> str:
    return reflect([text], "en")


def test_the_second_verb_agrees_after_an_irregular_past_and_an_opening_phrase() -> None:
    said = _said("@Rail on the way home I sat on the platform for an hour and was refused entry")
    assert "you sat on the platform for an hour and were refused entry" in said
    assert "and was refused" not in said
    said = _said("@Shop yesterday I stood in the queue for ages and was told to come back")
    assert "and were told to come back" in said
