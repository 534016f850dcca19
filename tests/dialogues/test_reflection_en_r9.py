"""English reflections, round 9: constructed cases for the judged faults of seed 20261132."""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect
from dialogues.reflection.en_seams import misspelt


def _said(text: str) -> str:
    return reflect([text], "en")


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "@Game my screen flickers wether I play or not",
            "“my screen flickers wether I play or not”",
        ),
        ("@Mail i need help. it was hack last week", "“it was hack last week”"),
        (
            "@Shop the app says I'm suppose to get a code today",
            "“the app says I'm suppose to get a code today”",
        ),
        (
            "@Shop I was home and there not a single knock on my door",
            "there not a single knock on my door”",
        ),
        (
            "@Game I keep losing dollers every day since the update",
            "“I keep losing dollers every day since the update”",
        ),
    ],
)
def test_a_clause_with_a_slip_is_quoted_never_said_in_our_voice(text: str, quoted: str) -> None:
    out = _said(text)
    assert quoted in out
    assert "you said" in out


@pytest.mark.parametrize(
    "clause",
    [
        "I bought a volatol for 3 million",  # a name written small: no word is one letter off
        "my printhead is missing",  # two words run into one
        "it looks like I have to rebuy it",  # a prefix on a short word
        "the grader's notes are gone",  # a possessive
        "make it work please",  # "it work" after "make" is no broken verb
        "my laptop is broken and I can't fix it",
    ],
)
def test_names_compounds_and_good_grammar_are_no_slip(clause: str) -> None:
    assert not misspelt(clause)


def test_a_slip_quote_in_a_long_telling_is_kept_whole() -> None:
    text = (
        "@Game I have just purchased the megaladon shark card for my account, and I did not "
        "receive the additional money that was promised when purchased before April 2nd"
    )
    out = _said(text)
    assert "“I have just purchased the megaladon shark card" in out
    assert "“…" not in out


@pytest.mark.parametrize(
    ("text", "parted"),
    [
        (
            "i dropped my laptop tonight and it cracked I've had it for about 4 years",
            "it cracked, and you've had it for about 4 years",
        ),
        ("@Game it says the servers are unavailable im playing on ps4", "unavailable, and you're"),
        (
            "@Shop Yes, it's hardware I ran the diagnostic",
            "it's hardware, and you ran the diagnostic",
        ),
        ("@Air your message was delayed I just responded", "was delayed, and you just responded"),
    ],
)
def test_a_clause_glued_on_with_no_seam_is_parted(text: str, parted: str) -> None:
    assert parted in _said(text)


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("@Game the game I bought yesterday crashes", "the game you bought yesterday crashes"),
        ("@Shop the screen is so tiny I can't read it", "so tiny you can't read it"),
        ("@Bank it seems like I need to change banks", "it seems like you need to change banks"),
        ("@Air I was told I would get a refund", "you were told you would get a refund"),
    ],
)
def test_an_i_that_belongs_to_its_clause_is_not_parted(text: str, whole: str) -> None:
    assert whole in _said(text)


@pytest.mark.parametrize(
    ("text", "said", "gone"),
    [
        ("(1/2) @Game I'm not receiving the reset email", "you're not receiving the reset", "1/2"),
        ("@Game Hi All, I have a problem downloading the game", "you have a problem", "all,"),
        ("Bro, @Mail has the worst spam filter I've ever seen", "Mail has the worst", "Bro"),
        ("@Box every file we need is gone lmao send help", "and you'd like us to help", "send"),
        ("@Mail how can i recover my mail help me", "you'd like us to help you", "help you."),
        (".@Tv FIX. THE. APP. NOW.", "you'd like us to fix the", "FIX."),
        (
            "@Game a car is missing from my garage can u pls fix it",
            "you'd like us to fix it",
            "can u",
        ),
    ],
)
def test_vocatives_thread_marks_and_glued_pleas(text: str, said: str, gone: str) -> None:
    out = _said(text)
    assert said in out
    assert gone not in out


def test_an_order_the_company_gave_keeps_the_customers_your() -> None:
    out = _said("@Tv you guys keep saying check your internet connection but it is fine")
    assert "check our internet" not in out
    assert "“you guys keep saying check your internet connection" in out


def test_they_say_to_contact_you_is_still_the_company() -> None:
    out = _said("@Game my code cant be claimed and they say to contact you")
    assert "they say to contact us" in out


def test_a_plea_told_outranks_background_of_the_same_length() -> None:
    out = _said(
        "@Phone I wrote a long note in the notes app in 2016 and forgot the password. I locked "
        "it because I wrote about my dramatic middle school life, please let me open it, I don't "
        "know the password anymore. I'm begging you."
    )
    assert "you'd like us to let you open it" in out


def test_dm_me_is_a_request_kept_over_the_thanks() -> None:
    out = _said(
        "@Tube Hello, a fellow creator has directed me to contact you about the state of my "
        "channel. If you can DM me so we can get to the bottom of this and resolve it. Its a very "
        "important situation, Thank you, a response would be appreciated."
    )
    assert "DM me" in out


