"""English reflections, round 41: airline tweets said back as a careful listener would."""

from __future__ import annotations

from dialogues.reflection import reflect


def _said(message: str) -> str:
    """The English reflection of one message."""
    return reflect([message], "en")


def test_a_subjectless_been_a_day_is_the_days_never_the_customers() -> None:
    said = _said("@AmericanAir been a very long day in Philly. My flight was cancelled")
    assert "you've been a very long day" not in said and "it's been a very long day" in said
    said = _said("@SouthwestAir belt issues. Been a rough day for them.")
    assert "you've been a rough day" not in said, said


def test_a_subjectless_been_a_member_is_still_the_customers() -> None:
    said = _said("@JetBlue Been a member since 2007. Looking to travel next week.")
    assert "you've been a member since 2007" in said, said
