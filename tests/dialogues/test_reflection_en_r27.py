"""English reflections, round 27: sarcasm heard as sarcasm, broken words and clauses mended."""

from __future__ import annotations

from dialogues.reflection import reflect


def _said(text: str) -> str:
    return reflect([text], "en")


def test_a_thanks_with_its_intensifier_for_a_harm_is_quoted_whole() -> None:
    said = _said("@Air thanks a lot for losing my bag")
    assert "“thanks a lot for losing my bag”" in said and "“a lot for" not in said
    assert "“thanks so much for losing my suitcase”" in _said(
        "@Air thanks so much for losing my suitcase"
    )
    # a thanks again for a harm is a complaint, never an empty reply as if only thanked
    assert "delaying us 3 hours" in _said("@Air thanks again for delaying us 3 hours")
    assert "“Thanks a bunch for losing my luggage”" in _said(
        "@Air Thanks a bunch for losing my luggage"
    )


def test_a_real_thanks_with_its_intensifier_goes_with_it() -> None:
    said = _said("@Air thanks a lot for the help, my bag arrived")
    assert "a lot" not in said and "your bag arrived" in said
    assert _said("@Air thanks very much for the upgrade") == ""
