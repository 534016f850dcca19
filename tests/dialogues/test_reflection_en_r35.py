"""English reflections, round 35: airline tweets said back as a careful listener would."""

from __future__ import annotations

from dialogues.reflection import en_mend, reflect


def _said(message: str) -> str:
    """The English reflection of one message."""
    return reflect([message], "en")


def test_airport_code_ord_is_not_third() -> None:
    said = _said("@united The ORD ground crew only had an hour to move my bags 200 yards")
    assert "ORD ground crew" in said and "third" not in said
    assert en_mend.message("the ord floor was closed") == "the third floor was closed"
