"""English reflections and first replies, round 45: airline tweets heard as a listener would."""

from __future__ import annotations

import pytest

from dialogues.reflection import en_how_come, reflect
from dialogues.reflection.en_signoff import is_sign_off
from tests.dialogues.script import Script


def _first(message: str, intent: str = "complain", sentiment: str = "negative") -> str:
    """The bot's first reply to one English message."""
    script = Script("en")
    script.start()
    return script.says(message, intent=intent, sentiment=sentiment)


@pytest.mark.parametrize(
    "wish",
    [
        "Have a us airways day!",
        "Have a great night AA team!",
        "Have a really good weekend guys",
        "have a nice day.",
    ],
)
def test_a_closing_wish_with_any_two_words_before_the_day_is_a_sign_off(wish: str) -> None:
    assert is_sign_off(wish)


@pytest.mark.parametrize(
    "telling",
    ["Have a 2 day delay in Denver", "have a day off tomorrow", "have a connecting flight"],
)
def test_a_day_inside_a_telling_is_no_sign_off(telling: str) -> None:
    assert not is_sign_off(telling)


def test_a_sign_off_wish_is_never_said_back_as_a_statement() -> None:
    said = reflect(
        [
            "@USAirways nice touch with using my first name. I'll be filing a claim soon"
            " to be reimbursed. Have a us airways day!"
        ],
        "en",
    )
    assert "filing a claim" in said
    assert "airways day" not in said.lower()
    said = reflect(["@JetBlue @AirlineAdviser loves this. Have a great time flying this"], "en")
    assert "great time" not in said


def test_thanks_and_a_goodnight_to_the_team_is_thanked_back_not_reflected() -> None:
    assert reflect(["@AmericanAir ok, thanks you! Have a great night AA team!"], "en") == ""
    reply = _first("@AmericanAir ok, thanks you! Have a great night AA team!", "thank", "positive")
    assert "you have a great night" not in reply


def test_how_come_without_its_question_mark_is_asked_not_said() -> None:
    said = reflect(
        [
            "@united how come it's cheaper to fly to BKK than NRT even though to get to BKK you"
            " take an extra flight, from NRT!"
        ],
        "en",
    )
    assert "asking “how come it's cheaper" in said
    assert "you said" not in said
    said = reflect(["@united How come no one answers the phone. Been waiting for hours"], "en")
    assert "asking “How come no one answers the phone?”" in said


def test_how_come_inside_a_sentence_or_already_asked_is_left_as_typed() -> None:
    assert en_how_come.asked("how come you don't have an app? Still") == (
        "how come you don't have an app? Still"
    )
    assert en_how_come.asked("I wonder how come it's late.") == "I wonder how come it's late."
