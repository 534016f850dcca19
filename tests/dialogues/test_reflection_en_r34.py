"""English reflections, round 34 (tuning: en.tsv 1–1000 and tune_en)."""

from __future__ import annotations

from dialogues.reflection import reflect


def _said(text: str) -> str:
    return reflect([text], "en")


def test_a_question_opened_by_a_wh_phrase_is_asked_whole() -> None:
    said = _said("@united How long can I expect the formal response to take?")
    assert "asking “How long can I expect the formal response to take?”" in said
    said = _said("@USAirways your chairmans phone is down. what other number can i use?")
    assert "“what other number can i use?”" in said and "“can i use?”" not in said
    said = _said("@JetBlue at what point in delays can I take a different flight?")
    assert "“at what point in delays can I take a different flight?”" in said
    # a telling before the plea still asks apart
    said = _said("@united I see two flights with two seats in the morning can we get on those")
    assert "you see two flights" in said and "“can we get on those?”" in said
