"""English reflections, round 43: airline tweets said back as a careful listener would."""

from __future__ import annotations

from dialogues.reflection import reflect
from dialogues.reflection.en_gerund import gerund_subject
from dialogues.reflection.en_spelled import unglued


def _said(message: str) -> str:
    """The English reflection of one message."""
    return reflect([message], "en")


def test_an_ing_phrase_with_a_determiner_is_the_subject_not_the_customers_doing() -> None:
    said = _said("@united calling that number was useless. this whole situation is a joke.")
    assert "calling that number was useless" in said and "you're calling" not in said, said


def test_a_long_ing_phrase_before_a_verb_keeps_the_customer_as_its_doer() -> None:
    # Narrowed after the blind gate (old better): past five words the noun before the verb is
    # often its own subject ("flying to Denver out of Boston flight is late" = "…, the flight is
    # late"), so the phrase stays the customer's doing: "you're flying …".
    assert not gerund_subject("flying to denver out of boston flight is late again")
    said = _said("@united flying to denver out of boston flight is late and no announcement")
    assert "you're flying to denver" in said, said


def test_an_ing_phrase_joined_to_a_new_clause_stays_the_customers_doing() -> None:
    assert not gerund_subject("Trying to resched but your line has 2 hr wait")
    assert not gerund_subject("trying to book a flight and our site is down")
    said = _said("@AmericanAir Missed my flight. Trying to resched but your line has 2 hr wait")
    assert "you're trying to resched" in said, said


def test_a_clause_after_a_verb_of_thinking_is_no_determiner() -> None:
    assert not gerund_subject("hoping that everything is fine")
    assert not gerund_subject("hoping this flight is better")
    assert gerund_subject("Updating my driver didn't help")


def test_an_at_sign_glued_between_lower_case_words_is_a_space() -> None:
    said = _said(
        "@USAirways I think your computers@were@down for hours. That is not@my idea of fun"
    )
    assert "computers were down" in said and "not your idea" in said and "@" not in said, said


def test_an_email_address_and_a_named_handle_keep_their_at_sign() -> None:
    assert unglued("email me at frank@postsecret.com please") == (
        "email me at frank@postsecret.com please"
    )
    assert unglued("write wmn4life@hotmail.com") == "write wmn4life@hotmail.com"
    assert unglued("@united thanks@united for nothing") == "@united thanks@united for nothing"
