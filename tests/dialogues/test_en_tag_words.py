"""A hashtag inside an English sentence is said as its words, never glued (en66)."""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect
from dialogues.reflection.en_tag_words import spoken, spoken_in


@pytest.mark.parametrize(
    ("tag", "said"),
    [
        ("DisabledTraveler", "Disabled Traveler"),
        ("SanFrancisco", "San Francisco"),
        ("BlackHistoryMonth", "Black History Month"),
        ("YouTube", "YouTube"),  # a brand that is one word
        ("PlayStation", "PlayStation"),
        ("iPhone", "iPhone"),
        ("LFW15", "LFW15"),
        ("fail", "fail"),
    ],
)
def test_tag_spoken(tag: str, said: str) -> None:
    assert spoken(tag) == said


def test_tag_inside_sentence_is_words() -> None:
    said = reflect(
        [
            "@SouthwestAir the customer service was worse than the #WinterWeather today, "
            "nobody answered the phone for two hours"
        ],
        "en",
    )
    assert "Winter Weather" in said
    assert "WinterWeather" not in said


def test_tag_closing_after_preposition_is_words() -> None:
    said = reflect(["@united we waited four hours at the gate for our flight to #NewOrleans"], "en")
    assert "New Orleans" in said
    assert "NewOrleans" not in said


def test_tag_opening_a_sentence_is_left_whole() -> None:
    assert spoken_in("FlyingItForward", "") == "FlyingItForward"
    assert spoken_in("BringYourOwn", "Yes they will. Thanks! ") == "BringYourOwn"
    assert spoken_in("SanFrancisco", "waiting for a flight to ") == "San Francisco"


def test_name_after_a_role_is_left_whole() -> None:
    assert spoken_in("MariaLopez", "our flight attendant ") == "MariaLopez"
