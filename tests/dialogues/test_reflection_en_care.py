"""English reflections of tech customer-care tweets: patterns a strict reader marked down.

Each case is constructed to pin one pattern seen in the customer-care development tweets.
"""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect
from dialogues.reflection.clauses import Unit
from dialogues.reflection.en_clause import asks_last, told_not_asked


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("I keep getting an error when I open the app?", True),
        ("my tablet has issues with its charger?", True),
        ("Is there a fix?", False),
        ("I'm getting a 503 error, do you have an outage?", False),
        ("i lost my password can you help me?", False),
        ("my game is gone what can you do?", False),
        ("I just read that the store is closed, is this true?", False),
        ("I was wondering if anyone knows?", False),
        ("this is a photo of your support team isn't it?", False),
        ("NONE of my passwords work today?", True),
        ("There is no number to call?", True),
    ],
)
def test_a_telling_that_ends_in_a_question_mark_is_no_question(text: str, told: bool) -> None:
    assert told_not_asked(text) is told


def test_a_telling_with_a_question_mark_is_said_back_as_told() -> None:
    said = reflect(["@Acme my tablet has issues with its charger? Is there a fix?"], "en")
    assert said == "your tablet has issues with its charger, and you're asking “Is there a fix?”"
    said = reflect(['@Acme I keep getting the "server not found" error? Help?'], "en")
    assert (
        said == "you said “I keep getting the 'server not found' error”, and you'd like us to help"
    )


def test_a_question_inside_a_telling_stays_asked() -> None:
    said = reflect(["@Acme I'm getting a 503 error in the store, do you have an outage?"], "en")
    assert said.startswith("you're asking “I'm getting a 503 error")


def test_a_plural_common_noun_after_and_is_not_capitalised() -> None:
    said = reflect(
        ["@Acme is there something wrong with my playlist? Tracks 3 and 4 are the same."], "en"
    )
    assert said.endswith(", and tracks 3 and 4 are the same")


def test_what_do_i_do_is_kept_though_all_its_words_are_small() -> None:
    said = reflect(
        ["@Acme Trying to cancel my order but the website can't find it. What do I do?"], "en"
    )
    assert said.endswith("and you're asking “What do I do?”")


def test_a_last_request_keeps_the_problem_said_just_before_it() -> None:
    said = reflect(
        [
            "@Acme Hello there. I moved my whole library to a brand new computer last week with "
            "all my old files. I am signed out of my old copy of the editor on that laptop. "
            "I am still getting the message that I need to deactivate the old computer first. "
            "I need your help. Thank you!"
        ],
        "en",
    )
    assert "you are still getting the message that you need to deactivate" in said
    assert "you need our help" in said


def test_a_request_asked_already_is_not_added_again() -> None:
    def units(*texts: str) -> list[Unit]:
        return [Unit(t, i, t.endswith("?"), i, "") for i, t in enumerate(texts)]

    problem = "I am still getting the error on my old laptop"
    assert asks_last(units("I moved to a new laptop", problem, "Help"), "en")
    assert not asks_last(units("Any help would be appreciated", problem, "Help"), "en")
    assert not asks_last(units("like 0-10 views each video", "Is there a setting to change?"), "en")
    assert not asks_last(units("I moved to a new laptop", problem, "Help"), "fa")


def test_a_quote_after_a_question_keeps_its_own_frame() -> None:
    said = reflect(["@Acme why is my laptop so slow? Total garbage!!"], "en")
    assert said == "you're asking “why is my laptop so slow?”, and you said “Total garbage”"


def test_a_handle_opening_a_later_sentence_addresses_the_company() -> None:
    said = reflect(["Just saw a pack of masks listed for $900.  @Acme this is unethical"], "en")
    assert said == "you just saw a pack of masks listed for $900, and you feel this is unethical"


@pytest.mark.parametrize(
    "text",
    [
        "@Acme dear acme team my channel passed 1k subscribers but the tab is not enabled",
        "@Acme Hello team acme my channel passed 1k subscribers but the tab is not enabled",
    ],
)
def test_a_team_addressed_before_the_telling_is_no_part_of_it(text: str) -> None:
    said = reflect([text], "en")
    assert said == "your channel passed 1k subscribers but the tab is not enabled"


def test_a_question_run_into_a_telling_is_quoted_not_turned_into_our_statement() -> None:
    said = reflect(
        ["@Acme my pc just broke and i want to download the game again could you help me"], "en"
    )
    assert said == (
        "you said “my pc just broke and i want to download the game again could you help me”"
    )
    said = reflect(["@Acme I bought the card and could you believe it, nothing arrived."], "en")
    assert "could we" not in said


def test_a_short_question_of_small_words_is_kept_but_not_an_exclamation() -> None:
    said = reflect(["@Acme I got a text that my order was cancelled. Which one is it?"], "en")
    assert said.endswith("and you're asking “Which one is it?”")
    said = reflect(["@Acme I cannot make calls or send texts on my phone. WHAT IS THIS?"], "en")
    assert said == "you cannot make calls or send texts on your phone"


def test_a_links_label_goes_with_the_link() -> None:
    said = reflect(
        ["@Acme my account has not been verified. My account link is: https://x.io/a"], "en"
    )
    assert said == "your account has not been verified"


def test_a_clause_opening_with_since_before_a_name_is_not_taken_for_a_name() -> None:
    said = reflect(["Since Acme Bank wants to close the branch by my house I need to move."], "en")
    assert said.startswith("since Acme Bank wants to close the branch by your house")
