"""English reflections, round 15: tweets' own slips mended before reading (constructed tweets)."""

from __future__ import annotations

from dialogues.reflection import en_tweet, reflect


def _said(text: str) -> str:
    return reflect([text], "en")


def test_a_stray_closing_i_is_never_said_back_as_you() -> None:
    out = _said("@Acme I renewed my plan but my profile still says I'm on the free tier Help me i")
    assert not out.endswith("you you")
    assert "help you" in out
    assert _said("Waiting two weeks for a refund from @Acme i") == (
        "you're waiting two weeks for a refund from Acme"
    )


def test_an_i_after_a_link_is_left_where_the_text_ended() -> None:
    assert en_tweet.message("When is the sale #Deals https://t.co/x i").endswith("x i")


def test_a_handle_inside_a_noun_phrase_is_no_new_sentence() -> None:
    out = _said("Ordered an @4711 Smart Speaker and it won't pair with my phone")
    assert out == "you ordered a Smart Speaker and it won't pair with your phone"
    assert "4711" not in _said("I really like the new @4711 update")


def test_a_handle_that_is_the_subject_stays() -> None:
    assert _said("My @4711 has expired again") == "your 4711 has expired again"


def test_an_email_address_goes_and_the_telling_stays() -> None:
    for address in ("jane.roe@example.org", "__email__"):
        told = f"@Acme please reset my login {address} I've written three times with no answer"
        out = _said(told)
        assert out == (
            "you'd like us to reset your login, and you've written three times with no answer"
        )


def test_the_letter_i_of_the_ios_glitch_is_quoted_never_you() -> None:
    out = _said("I can't type the letter I\ufe0f in any app since the update")
    assert "letter ‘I’" in out
    assert "letter you" not in out
    assert _said("Why is this happening I\ufe0f I\ufe0f I\ufe0f @Acme") == (
        "you're asking “Why is this happening?”"
    )


def test_a_run_on_parts_where_a_capital_starts_the_next_line() -> None:
    out = _said("I added 3 albums to my library Stop shuffling other songs into it")
    assert out == (
        "you added 3 albums to your library, and you'd like us to stop shuffling other songs "
        "into it"
    )
    assert _said("@Acme the export keeps failing Can't even save a draft") == (
        "the export keeps failing, and you can't even save a draft"
    )


def test_still_before_a_capital_is_no_seam() -> None:
    assert "still Don't" in en_tweet.message("they lost it and still Don't have my bag")


def test_a_closing_anyone_else_is_asked() -> None:
    out = _said("My phone restarts every night when charging Anyone else @Acme")
    assert out.endswith("you're asking “Anyone else?”")


def test_an_escaped_ampersand_between_words_is_and() -> None:
    assert _said("@Acme I returned the lamp&amp;I still paid the shipping") == (
        "you returned the lamp and you still paid the shipping"
    )
    assert "s&m" in en_tweet.message("when s&amp;m isnt on the app")


def test_a_sign_off_with_love_is_no_telling() -> None:
    out = _said("your update broke my widgets Fix them Love\U0001f499 Sad user")
    assert "Love" not in out
    assert "Sad user" not in out and "sad user" not in out


def test_another_language_is_quoted_whole_never_shifted_nor_dropped() -> None:
    # An empty reply was read as not heard (stop 18's blind A/B): the words are quoted as written.
    out = _said("@Acme ayuda por favor no puedo entrar en mi cuenta")
    assert "“ayuda por favor no puedo entrar en mi cuenta”" in out, out


def test_a_question_run_on_into_the_telling_is_asked_never_an_order() -> None:
    out = _said("Do you guys see this It's 9:15 and the courier says delivery stopped at 8PM.")
    assert out.startswith("you're asking “Do you guys see this?”")
    assert "like us to do" not in out


def test_a_stop_before_the_handle_and_is_there_after_it() -> None:
    said = _said(". @Acme any ideas its really annoying")
    assert said == "you said “any ideas its really annoying”"
    out = _said("@Acme is there a way to sort my playlist by date...if that makes sense?")
    assert out.startswith("you're asking “is there a way to sort my playlist by date?”")
    assert _said(".@Acme handled my question like pros.") == "Acme handled your question like pros"


def test_handles_between_two_sentences_end_the_first() -> None:
    out = _said(
        "The support team never answers my messages Please help me @Acme @AcmeHelp my "
        "subscription is wasting"
    )
    assert "help you Acme" not in out
    assert "your subscription is wasting" in out
    assert "Mia Acme I love" not in _said("Oh my god @Acme I love you but the advert is awful")


def test_a_retweet_is_never_read_as_the_customer_telling() -> None:
    assert "fleet" not in _said("Brands: Stop this. No, stop. RT @Acme Our fleet's on fleek.")


def test_a_closing_feeling_is_said_of_its_own() -> None:
    out = _said(
        "why do you show me the deal and then refuse it after I've entered my card Frustrating"
    )
    assert out.endswith(", and it's frustrating")


def test_the_glitch_i_before_a_new_line_goes() -> None:
    out = _said("Stream is delayed i Still waiting on @Acme to deliver my console")
    assert out.endswith("and you're still waiting on Acme to deliver your console")


def test_a_conditional_question_without_its_mark_is_asked() -> None:
    out = _said("@Acme If I buy a gift card in Canada, could I use it in the US")
    assert out == "you're asking “If I buy a gift card in Canada, could I use it in the US?”"


def test_at_least_let_me_know_is_a_plea_to_us() -> None:
    out = _said("It restarts every day Atleast let me know what the reason is")
    assert out == (
        "it restarts every day, and you'd like us to at least let you know what the reason is"
    )
    assert _said("I paid at least three times") == "you paid at least three times"


def test_any_chance_you_could_help_is_a_plea_said_whole() -> None:
    out = _said("@Acme the support desk there is useless. any chance you could help?")
    assert out.endswith("you'd like us to help")
    assert "“any chance you could”" not in out
    assert _said("any chance you will by this summer?") == (
        "you're asking “any chance you will by this summer?”"
    )


def test_typed_laughter_is_no_telling() -> None:
    out = _said("The letter is replaced with a box on my phone Haw! Haw! Haw!")
    assert "Haw" not in out


def test_a_links_ampersands_are_never_spaced_out_of_it() -> None:
    out = reflect(
        ["My order page is broken: https://example.com/o?id=4&mv=social&mv2=owned_social link"],
        "en",
    )
    assert "mv2" not in out and "owned_social" not in out, out
    assert "order page is broken" in out
