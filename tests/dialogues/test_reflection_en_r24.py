"""English reflections, round 24: discourse markers, bare feelings, slips and tags mended."""

from __future__ import annotations

from dialogues.reflection import reflect


def _said(text: str) -> str:
    return reflect([text], "en")


def test_a_sentence_of_only_simply_put_is_no_part_of_the_telling() -> None:
    said = _said("@Shop my order is a week late. Simply put. The tracking page never loads")
    assert "simply put" not in said.lower()
    assert "a week late" in said


def test_a_feeling_named_with_no_subject_is_the_customers() -> None:
    said = _said("@Cafe The cake was lovely! Very pleased.")
    assert "you're very pleased" in said and "“Very pleased”" not in said
    said = _said("@Shop Rather disappointed with the order today. It came broken")
    assert "you're rather disappointed with the order today" in said
    # a feeling word that is the subject of its own verb is left alone
    assert "you're very" not in _said("@Shop Very pleased customers were shouting at the gate")
