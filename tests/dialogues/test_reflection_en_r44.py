"""English reflections and first replies, round 44: airline tweets heard as a listener would."""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.reflection import reflect
from dialogues.shared_headline import shares_headline
from dialogues.thanking import only_thanks
from tests.conversation.test_first_replies_en41 import _first


@pytest.mark.parametrize(
    "message",
    [
        "@JetBlue Airways Sees Significant Decline in Short Interest (JBLU) - WKRB News"
        " http://t.co/abc",
        "@United Airlines Is Changing Its MileagePlus Program: Winners And Losers http://t.co/abc",
        "@JetBlue to Increase Charter Service to Cuba - #Travel Agent http://t.co/abc",
        "@AmericanAir Plane Veers Off Runway at Icy Dallas Airport http://t.co/abc",
    ],
)
def test_a_title_case_headline_with_its_link_is_asked_about_not_said_back(message: str) -> None:
    assert shares_headline(message)
    assert _first(message) in variants("en", "listen_link")


@pytest.mark.parametrize(
    "message",
    [
        "@united THIS IS THE YEAR FOR VAN GOGH FANS TO VISIT EUROPE http://t.co/abc",
        "@United Global First Class Lounge ORD menu. Yummy! http://t.co/abc",
        "@AmericanAir I Love American Airlines http://t.co/abc",
        "@SouthwestAir Where Is My Bag And Why Is Nobody Answering http://t.co/abc",
        "@JetBlue Airways Sees Significant Decline in Short Interest (JBLU)",
        "@united my flight was cancelled again and nobody told us http://t.co/abc",
    ],
)
def test_a_shout_a_caption_in_lower_case_or_a_headline_without_a_link_is_no_headline(
    message: str,
) -> None:
    assert not shares_headline(message)


@pytest.mark.parametrize(
    "message",
    [
        "@united alright thank you. Much appreciated.",
        "@SouthwestAir @JohnWayneAir Thank you both very much!!",
        "@SouthwestAir Got it covered. Thanks!",
        "@AmericanAir Thank you.....you do the same!!",
    ],
)
def test_a_plain_thanks_is_thanked_back_not_met_with_i_am_listening(message: str) -> None:
    assert only_thanks(message, "en")
    assert _first(message, intent="thank", sentiment="positive") in variants("en", "thanks_first")


@pytest.mark.parametrize(
    "message",
    [
        "@SouthwestAir Got it covered but my bag is still missing. Thanks!",
        "@united alright thank you for nothing",
    ],
)
def test_thanks_with_a_telling_or_sarcasm_is_no_plain_thanks(message: str) -> None:
    assert not only_thanks(message, "en")


def test_a_feeling_before_a_person_noun_gets_its_article() -> None:
    said = reflect(["@united Thanks for taking care of that MR!! Happy customer."], "en")
    assert "you're a happy customer" in said, said
    said = reflect(
        ["@USAirways flight sitting at gate for hours. Frustrated Chairman member"], "en"
    )
    assert "you're a frustrated Chairman member" in said, said


def test_a_feeling_word_that_names_a_thing_is_quoted_not_shifted() -> None:
    said = reflect(["@USAirways sad experience today on 4663. My bags are lost."], "en")
    assert "you're sad experience" not in said and "“sad experience today on 4663" in said, said


def test_a_feeling_before_a_clause_or_a_state_keeps_you_are() -> None:
    said = reflect(["@JetBlue Disappointed we weren't allowed to bring on a carseat."], "en")
    assert "you're disappointed you weren't allowed" in said, said
    said = reflect(["@united Stuck 4 hours in Denver with no update"], "en")
    assert "stuck 4 hours in Denver" in said and "“" not in said, said
