"""English reflections, round 12: constructed support tweets for the second judged sample."""

from __future__ import annotations

from dialogues.reflection import en_sense, en_short, reflect


def _said(text: str) -> str:
    return reflect([text], "en")


def test_a_thanks_before_a_feeling_keeps_the_feeling() -> None:
    out = _said("@Acme I sent a DM. Thanks I am really glad the chat answered faster than email")
    assert "you are really glad the chat answered faster than email" in out


def test_a_thanks_closed_by_a_handle_keeps_the_problem_after_it() -> None:
    out = _said("@Acme all fine. Thank you for asking @AcmeHelp the speaker won't pair but ok.")
    assert "the speaker won't pair" in out


def test_a_closing_thanks_after_a_telling_is_not_said_back() -> None:
    out = _said("@Acme I changed my laptop and lost my 2FA codes with it, thanks for the help")
    assert out == "you changed your laptop and lost your 2FA codes with it"


def test_a_short_thanks_alone_stays_a_thanks() -> None:
    assert _said("@Acme great, thanks!") == ""


def test_a_thanks_that_turns_to_a_complaint_keeps_both_sides() -> None:
    out = _said("@Acme Appreciate the emails about outages, but the voice menu is slow and long.")
    assert out.startswith("you appreciate the emails about outages, but the voice menu is slow")


def test_a_sign_off_wish_for_a_weekday_is_courtesy() -> None:
    assert _said("@Acme cheers! Have a great Friday.") == ""


def test_a_labelled_case_number_goes_with_its_label() -> None:
    out = _said("@Acme still no answer to my email case no. 99887766 from last week")
    assert "99887766" not in out and "case" not in out
    assert "still no answer to my email from last week" in out


def test_took_a_while_has_it_for_subject() -> None:
    out = _said("@Acme the parts came after lunch. Took a while, but they got here.")
    assert "it took a while, but they got here" in out
    assert "you took" not in out


def test_readers_called_on_are_left_out() -> None:
    out = _said("@Acme The app lost my files twice. And this my friends is why I left it.")
    assert "this is why you left it" in out
    assert "friends" not in out


def test_but_with_a_comma_reads_as_one_seam() -> None:
    out = _said("@Acme I reinstalled the game and rebooted.\nBut, It still shows the old one")
    assert ", but it still shows the old one" in out
    assert "and but" not in out


def test_what_about_before_a_question_is_asked() -> None:
    out = _said("@Acme What about the family plan. If I add a member, do I pay again?")
    assert "you're asking “What about the family plan?”" in out


def test_a_when_clause_cut_by_a_full_stop_joins_its_main_clause() -> None:
    text = "@Acme And now when I plug the charger into the port. The screen goes black"
    assert "when you plug the charger into the port, the screen goes black" in _said(text)


def test_an_ampersand_between_words_is_and_but_names_keep_it() -> None:
    assert en_sense.message("it froze &amp; crashed") == "it froze and crashed"
    assert en_sense.message("Dear Sales & Billing Team") == "Dear Sales & Billing Team"


def test_two_quotes_written_one_after_the_other_are_one_quote() -> None:
    out = _said("@Acme I'm sitting in the lounge. Far too many broken promises. Still nothing.")
    assert "you said “Far too many broken promises. Still nothing”" in out
    assert "”, and “" not in out


def test_one_sentence_cut_without_a_comma_is_never_given_a_stop() -> None:
    out = _said("@Acme I need you to be a better shop")
    assert ". to" not in out


def test_a_left_out_clause_of_harm_is_said_with_the_rest() -> None:
    text = (
        "@Acme It freezes every time you scroll the timeline while editing, makes it near "
        "impossible to use and it has frankly gotten worse over the years. Then a rival offers "
        "a better tool for free, makes it very hard to remain a customer after 9 years."
    )
    out = _said(text)
    assert "very hard to remain a customer" in out
    assert "a few other things" not in out


def test_we_for_people_at_large_is_quoted_never_shifted() -> None:
    out = _said("@Acme It's not the crash that matters to us. Slow fixes are the real problem.")
    assert "“It's not the crash that matters to us" in out
    assert "to you" not in out
    assert not en_sense.everyone("We had a crash and all of us lost our work, I mean me too")


def test_a_public_mention_keeps_the_company_as_subject() -> None:
    out = _said(".@Acme fixed my broken order in ten minutes. Great people.")
    assert out.startswith("Acme fixed your broken order in ten minutes")


def test_two_short_sentences_in_a_row_are_one_quote() -> None:
    out = _said("@Acme Delays all week with you people. Learn to ship working builds")
    assert out == "you said “Delays all week with you people. Learn to ship working builds”"


def test_an_ing_verb_joined_on_gets_its_youre() -> None:
    out = _said("@Acme upgraded to the pro plan for $20 at the web store and planning to move it")
    assert out.endswith("and you're planning to move it")
    assert en_sense.subjected("you were trying and hoping to win") == (
        "you were trying and hoping to win"
    )


def test_a_cut_quote_never_opens_on_a_them_whose_antecedent_was_cut() -> None:
    text = (
        "The scanned forms are on one storage account and I need to move them to another "
        "storage account I am not the owner of either one of them."
    )
    assert en_short.part(text) == text  # never "… I need to move them …"


def test_a_short_harm_joins_a_long_telling() -> None:
    text = (
        "Sold out everywhere. They resell the filters online for $90 each. I know you can't "
        "stop that. I know stores try hard but PLEASE if you dont need filters dont hoard "
        "them for profit. Bad air can kill some of us. Please THIS IS SERIOUS."
    )
    assert "Bad air can kill some of us" in _said(text)


def test_doesnt_work_weighs_as_does_not_work() -> None:
    from dialogues.reflection.en_meaning import impact

    assert impact("The converter doesn’t work on tablets") > 0
    assert impact("The converter doesn’t need a key") == 0
    text = (
        "@Acme I opened it in the editor on my phone, worked fine, saved it to the cloud as a "
        "draft and loaded it in the desktop app and it worked then. I copied the original to "
        "my pc and the app opened it fine; maybe a tablet thing?\n\nThe converter doesn’t work "
        "on tablets. Will you have a fix soon?"
    )
    assert "the converter doesn't work on tablets" in _said(text).lower()


def test_a_comma_glued_to_the_next_clause_gets_its_space() -> None:
    assert en_sense.message("it ran great before,I'm on the new one") == (
        "it ran great before, I'm on the new one"
    )


def test_a_capital_link_after_a_bracket_opens_a_new_sentence() -> None:
    said = en_sense.message("nobody sees it (not even my alt) As I said it is new")
    assert said == "nobody sees it (not even my alt). As I said it is new"
    assert "(not even my alt) I" in en_sense.message("a cover (not even my alt) I ordered")


def test_a_thanks_after_a_plea_is_not_said_back() -> None:
    out = _said("@Acme my printer won't print from the tablet. help plz &amp; thx u")
    assert "thx" not in out
    assert "you'd like us to help" in out