@pytest.mark.parametrize(
    ("text", "parted"),
    [
        ("@Shop my order never arrived at my house This is the third time", "house, and this is"),
        ("@Shop your bot keeps posting the same reply That was my flight home", "reply, and"),
    ],
)
def test_a_capital_small_word_after_a_small_word_starts_a_sentence(text: str, parted: str) -> None:
    assert parted in _said(text)


def test_a_title_after_a_small_word_is_not_parted() -> None:
    out = _said("@Game I bought the game The Last Stand and it crashes on launch")
    assert "the game The Last Stand and it crashes" in out


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "@Game Viewing distance only 9 chunks? Textures max. 64 pixels?",
            "“Textures max 64 pixels?”",
        ),
        (
            "@Tube my chat doesn't show on my. Screen but on the site it does",
            "on your screen but on",
        ),
        ("@Tv Come on @hulu put up the new season for me!", "you'd like us to put up the new"),
        ("@Tv Immediately thought of the old show", "you immediately thought of"),
    ],
)
def test_stops_that_end_no_sentence_and_a_come_on_plea(text: str, said: str) -> None:
    assert said in _said(text)


@pytest.mark.parametrize(
    ("text", "told", "asked"),
    [
        (
            "@Game I have an issue with my account which I need resolving, how can I call someone",
            "you have an issue with your account which you need resolving",
            "you're asking “how can I call someone?”",
        ),
        (
            "@Game I bought a texture pack but I can't use it, what can I do?",
            "you bought a texture pack but you can't use it",
            "you're asking “what can I do?”",
        ),
    ],
)
def test_a_question_glued_onto_a_statement_is_asked_apart(text: str, told: str, asked: str) -> None:
    out = _said(text)
    assert told in out and asked in out


def test_an_exclaimed_question_is_quoted_never_said_in_our_voice() -> None:
    out = _said("@Game I still haven't received the discount! What's wrong with the game!")
    assert "and what's wrong" not in out
    assert "“What's wrong with the game" in out


def test_i_been_is_quoted() -> None:
    assert "you said “I been trying to recover" in _said("@Mail I been trying to recover my mail")


def test_a_one_word_how_after_a_telling_does_not_make_it_a_question() -> None:
    out = _said(
        "got an email that @tube suspended my account for no reason how? I had it for years"
    )
    assert "you're asking “got an email" not in out
    assert "got an email that tube suspended your account for no reason" in out


def test_help_me_please_is_one_plea() -> None:
    out = _said("@Game help me please, i get an error message in my garage")
    assert "help you please" not in out
    assert "you'd like us to help you, and you get an error message" in out


def test_a_closing_plz_help_leaves_no_plz_behind() -> None:
    out = _said("@Music my songs keep pausing on my phone or desktop plz help.")
    assert "plz" not in out
    assert "you'd like us to help" in out


@pytest.mark.parametrize(
    "text",
    [
        "@Game the servers are down for me, I play on ps4 my online id is funnyguy100",
        '@Tube I keep losing money since last week. My channel name is "Uplus DKL" Thanks',
    ],
)
def test_an_account_name_is_never_said_back(text: str) -> None:
    out = _said(text)
    assert "funnyguy100" not in out and "Uplus" not in out


def test_an_exclaimed_fragment_with_a_question_mark_does_not_outrank_the_complaint() -> None:
    out = _said(
        "@Game What's wrong with the game on the new phone? The settings can only be set to the "
        "level of a low-end or midrange device. Viewing distance only 9 chunks? Textures max. 64 "
        "pixels? My 3 year old tablet can do that better. Please check. That's not normal."
    )
    assert "the settings can only be set to the level of a low-end or midrange device" in out
    assert "“Viewing distance only 9 chunks?”" not in out


def test_a_short_strong_problem_is_kept_when_a_few_words_allow() -> None:
    out = _said(
        "@Game i already have the old edition installed in my computer so i went to the site to "
        "claim my free copy of the new edition, i redeemed the code and everything, and i cant "
        "find the game. i cant redeem the code again, and its not downloaded anywhere. help?"
    )
    assert "you can't find the game" in out


def test_a_glued_i_after_an_object_pronoun_is_parted_but_not_after_a_when_clause() -> None:
    out = _said(
        "@Mail can you release my old user name so I can create a new account with it I have"
    )
    assert "with it?”" in out or "with it," in out
    kept = _said("@Game when I went to pay for it I used my email and now I cant do anything")
    assert "pay for it, and" not in kept


@pytest.mark.parametrize(
    ("text", "said", "gone"),
    [
        ("@Air i got through and am able to switch my flight", "and are able to switch", "and am"),
        (
            "@Air the crew was great. Fed the ENTIRE cabin from coach",
            "“Fed the ENTIRE cabin",
            "you're fed",
        ),
        ("@Air my flight leaves at 9:30 am tomorrow and I am stuck", "9:30 am", "9:30 are"),
    ],
)
def test_and_am_agrees_and_fed_alone_is_no_feeling(text: str, said: str, gone: str) -> None:
    out = _said(text)
    assert said in out and gone not in out


def test_help_me_what_i_must_do_keeps_its_with() -> None:
    out = _said("@Game the pack wont go onto my game so will you please help me what I must do")
    assert "help you with what you must do" in out
