"""English reflections, round 33 (tuning: en.tsv 1–1000 and tune_en)."""

from __future__ import annotations

from dialogues.reflection import reflect


def _said(text: str) -> str:
    return reflect([text], "en")


def test_a_closing_tag_the_sentence_needs_is_kept_as_its_word() -> None:
    said = _said("@united I'll try #Delta")
    assert "you'll try Delta" in said, said
    said = _said("@USAirways I have two tight connections in #Charlotte and #Frankfurt")
    assert "in Charlotte and Frankfurt" in said, said
    said = _said("@united our checkin system is #fail")
    assert "is fail" in said, said
    said = _said("@united I'm missing my last semester of #college. 👍")
    assert "semester of college" in said, said
    said = _said("@SouthwestAir he's not seeing Imagine Dragons at #DestinationDragons ?")
    assert "at DestinationDragons?" in said, said
    # a closing tag after a whole sentence is still only a tag
    said = _said("@united my bag is lost again. #fail")
    assert "fail" not in said, said
