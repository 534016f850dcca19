"""English reflections never say a cut piece: the holes a removed handle or hashtag leaves.

Constructed cases, one per pattern the round-4 judges marked "wrong".
"""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect
from dialogues.reflection.en_guard import cut_short


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("I'm trying to get replacement bumpers for my", True),
        ("you are currently contributing to the", True),
        ("you haven't been this angry since the coach left the", True),
        ("I keep getting hung up on", False),
        ("it was paid for", False),
        ("I never felt better taken care of", False),
        ("they made me check my carry-on", False),
        ("Shame on you for treating her like this", False),
        ("what is this for?", False),
    ],
)
def test_a_clause_ending_where_a_noun_was_is_cut_short(text: str, cut: bool) -> None:
    assert cut_short(text) is cut


def test_a_hashtag_removed_at_the_end_leaves_no_hole() -> None:
    text = (
        "@Shop please can you ban people from selling masks on your site"
        " - you are fuelling the #MaskPanic"
    )
    out = reflect([text], "en")
    assert "masks on your site" in out
    assert not out.rstrip("”. ").endswith("the")
    # r27: a tag after "the" is kept as its word ("fuelling the MaskPanic"), never a hole
    assert "fuelling the”" not in out and "fuelling the," not in out


def test_a_hashtag_removed_after_for_my_drops_the_clause_and_its_but() -> None:
    text = (
        "@Support I'm trying to get new rubber feet for my #Laptop #Model9. "
        "The part number is X1 but I cant find a way to order them. Can you help?"
    )
    out = reflect([text], "en")
    assert "for your" not in out
    assert not out.startswith("but")
    assert "find a way to order them" in out


def test_a_credit_via_a_handle_loses_its_via() -> None:
    out = reflect(["Blue Glass Vase and Jug https://example.com/x via @Shop"], "en")
    assert "Blue Glass Vase and Jug" in out
    assert "via" not in out


def test_as_well_is_no_filler() -> None:
    out = reflect(["The video was blocked in three countries as well."], "en")
    assert "as well" in out


def test_a_conditional_running_into_its_question_is_one_quote() -> None:
    text = (
        "@Air if I were to buy a flight for late summer, and the virus is still here, "
        "would I be able to get a refund?"
    )
    out = reflect([text], "en")
    assert out.startswith("you're asking “if I were to buy a flight")
    assert "“and" not in out
    assert out.count("“") == 1


def test_a_sentence_opening_on_a_keeps_no_mid_capital() -> None:
    out = reflect(["can you help me? A video I uploaded was blocked in two countries."], "en")
    assert ", and A video" not in out
    assert "a video you uploaded was blocked" in out


def test_a_request_running_into_an_i_clause_is_quoted_whole() -> None:
    out = reflect(["@Shop I keep cancelling my plan pls stop I am broke"], "en")
    assert "like us to stop you are" not in out
    assert "“pls stop I am broke”" in out


def test_forgetting_ones_own_password_is_not_put_on_the_company() -> None:
    out = reflect(["@mail forgot the password to my old email address..please assist.."], "en")
    assert "we forgot" not in out
    assert "forgot the password to my old email address" in out


def test_a_company_that_forgot_a_bag_is_still_the_subject() -> None:
    assert reflect(["@Air forgot my bag in Denver."], "en").startswith("we forgot your bag")


@pytest.mark.parametrize("mark", ["‘", "'"])
def test_someone_elses_words_in_single_quotes_keep_their_i(mark: str) -> None:
    close = "’" if mark == "‘" else "'"
    said = f"{mark}Some may even die, I don't know.{close}"
    text = f"The former CEO wants everyone back at work, saying {said}"
    out = reflect([text], "en")
    assert "you don't know" not in out
    assert "I don't know" in out


@pytest.mark.parametrize(
    "text",
    [
        "@Mail I expect a quick answer respectfully Lilian Surubaru",
        "@Mail I expect a quick answer. Thanks, Lilian",
        "@Mail I expect a quick answer. Kind regards, Lilian Surubaru-Pop",
    ],
)
def test_a_signed_name_is_never_said_back(text: str) -> None:
    out = reflect([text], "en")
    assert "Lilian" not in out
    assert "quick answer" in out


def test_a_sign_off_word_followed_by_small_words_is_kept() -> None:
    assert "love flying" in reflect(["@Air thanks for the upgrade, love flying with you"], "en")


def test_a_when_clause_is_a_time_not_a_question_and_a_handles_s_stays_glued() -> None:
    text = (
        "When I export a clip with @VideoApp 's Full Preset, it pretends to export 1080p "
        "but the final file is 832p. I expect more from pricey software!"
    )
    out = reflect([text], "en")
    assert "asking" not in out
    assert "VideoApp's Full Preset" in out
    assert "you expect more from pricey software" in out


def test_when_with_an_auxiliary_still_asks() -> None:
    assert reflect(["when will you fix the app"], "en").startswith("you're asking")
