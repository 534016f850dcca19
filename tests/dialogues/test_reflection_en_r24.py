"""English reflections, round 24: discourse markers, bare feelings, slips and tags mended."""

from __future__ import annotations

from dialogues.reflection import reflect


def _said(text: str) -> str:
    return reflect([text], "en")


def test_a_sentence_of_only_simply_put_is_no_part_of_the_telling() -> None:
    said = _said("@Shop my order is a week late. Simply put. The tracking page never loads")
    assert "simply put" not in said.lower()
    assert "a week late" in said


