"""English reflections, round 5: broad defaults rather than patches for one message.

Constructed cases: slips mended in the bot's voice, the problem clause kept over background,
no "but" contrasting a clause left out, run-ons and other voices quoted, a glued question
asked apart.
"""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect
from dialogues.reflection.clauses import MORE
from dialogues.reflection.en_tidy import (
    announcement,
    company_names,
    edges,
    keep_problems,
    others_or_run_on,
    role,
    tidy,
    unlinked,
)
from dialogues.reflection.units import Unit


@pytest.mark.parametrize(
    ("said", "mended"),
    [
        ("you dont want to wait", "you don't want to wait"),
        ("you cant log in and it didnt sync", "you can't log in and it didn't sync"),
        ("it wont start the download", "it won't start the download"),
        ("you get a error with login", "you get an error with login"),
        ("you've been on hold for over a hour", "you've been on hold for over an hour"),
        ("its telling you the password is wrong", "it's telling you the password is wrong"),
        ("idk what to do tonight", "you don't know what to do tonight"),
        ("you're on windows 10 btw", "you're on windows 10"),
        ("even tho you're signed in", "even though you're signed in"),
        ("However, you are now thinking of leaving", "but you are now thinking of leaving"),
        ("you're try to upgrade your seat", "you're trying to upgrade your seat"),
        ("You're try to upgrade", "You're trying to upgrade"),
        (
            "you tryed everything becuase it happend twice",
            "you tried everything because it happened twice",
        ),
        (
            "your dad have a problem and he dont know why",
            "your dad has a problem and he doesn't know why",
        ),
        ("everytime you log in it freezes", "every time you log in it freezes"),
        ("that's brilliant Thankyou so much", "that's brilliant"),
        ("you want to say thank you", "you want to say thank you"),
        ("your mail id ,don't know why", "your mail id, don't know why"),
        ("it did not come with the ink , you called", "it did not come with the ink, you called"),
    ],
)
def test_common_slips_are_mended_in_the_bots_voice(said: str, mended: str) -> None:
    assert tidy(said) == mended


@pytest.mark.parametrize(
    "said",
    ["you can take it or leave it", "it kept its shape", "the dog wont be walked", "a user"],
)
def test_words_that_only_look_like_slips_stay(said: str) -> None:
    assert tidy(said) == said


def test_slips_are_mended_in_a_whole_reflection_but_never_inside_a_quote() -> None:
    text = "@Shop I dont want to wait another week and I cant log in, I get a error every time"
    out = reflect([text], "en")
    assert "you don't want to wait" in out
    assert "you can't log in" in out
    assert "an error" in out
    assert "dont" not in out and "cant" not in out
    quoted = reflect(["@Shop why cant I log in?"], "en")
    assert "“why cant I log in?”" in quoted  # the customer's own words, as written


def test_the_problem_clause_is_kept_over_background() -> None:
    text = (
        "I know syncing is hard to build, but I would pay double for any cloud drive that lets"
        " me switch between accounts quickly. For instance, I keep a separate work drive and a"
        " personal drive on the same laptop. When a colleague shares a folder and I'm signed in"
        " to the wrong drive it's such a pain."
    )
    out = reflect([text], "en")
    assert "it's such a pain" in out
    assert "for instance" not in out.lower()


def test_role_counts_failures_and_requests_over_bare_negation() -> None:
    background = Unit("Recently I haven't played much", 0, False)
    failure = Unit("the game keeps crashing on start", 1, False)
    request = Unit("please bring my channel back", 2, False)
    assert role(background) < 2 <= role(failure)
    assert role(request) >= 2
    assert role(Unit("I live in Ohio", 3, False)) == 0


def test_keep_problems_trades_background_for_a_left_out_problem() -> None:
    units = [
        Unit("My printer is new", 0, False),
        Unit("I keep it in the study", 1, False),
        Unit("it prints blank pages and the tray is broken", 2, False),
    ]
    assert keep_problems(units, [0, 1]) == [0, 2]  # the opening stays: what follows leans on it
    # one clause kept: nothing to trade, but a problem of a few words joins while room allows
    assert keep_problems(units, [0]) == [0, 2]
    long = Unit(
        "it prints blank pages and the tray is broken and the lid is cracked at the side", 2, False
    )
    assert keep_problems([*units[:2], long], [0]) == [0]  # past 16 words: nothing to trade


def test_a_but_whose_first_half_was_left_out_loses_its_but() -> None:
    units = [
        Unit("I can't get my farm to load", 0, False, 1),
        Unit("but I can never plant any seeds", 2, False, 2, " "),
        Unit(MORE, 3, False, -1),
    ]
    out = unlinked(units)
    assert out[1].text == "I can never plant any seeds"
    assert out[1].glue == ""
    kept = [Unit("it was fine", 0, False, 1), Unit("but now it fails", 1, False, 1, " ")]
    assert unlinked(kept) == kept  # its first half is there: the contrast stays


