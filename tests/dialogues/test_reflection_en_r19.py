"""English reflections, round 19: glued marks, run-on seams, corpus leftovers, handles, labels."""

from __future__ import annotations

from dialogues.reflection import reflect


def _said(text: str) -> str:
    return reflect([text], "en")


def test_a_name_ending_in_now_is_never_parted() -> None:
    assert _said("@HelpDesk I have an order on Prime Now but was charged for delivery") == (
        "you have an order on Prime Now but was charged for delivery"
    )


def test_marks_typed_without_a_space_are_seams_never_glued_words() -> None:
    said = _said("@HelpDesk my parcel I paid for came late.why not?i paid extra for it.where is it")
    assert "late.why" not in said and "not?you" not in said and "it.where" not in said
    assert "you paid extra for it" in said
    assert "shop.com" in _said("@HelpDesk the checkout at shop.com keeps failing on my phone")


def test_the_corpus_leftovers_of_3rd_and_amp_are_said_as_words() -> None:
    assert _said("@HelpDesk this is the ord time my order was lost by a ord party courier") == (
        "this is the third time your order was lost by a third party courier"
    )
    assert _said("@HelpDesk the box came empty camp nobody answers my calls") == (
        "the box came empty and nobody answers your calls"
    )
    assert _said("@HelpDesk @4711 camp @Other my router keeps dropping") == (
        "your router keeps dropping"
    )
    assert _said("@HelpDesk I set up a camp in the game and my camp disappeared") == (
        "you set up a camp in the game and your camp disappeared"
    )


def test_lemme_is_let_me_and_a_day_before_am_is_the_morning() -> None:
    assert _said("Lemme know when @HelpDesk is going to fix the lag on my new phone") == (
        "you'd like us to let you know when HelpDesk is going to fix the lag on your new phone"
    )
    said = _said("@HelpDesk I ordered it Friday am I got a mail saying it shipped")
    assert "Friday morning" in said and "are you" not in said


def test_a_capital_inside_a_line_is_left_where_the_customer_put_it() -> None:
    # A blind gate found parting run-ons at a capital worse ("you purchased, and gold …").
    assert _said("@HelpDesk I purchased Gold but no game came with it") == (
        "you purchased Gold but no game came with it"
    )
    assert _said("@HelpDesk the app logged me out Tried to log back in but the password fails") == (
        "the app logged you out Tried to log back in but the password fails"
    )
    assert "Supposed to be here on Monday" in _said(
        "@HelpDesk where is my parcel Supposed to be here on Monday"
    )
    assert _said("Hey guys Could you please look at my account") == (
        "you'd like us to look at your account"
    )


def test_a_capital_that_a_name_or_a_clause_takes_is_never_a_seam() -> None:
    assert _said("@HelpDesk I love the Echo Plus my sister got me") == (
        "you love the Echo Plus your sister got you"
    )
    assert _said("@HelpDesk my account stopped working where Spotify is offered") == (
        "your account stopped working where Spotify is offered"
    )
    assert "Updates possible" in _said("@HelpDesk any further Updates possible?")


def test_a_numbered_handle_after_an_outcry_a_hashtag_or_this_goes() -> None:
    assert _said("I bought this @4711 #gaming headset and the mic broke in a day") == (
        "you bought this gaming headset and the mic broke in a day"
    )
    assert "4711" not in _said("WTF @4711 this is the third outage this month")


def test_a_numbered_handle_a_verb_follows_is_its_subject_and_stays() -> None:
    assert "4711 refused" in _said("WTF @4711 refused to help me again")


def test_when_telling_what_happened_is_told_never_asked() -> None:
    said = _said("When something on my account went wrong and it says the download failed")
    assert not said.startswith("you're asking")
    assert _said("When will my refund arrive") == "you're asking “When will my refund arrive?”"
    assert "how useless they are, and apparently" in _said(
        "How useless @4711 is. Apparently my parcel was delivered though nobody rang"
    )


