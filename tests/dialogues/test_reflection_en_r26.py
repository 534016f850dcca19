"""English reflections, round 26: a fault's verb read as a verb, the customer's typos mended."""

from __future__ import annotations

from dialogues.reflection import reflect


def _said(text: str) -> str:
    return reflect([text], "en")


def test_a_fault_told_with_cuts_or_drops_is_kept_beside_a_request() -> None:
    said = _said("@Net Volume cuts out constantly. Please help")
    assert "volume cuts out constantly" in said.lower() and "you'd like us to help" in said
    said = _said("@Net pls fix my box. The signal drops out every night. So annoying.")
    assert "the signal drops out every night" in said
    # "cuts" with nothing after it is still free to be a noun
    assert "price cuts" in _said("@Shop love the price cuts this week")


def test_the_customers_an_for_am_is_not_said_in_our_voice() -> None:
    said = _said("@Air I an unable to log in to my account")
    assert "you're unable to log in to your account" in said and "you an" not in said


def test_a_handle_called_just_before_the_closing_mark_is_not_said_as_a_word() -> None:
    said = _said("When is the sale starting, @shop? Asking for a friend")
    assert "When is the sale starting?" in said and "shop" not in said
    said = _said("@Air My flight is late again. What @Air2 ?! Ridiculous")
    assert "Air2" not in said and "your flight is late again" in said
    # a handle after a verb or a preposition is the sentence's object and keeps its name
    assert "Delta" in _said("Can't wait to fly with @Delta!")


def test_a_bare_husband_or_wife_opening_a_clause_is_the_customers() -> None:
    assert "your husband was refused boarding" in _said("@Air Husband was refused boarding")
    said = _said("@Air wife booked us on the 5pm flight and it got cancelled")
    assert said.startswith("your wife booked you")
    # "my wife" already says whose; never "your my wife"
    assert "your my" not in _said("@Air my wife was refused boarding")


def test_a_generic_your_eyes_stays_yours_never_ours() -> None:
    said = _said("@Air the cabin lights are so bright they hurt your eyes")
    assert "they hurt your eyes" in said and "our eyes" not in said.replace("your eyes", "")
    # the company's own things still shift: "your staff" is "our staff"
    assert "our staff" in _said("@Air your staff were so rude to me today")


def test_have_you_any_idea_is_one_question_never_cut_before_any_idea() -> None:
    said = _said("@Air Have you any idea how long I waited at the gate?")
    assert "Have you any idea how long" in said
    # "… wont charge any ideas?" still asks apart from the telling
    assert "you're asking “Any ideas?”" in _said("@Air my laptop wont charge any ideas?")