@pytest.mark.parametrize(
    ("clause", "quoted"),
    [
        ("none of this is true i only have one strike", True),
        ("nothing syncs anymore I'm not seeing the icon", True),
        ("I can't recover my work account there are no instructions anywhere", True),
        ("it gives me this message: you are not allowed to sign in", True),
        ("Me: I want to log in", True),
        ("Shop: Then shut it down", True),
        ("I keep getting a message The game services are unavailable", True),
        ("DO NOT CLICK ON the link", True),
        ("please contact me your website is too confusing", True),
        ("they told me my bag was lost", False),
        ("Never got my tickets", False),
        ("I keep getting an error message when I log in", False),
        ("now there is no one at the desk", False),
        ("I'm hoping there is a spare seat", False),
        ("the fact there was a delay is bad", False),
        ("but today I can't even start it", False),
        ("it says there are no seats left", False),
    ],
)
def test_run_ons_and_other_voices_are_quoted(clause: str, quoted: bool) -> None:
    assert others_or_run_on(clause) is quoted


def test_an_error_message_after_a_colon_is_never_shifted() -> None:
    out = reflect(["@Mail the login page gives me this message: you are not allowed here"], "en")
    assert "we are not allowed" not in out
    assert "“the login page gives me this message: you are not allowed here”" in out


def test_a_because_of_phrase_stays_inside_its_quote() -> None:
    text = "@Mail my account was locked because of this I can't recover it there are no guides"
    out = reflect([text], "en")
    assert "because you said" not in out
    assert "“my account was locked because of this I can't recover it" in out


def test_a_when_question_run_on_to_a_statement_is_asked_apart() -> None:
    out = reflect(["@Game I bought a gift card yesterday when do I get my credit"], "en")
    assert out == "you bought a gift card yesterday, and you're asking “when do I get my credit?”"


def test_a_however_mid_reflection_reads_as_but() -> None:
    out = reflect(["@App I love this app and use it daily. However, I am now leaving"], "en")
    assert out == "you love this app and use it daily, but you are now leaving"


def test_what_should_i_do_with_an_exclamation_is_asked() -> None:
    out = reflect(["@Mail someone hacked my account. What should I do!!!"], "en")
    assert "you're asking “What should I do" in out


def test_company_names_come_from_handles_without_their_affixes() -> None:
    names = company_names(["@GameSupport @TeamTube @AskStation @hulu_support hi"])
    assert names == frozenset({"game", "tube", "station", "hulu"})


def test_edges_drop_an_asking_tail_a_vocative_and_a_dangling_piece() -> None:
    names = frozenset({"game", "tube"})
    units = [
        Unit("game i need both accounts even though i'm signed in, can you", 0, False, 1),
        Unit("please help", 1, False, 1, " "),
        Unit("if the shop caps fonts (which is silly) then", 2, False, 2),
        Unit("please bring my channel back tube", 3, False, 3),
        Unit("Game is down for everyone", 4, False, 4),
        Unit("that's a poor process then", 5, False, 5),
    ]
    out = [u.text for u in edges(units, names)]
    assert out == [
        "i need both accounts even though i'm signed in",
        "please help",
        "please bring my channel back",
        "Game is down for everyone",  # the subject, not a vocative
        "that's a poor process then",  # a "then" with no "if" before it ends its clause
    ]


def test_a_piece_cut_on_is_is_left_out_but_where_it_is_stays() -> None:
    units = [Unit("the new transfer is", 0, False, 1), Unit("I know where it is", 1, False, 2)]
    assert [u.text for u in edges(units, frozenset())] == ["I know where it is"]


def test_a_company_name_before_a_modal_is_the_subject() -> None:
    out = reflect(["@Shop @Rival Rival WOULD NOT change my order. The agent said no."], "en")
    assert "Rival would not change your order" in out


def test_an_aside_between_dashes_stays_in_its_sentence() -> None:
    out = reflect(["@Shop The move to the new app is - as expected - a total mess."], "en")
    assert out == "the move to the new app is, as expected, a total mess"


def test_a_swear_inside_a_word_is_the_customers_to_keep_quoted() -> None:
    out = reflect(["@Shop The move to the new app is a total clusterfuck."], "en")
    assert out.startswith("you said “")


def test_a_so_mid_sentence_is_kept_and_one_opening_the_reflection_is_not() -> None:
    text = (
        "@Game I have a problem with my login. I reset my phone and lost the app in the process,"
        " so now I can't get my code. Please help"
    )
    out = reflect([text], "en")
    assert "in the process, so now you can't get your code" in out
    assert reflect(["@Game So far so good!"], "en") == "you said “So far so good”"


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        ("Our stores are open for customers who need us. Stay safe.", True),
        ("Big news! Together with Acme, we'll have more towers to keep you connected.", True),
        ("@Shop we booked with you and you lost our bags", False),
        ("We're stuck at the gate and you won't tell us why", False),
        ("I think we'll have to cancel, can you refund me?", False),
    ],
)
def test_a_companys_announcement_is_told_apart_from_a_customer(text: str, theirs: bool) -> None:
    assert announcement([text]) is theirs


def test_an_announcement_is_quoted_never_shifted() -> None:
    out = reflect(
        ["Our stores are open for customers who need us. We are closing a few early."], "en"
    )
    assert "your stores" not in out and "need you" not in out
    assert out.startswith("you said “Our stores are open for customers who need us”")


def test_you_after_keeping_is_nobodys_company() -> None:
    out = reflect(["@Shop the update is keeping you connected they say, it crashed twice"], "en")
    assert "keeping we" not in out