def test_the_lost_i_is_restored_only_when_no_other_subject_owns_the_verb() -> None:
    said = _said(
        "@HelpDesk my friends made a second account because they are better and don't want"
    )
    assert "and don't want" in said and "and you don't want" not in said
    assert _said("@HelpDesk the door is locked and don't know what to do") == (
        "the door is locked and you don't know what to do"
    )


def test_the_gamer_tag_goes_with_its_article() -> None:
    said = _said("@HelpDesk my profile was deleted can you get it back the gamer tag is Blue_Fox77")
    assert "Blue_Fox77" not in said and not said.rstrip(".”").endswith(" the")


def test_two_questions_joined_by_and_are_asked_apart_never_cut_after_and() -> None:
    assert _said("@HelpDesk are there plans for the box to be back and how can I get news") == (
        "you're asking “are there plans for the box to be back?”, and “how can I get news?”"
    )
    said = _said("@HelpDesk my speaker broke and how can I get it fixed")
    assert "broke?" not in said


def test_wonder_opening_a_sentence_is_the_customers() -> None:
    assert _said("The speaker moved in with me. Wonder how long this will last") == (
        "the speaker moved in with you, and you wonder how long this will last"
    )


def test_an_i_m_inside_a_question_never_cuts_it() -> None:
    # "I'm" often opens a relative clause ("the parcel I'm waiting for"), not a telling.
    assert _said("@HelpDesk why is the parcel I'm waiting for still not here") == (
        "you're asking “why is the parcel I'm waiting for still not here?”"
    )
    assert "if I'm" in _said("@HelpDesk how do I know if I'm eligible for the refund")


def test_a_numbered_handle_after_about_is_never_them() -> None:
    said = _said("I wrote about about @4711 failure to refund me")
    assert "them" not in said and "failure to refund you" in said


def test_a_grunt_of_surprise_is_never_asked_back_nor_said_by_us() -> None:
    assert _said("Huh? What's going on with my order? @HelpDesk") == (
        "you're asking “What's going on with my order?”"
    )
    assert _said("I paid for the premium plan and still get ads huh @HelpDesk") == (
        "you paid for the premium plan and still get ads"
    )


def test_a_small_word_typed_twice_is_said_once() -> None:
    assert _said("@HelpDesk I got a refund of of 5 dollars only") == (
        "you got a refund of 5 dollars only"
    )


def test_a_telling_run_into_a_marked_question_ends_where_it_opens() -> None:
    assert _said("@HelpDesk I bought a speaker for my mum do they also need a hub?") == (
        "you bought a speaker for your mum, and you're asking “do they also need a hub?”"
    )
    assert "are we?" in _said("@HelpDesk reselling hoarded paper for a huge profit are we?")


def test_a_plea_for_ideas_glued_to_the_telling_is_asked_on_its_own() -> None:
    said = _said("@HelpDesk my speakers have a crackling in them any suggestions My system is new")
    assert said == (
        "your speakers have a crackling in them, you're asking “Any suggestions?”, "
        "and your system is new"
    )
    assert "any ideas or do I have to wait" in _said(
        "@HelpDesk the bonus never came any ideas or do I have to wait?"
    )


def test_wondering_opening_a_tweet_is_the_customers_and_a_glued_ampersand_is_a_word() -> None:
    assert _said("@HelpDesk Wondering why my plan costs more&amp; why I lost my playlists") == (
        "you're wondering why your plan costs more and why you lost your playlists"
    )


def test_is_there_a_way_after_but_is_asked_apart() -> None:
    assert _said("@HelpDesk I wrote to the seller but is there a way I can cancel today") == (
        "you wrote to the seller, and you're asking “is there a way I can cancel today?”"
    )


def test_a_capital_but_before_am_left_out_the_customers_i() -> None:
    assert _said("@HelpDesk I have a family plan But am still logged out every day") == (
        "you have a family plan but you are still logged out every day"
    )


def test_a_numbered_handle_opening_before_its_verb_is_who_did_it() -> None:
    assert _said("@4711 says my parcel was delivered but it never came") == (
        "they say your parcel was delivered but it never came"
    )
    assert "4711" not in _said("@4711 problems with streaming at the moment")
