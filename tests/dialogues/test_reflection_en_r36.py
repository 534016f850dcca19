"""English reflections, round 36: airline tweets said back as a careful listener would."""

from __future__ import annotations

from dialogues.reflection import reflect


def _said(message: str) -> str:
    """The English reflection of one message."""
    return reflect([message], "en")


def test_a_handle_joined_to_a_subject_by_and_stays_in_it() -> None:
    said = _said("@SouthwestAir @livvyports16 and I became best friends")
    assert said == "livvyports16 and you became best friends"
    said = _said("@SouthwestAir and Carol Thrower are passengers. Fort Lauderdale airport.")
    assert said.startswith("SouthwestAir and Carol Thrower are passengers")
    assert _said("@united and I'm still waiting") == "you're still waiting"


def test_a_please_before_no_verb_is_quoted_never_a_broken_request() -> None:
    said = _said("@USAirways can you DM please in regards to update on lost bag please.")
    assert "you'd like us to in regards" not in said and "“please in regards to" in said
    said = _said("@JetBlue Update please on why flight 2601 continues to be further delayed")
    assert "you'd like us to on why" not in said
    assert _said("@united please thank the crew of 556") == "you'd like us to thank the crew of 556"


def test_text_speak_is_quoted_never_said_in_our_voice() -> None:
    said = _said("@AmericanAir Uwon't allow me2make changes online. Thats service?")
    assert "“Uwon't allow me2make changes online”" in said
    said = _said("@united I would like 2 speak to a manager")
    assert said == "you said “I would like 2 speak to a manager”"
    assert "“" not in _said("@united I could have been on my flight if 4 help desks had not lied")
    assert _said("@united I need 2 seats for my kids") == "you need 2 seats for your kids"


def test_a_clause_hoped_after_it_is_said_as_hoped() -> None:
    said = _said("@AmericanAir yes but you are still human I hope, dealing with all the stories")
    assert said.startswith("you hope we are still human, dealing with")
    assert _said("@united they will refund me I think") == "you think they will refund you"


def test_what_the_company_makes_others_do_is_never_the_customers_doing() -> None:
    said = _said("@united Making it more expensive for people to fly with you guys on pts")
    assert "you're making" not in said and said.startswith("you said “Making it more")
    assert _said("@united Making it to the gate just in time").startswith("you're making it")
    said = _said("@united Forcing passengers to check bags is ridiculous")
    assert said == "forcing passengers to check bags is ridiculous"


def test_ur_and_a_capital_and_are_left_as_before() -> None:
    # The blind gate (stop 26): "Ur new baggage claim …" shifts well ("our new baggage claim"),
    # and "@JetBlue And we are glad …" is the airline's reply quoted, not "JetBlue And you".
    said = reflect(["@JetBlue lipstick on a pig. Ur new baggage claim @ SJU is a disaster."], "en")
    assert "“Ur new" not in said, said
    said = reflect(["@JetBlue And we are glad to see what is going on and fix!"], "en")
    assert "JetBlue And" not in said, said
