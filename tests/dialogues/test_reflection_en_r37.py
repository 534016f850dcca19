"""English reflections, round 37: airline tweets said back as a careful listener would."""

from __future__ import annotations

from dialogues.reflection import reflect


def _said(message: str) -> str:
    """The English reflection of one message."""
    return reflect([message], "en")


def test_the_company_took_what_was_the_customers() -> None:
    said = _said(
        "@SouthwestAir took our BOS to BWI plane for a flight to StL and promised a replacement"
    )
    assert said.startswith("we took your BOS to BWI plane"), said
    assert _said("@VirginAmerica moved my seat with no notice").startswith("we moved your seat")
    said = _said("@united took my flight to Denver today, great crew")
    assert said.startswith("you took your flight to Denver"), said  # the customer's own trip
