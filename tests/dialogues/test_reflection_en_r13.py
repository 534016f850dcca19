"""English reflections, round 13: constructed support tweets for the third judged sample."""

from __future__ import annotations

from dialogues.reflection import en_short, en_whole, reflect


def _said(text: str) -> str:
    return reflect([text], "en")


def test_a_shift_that_breaks_the_verb_is_quoted_whole() -> None:
    out = _said("@Acme I'm am really upset with the new update, and I have loved the old one.")
    assert "you're am" not in out
    assert "“I'm am really upset with the new update" in out


def test_a_broken_verb_is_told_from_a_shifted_object() -> None:
    assert en_whole.broken("you're am upset")
    assert not en_whole.broken("the refund for 2 of you is still missing")
    assert _said("@Acme The refund for 2 of us is still missing") == (
        "the refund for 2 of you is still missing"
    )


def test_a_shortened_ex_ends_no_sentence() -> None:
    out = _said("@Acme The app fails on Safari while other browsers ex. Opera still work fine.")
    assert out == "the app fails on Safari while other browsers ex. Opera still work fine"


def test_a_quote_keeps_its_comma_before_please() -> None:
    out = _said('@Acme It shows "Something went wrong, please try again later" only on my laptop.')
    assert "'Something went wrong, please try again later'" in out


def test_a_screen_text_is_never_our_request() -> None:
    out = _said("@Acme My app stopped working, it shows An errror occured please try again later.")
    assert "you'd like us to try again" not in out
    assert "‘An error occured please try again later’" in out


def test_a_title_with_a_hyphen_is_one_quote() -> None:
    out = _said("@Acme When will you add Sam Smith - Diamonds in the store? Great song!")
    assert "“When will you add Sam Smith - Diamonds in the store?”" in out


def test_a_bracket_after_dots_leaves_no_stray_bracket() -> None:
    out = _said(
        "@Acme I bought a gift card for my son... ( paid in cash.. ) Now he wants to use it"
        " online and it asks for a card"
    )
    assert out.startswith("you bought a gift card for your son (paid in cash), and now he wants")
    assert out.count("(") == out.count(")")


def test_a_plea_run_into_the_telling_is_not_split_across_parts() -> None:
    out = _said("@Acme I deleted the game and 12 levels became 3 help please we played together")
    assert "became 3 help" not in out
    assert "“please we" not in out
    assert "you'd like us to help" in out


def test_a_feature_name_is_never_a_request() -> None:
    out = _said("@Acme my dad lost his phone. Find my phone is not on. How to find it?")
    assert "you'd like us to find" not in out
    assert "‘Find my phone’ is not on" in out


def test_an_opening_hashtag_is_not_the_one_needing_help() -> None:
    assert _said("#acme need help logging in. My phone isn't getting the code.") == (
        "you need help logging in, and your phone isn't getting the code"
    )
    assert _said("#Acme needs to fix this now") == "Acme needs to fix this now"


def test_a_cut_quote_never_opens_on_a_word_pointing_back() -> None:
    text = (
        "I lost my game account and then I tried to reset my password but that didn't work and"
        " the email link didn't work either I also have a receipt code but I don't know how"
    )
    assert not en_short.part(text).startswith("… that")
    out = _said("@Acme " + text)
    assert "“… that" not in out
    assert "lost your game account" in out or "lost my game account" in out


def test_a_cut_quote_never_closes_on_a_stranded_preposition() -> None:
    text = (
        "I just noticed that songs I have played maybe twice were added to a shared playlist"
        " which I'm really very careful about"
    )
    assert en_short.part(text) == text


def test_the_clause_naming_its_own_subject_outweighs_one_pointing_back() -> None:
    text = (
        "I phoned your tech support who couldn't help me because he also insists I read back"
        " to him my login code that I am not getting"
    )
    assert en_short.part(text).startswith("I phoned your tech support who couldn't help me")


def test_handles_labelling_the_points_of_a_list_keep_their_names() -> None:
    out = _said(
        "Lockdown Streaming Reviews  The Good @acmetv: Watched Dark Tide 👍 @zettaplus: Worked"
        " Perfect  The Bad @QuixHelp: @sports30 won't stream last 2 days w/o cont. buffering 1/2"
    )
    assert "acmetv: Watched Dark Tide" in out
    assert "zettaplus: Worked Perfect" in out
    assert ": Worked" not in out.replace("zettaplus: Worked", "")
    assert out.endswith("w/o cont. buffering”")


def test_a_cited_tweet_keeps_its_handle_out() -> None:
    assert "united" not in _said("Decisions Decisions @Lee @united:  We'd love for you to try.")
    assert _said("@AcmeAir: my flight was cancelled and nobody told me") == (
        "your flight was cancelled and nobody told you"
    )


def test_an_error_code_is_no_phone_number() -> None:
    out = _said("@Acme Error 0x30005001 i ve been disconnected cant log on")
    assert "0x30005001" in out
    assert "you ve" not in out
    assert _said("@Acme call me on 0812345678 please") == ""


def test_a_stop_glued_after_a_quoted_error_parts_two_sentences() -> None:
    out = _said(
        '@Acme My problem is that every time I try to play, this shows up "Unable to connect'
        ' at this time[Error:0x50000006]".Plz help me out.'
    )
    assert "[Error:0x50000006]'”" in out
    assert "you'd like us to help you out" in out


def test_a_call_before_the_handles_takes_them_with_it() -> None:
    out = _said("Bruh @AcmeGames @AcmeSupport I lost my shack and it says I have to pay 250")
    assert out == "you lost your shack and it says you have to pay 250"
    assert _said("hey you guys rock") == "you think we rock"


def test_being_told_one_is_not_on_a_plan_is_the_problem_said() -> None:
    out = _said(
        "@Acme I need help with my account. I signed up for the phone upgrade plan in May and"
        " have been paying a monthly \"Phone Upgrade Plan\" payment. Now I'm told I'm not on"
        " the plan. No one seems to be able to help. Anyone?"
    )
    assert "I'm told I'm not on the plan" in out


def test_a_thing_that_disappeared_is_the_problem_said() -> None:
    out = _said(
        "@Acme I've been having some issues with the game. I was playing with a friend and I was"
        " riding my new bike and i went afk for about 3 minutes and once I came back it had"
        " disappeared and I called my mechanic"
    )
    assert "it had disappeared" in out


def test_a_run_of_labelled_data_goes_and_the_problem_before_it_stays() -> None:
    out = _said(
        "Please I hope you can get my account activated because I cant view ever since i paid"
        " the subscription on this smart card no: 10052470000, account name: Jane Doe, email"
        " address: jane_doe@example.com and phone number: 08031234567 on the 1st of March"
    )
    assert "I cant view ever since i paid the subscription" in out
    assert "Jane" not in out and "1005" not in out and "@" not in out
