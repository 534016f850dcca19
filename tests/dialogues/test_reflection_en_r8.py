"""English reflections, round 8: constructed cases for the judged faults of seed 20261131."""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect


def _said(text: str) -> str:
    return reflect([text], "en")


def test_a_negated_plea_is_asked_as_not_to() -> None:
    out = _said("@Shop Please don't let him sell fake tickets on your site")
    assert "you'd like us not to let him sell fake tickets on our site" in out
    assert "to don't" not in out


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        ("@Game my profile is hacked help please", "your profile is hacked", "hacked help"),
        ("@Box my console is broken help", "your console is broken", "broken help"),
    ],
)
def test_a_plea_glued_onto_a_statement_is_not_told(text: str, kept: str, gone: str) -> None:
    out = _said(text)
    assert kept in out and gone not in out


def test_help_that_is_needed_stays_told() -> None:
    assert "you need help" in _said("@Shop I need help. My order never came")


def test_a_question_run_onto_a_statement_is_not_said_as_fact() -> None:
    out = _said("@Box my console won't turn on whay is this?")
    assert "your console won't turn on" in out
    assert "whay is this" not in out


def test_a_rhetorical_question_is_never_stated_as_fact() -> None:
    out = _said("@Game why do the servers keep dropping? I pay for the game to deal with this?")
    assert "you pay for the game" not in out
    assert "“I pay for the game to deal with this?”" in out


def test_a_clause_whose_object_was_a_tag_is_left_out() -> None:
    out = _said("@Shop the masks should go to nurses first. We need #MasksNow")
    assert "the masks should go to nurses first" in out
    assert not out.rstrip(". ").endswith("you need")


def test_so_much_for_keeps_its_so() -> None:
    out = _said(
        "@Printer why won't my printer take refilled ink? So much for being green. NONSENSE"
    )
    assert "much for being green" in out
    assert "“much for" not in out


def test_a_dot_before_a_question_mark_goes() -> None:
    out = _said("@Printer why won't my printer take ink bought at Costco.?!?!")
    assert ".?" not in out and "Costco?" in out


def test_personal_data_in_brackets_goes_without_its_sentence() -> None:
    out = _said(
        "@Laptops opened a ticket since the phone line is busy (5030799148) about my screen "
        "getting cracked at the hinge. Apparently many people have this issue. Any fix?"
    )
    assert "cracked at the hinge" in out
    assert "5030799148" not in out and "(" not in out


def test_a_problem_with_too_is_kept_over_a_bare_negation() -> None:
    out = _said(
        "@Tube I uploaded a song, and now the intro is WAY too quiet, and I need to raise it, "
        "but I don't wanna delete the entire song. Is there way to fix this, or can you PLEASE "
        "add a feature that will allow me to adjust it?"
    )
    assert "too quiet" in out


def test_wondering_if_is_the_request_kept_over_background() -> None:
    out = _said(
        "@Game Hey so I play on my xbox and I was thinking of getting a ps4 because my friends "
        "play there. I was wondering if I can move my progress from my xbox to ps4 with my "
        "club account. I read a little online and it seems like I can"
    )
    assert "wondering if you can move your progress" in out


def test_a_strong_problem_a_little_longer_still_replaces_background() -> None:
    out = _said(
        "@Air Do you have any flights coming out of Lima to Miami, Tampa or Orlando in the next "
        "few days? My sister is stranded in Lima for about 3 weeks because @OtherAir keeps "
        "canceling her flights no longer can afford hotel stay. We are desperate to get her "
        "out of there."
    )
    assert "your sister is stranded" in out


def test_a_hyphenated_number_word_is_no_list_item() -> None:
    out = _said(
        "@Bank On 2-Step Verification page you need 2 put a 2nd box so that when 2-Step "
        "Verification shows up it sends the code 2 my new number instead"
    )
    assert "so that when," not in out
    assert "2-Step Verification" in out


def test_a_dash_signature_as_a_customer_is_not_said_back() -> None:
    out = _said("@Shop I never received my lamp I ordered weeks ago.   - a very unhappy customer")
    assert "you never received your lamp" in out
    assert "unhappy customer" not in out


def test_a_glued_question_is_not_part_of_the_request() -> None:
    out = _said(
        "@Tube I'm losing views since last week. Please give me advice and how can i fix it"
    )
    assert "you'd like us to give you advice" in out
    assert "how can you fix" not in out


def test_a_hedged_accusation_is_quoted_never_our_admission() -> None:
    out = _said("@Shop my book never came. You guys want me to fail my exam seems like it")
    assert "we want you to fail" not in out
    assert "“You guys want me to fail my exam seems like it”" in out


def test_a_sentence_joined_mid_reply_loses_its_capital() -> None:
    out = _said(
        "@Game I recently reinstalled java. Now, Minecraft won't launch because it can't find "
        "java. Reinstalling Minecraft didn't help. Any advice?"
    )
    assert "and now, Minecraft won't launch" in out
    assert ", reinstalling Minecraft didn't help, and" in out


def test_a_contraction_joined_mid_reply_loses_its_capital() -> None:
    out = _said(
        "Somehow someone was able to steal my phone number and use it on another device. "
        "They’ve now locked me out of all my emails and I don’t know what to do. @Phone"
    )
    assert out.startswith("somehow someone")
    assert "and they've now locked you out" in out


def test_a_shouted_article_is_said_small() -> None:
    out = _said("HEY @Editor STOP CRASHING WHEN I TRY TO ADD TEXT TO A PROJECT")
    assert "to a project" in out


def test_a_doubled_and_is_said_once() -> None:
    out = _said("@Shop I ordered a lamp and and it arrived broken")
    assert "and and" not in out and "and it arrived broken" in out
