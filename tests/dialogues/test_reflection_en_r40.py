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


def test_a_harm_to_the_customers_bag_is_never_their_own_doing() -> None:
    said = _said("@united is the worst airline. Lost my luggage delayed my flights")
    assert "you lost" not in said and "“Lost my luggage" in said, said
    said = _said("@AmericanAir Lost and Found is like talking to a wall")
    assert "we lost" not in said and "Lost and Found" in said, said


def test_a_gerund_subject_before_a_modal_gets_no_you() -> None:
    said = _said(
        "@AmericanAir A commitment would be better. Actually fixing it would be better still."
    )
    assert "you're actually" not in said and "actually fixing it would be better still" in said


def test_what_makes_the_customer_do_something_is_quoted() -> None:
    said = _said("@VirginAmerica no iPhone app? Still using and making me waste paper.")
    assert "“Still using and making me waste paper”" in said, said


def test_an_agent_unable_to_help_is_not_the_customer() -> None:
    said = _said("@USAirways Worst experience ever. Unable 2 help over phone and told to wait")
    assert "you're unable" not in said, said
    said = _said("@united unable to check in online for my flight")
    assert "you're unable to check in" in said, said


def test_an_adjective_before_thanks_goes_with_the_thanks() -> None:
    assert "WARM" not in _said("@united saw your post about the Caribbean. WARM THANKS!")
    said = _said("@united many thanks, my bag arrived this morning")
    assert "many" not in said and "bag arrived" in said, said


def test_a_customer_unable_to_locate_their_bag_is_still_told_as_theirs() -> None:
    # g_en40x: "unable to locate baggage, this is frustrating" lost its "you're" and read as a
    # telegraphic echo; finding a bag is what the customer could not do.
    said = _said("@USAirways unable to locate baggage, this is frustrating.")
    assert "you're unable to locate baggage" in said, said
