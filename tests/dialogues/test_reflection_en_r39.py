"""English reflections, round 39: airline tweets said back as a careful listener would."""

from __future__ import annotations

from dialogues.reflection import reflect


def _said(message: str) -> str:
    """The English reflection of one message."""
    return reflect([message], "en")


def test_an_ampersand_spaced_on_one_side_is_and() -> None:
    said = _said("@united it is rude to overbook by 12 seats &amp;feel that I wait")
    assert "12 seats and feel" in said, said
    said = _said("@united - handed a slip of paper,&amp;said to call 1800#. Have called 2x/day")
    assert "paper, and said" in said, said
    said = _said("@united so mad, you left after the first stop, &amp; give me a useless voucher")
    assert "&" not in said and "stop, and give" in said, said


def test_an_ampersand_of_a_name_stays() -> None:
    said = _said("@united Airport need to indicate different gate#'s for terminals A&amp;C.")
    assert "A&C" in said, said


def test_the_help_of_a_question_stays_in_it() -> None:
    said = _said("@AmericanAir you said it again and again. How about some actual help?")
    assert "“How about some actual help?”" in said, said
    said = _said("@USAirways have been on hold for 58 minutes - why won't you help?")
    assert "won't you help?”" in said and "”, and you'd like us to help" not in said, said
    said = _said("@USAirways I just got hung up on. Can you help?")
    assert said.endswith("you'd like us to help"), said  # the plea itself, said as a plea


def test_a_noun_first_is_no_order() -> None:
    said = _said("@AmericanAir can't get thru 800 number. Call gets dropped when saying Agent.")
    assert "like us to call" not in said and "Call gets dropped" in said, said
    assert _said("@SouthwestAir DM Sent.") == "you've sent us a DM"
    assert _said("@united Call me back please").startswith("you'd like us to call you back")


def test_the_so_of_an_answer_stays() -> None:
    said = _said("@JetBlue I don't believe so. That's not what the team has told us.")
    assert said.startswith("you don't believe so, and"), said
    assert _said("@JetBlue I hope so. The plane is leaving").startswith("you hope so, and")
    assert _said("@united it was late, so") == "it was late"  # a dangling "so" still goes
