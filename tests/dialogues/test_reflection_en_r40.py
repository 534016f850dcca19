"""English reflections, round 40: airline tweets said back as a careful listener would."""

from __future__ import annotations

from dialogues.reflection import reflect


def _said(message: str) -> str:
    """The English reflection of one message."""
    return reflect([message], "en")


def test_a_closing_handle_the_verb_wants_is_kept_as_its_name() -> None:
    said = _said("@SouthwestAir weather is not your fault, but I'll be trying @Delta")
    assert "trying Delta" in said, said
    said = _said("@united the app still shows errors. Flying @AmericanAir")
    assert "flying AmericanAir" in said, said


def test_closing_tags_after_a_preposition_keep_the_first() -> None:
    said = _said("@united #FirstClass to #London on my way to #LondonFashionWeek #LFW15")
    assert "on my way to LondonFashionWeek" in said and "LFW15" not in said, said


def test_a_credit_or_an_addressed_closing_handle_still_goes() -> None:
    said = _said("@VirginAmerica great news! flights to Hawaii by end of year via @Pacificbiz")
    assert "Pacificbiz" not in said, said
    said = _said("@united thank you for the lovely flight home @united")
    assert "@" not in said, said


def test_a_closing_comment_tag_is_no_object() -> None:
    said = _said("@united can someone please tell me who I have to talk to #getittogether #fail")
    assert "getittogether" not in said, said
