"""English reflections, round 32 (tuning: en.tsv 1–1000 and tune_en)."""

from __future__ import annotations

from dialogues.reflection import reflect


def _said(text: str) -> str:
    return reflect([text], "en")


def test_the_airline_flown_keeps_its_name_when_it_closes_the_tweet() -> None:
    said = _said("@Air you have a confusing web site. This is why I typically fly @SouthwestAir.")
    assert "this is why you typically fly SouthwestAir" in said, said
    assert "you should've flew Delta" in _said("@Air awful service I should've flew @Delta")
    # a closing handle after any other word is still the tweet's tag
    assert "Delta" not in _said("@Air my bag is lost again @Delta")
