"""English reflections, round 7: the choice of clauses knows which one carries the problem.

Constructed cases: a symptom ("when I go to buy it, it shows …") counts as the problem, a
background clause scores below one of equal length that carries a failure, background past
the opening and one more clause is left out however much room is left, and a clause the
next kept one leans on ("… their assistant. It did not assist") is never traded away.
"""

from __future__ import annotations

from dialogues.reflection import reflect
from dialogues.reflection.en_tidy import idle, keep_problems, role, role_weight
from dialogues.reflection.units import Unit


def test_a_symptom_is_the_problem() -> None:
    symptom = Unit("but when I go to buy the house it shows the screen below", 1, False)
    waiting = Unit("I have been playing in free mode for a while", 2, False)
    assert role(symptom) >= 2
    assert role(waiting) == 0


def test_background_weighs_less_than_a_failure_of_equal_length() -> None:
    scene = Unit("Yesterday I was sorting out my garages at home", 0, False)
    failure = Unit("my new car is missing from every garage I own", 1, False)
    assert role_weight(scene) < 0 < role_weight(failure)
    assert role_weight(Unit("I live in Ohio", 2, False)) == 0  # no role, not background either


def test_background_past_the_opening_is_left_out() -> None:
    units = [
        Unit("my tablet will not charge any more", 0, False, 1),
        Unit("the cable is broken at the plug", 1, False, 2),
        Unit("my sister lives in Leeds", 2, False, 3),
        Unit("the shop is closed now", 3, False, 4),
    ]
    assert idle(units, 2, [0, 1])
    assert not idle(units, 2, [0])  # the second clause is still free to be anything
    assert not idle(units, 1, [0, 3])  # a failure is never idle


def test_a_complaint_outside_the_role_lexicon_is_not_idle() -> None:
    units = [
        Unit("I just switched to the new editor", 0, False, 1),
        Unit("the preview runs away and I can't stop it", 1, False, 2),
        Unit("Damn is it buggy", 2, False, 3),
        Unit("I keep getting emails about logins", 3, False, 4),
    ]
    assert not idle(units, 2, [0, 1])
    assert not idle(units, 3, [0, 1])


def test_a_clause_the_next_one_leans_on_is_kept() -> None:
    units = [
        Unit("my printer stopped printing colour", 0, False, 1),
        Unit("I tried the online assistant on their site", 1, False, 2),
        Unit("it did not assist and nobody answers the phone", 2, False, 3),
        Unit("the warranty is expired and I lost the receipt", 3, False, 4),
    ]
    assert idle(units, 1, [0, 3]) is False  # "it did not assist" needs what "it" is
    assert 1 in keep_problems(units, [0, 1, 2])  # not traded for the warranty


def test_a_long_telling_drops_the_background_though_there_is_room() -> None:
    text = (
        "My tablet will not charge any more since the last update. The cable is broken at the"
        " plug and the light stays off. I bought it at the big shop in the town centre three"
        " years ago with my own savings from a summer job. My sister lives in Leeds."
    )
    out = reflect([text], "en")
    assert "your tablet will not charge" in out
    assert "the cable is broken at the plug" in out
    assert "Leeds" not in out  # five words would fit the budget: left out as background
    assert "a few other things besides" in out  # what went carried content
