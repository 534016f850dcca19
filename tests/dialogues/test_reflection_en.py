"""English reflections of customer-care tweets: the patterns a strict reader marked down.

Each case is constructed (or taken from rows 1-1000 of the English corpus) to pin one
pattern: fragments are quoted rather than said in the bot's voice, asides and
interjections are dropped, "you" meaning the company is never flipped onto the customer.
"""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect
from dialogues.reflection.en_clause import is_aside, reads_as_clause


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("your bag is lost", True),
        ("the voucher and cot seem like enough", True),
        ("our supervisors suck too", True),
        ("neither happened", True),
        ("it's awful", True),
        ("Delays everytime", False),
        ("crashed trying to check in", False),
        ("hour 4 at the gate", False),
        ("50 minute wait", False),
        ("should contact me and the others", False),
    ],
)
def test_a_clause_needs_a_subject_before_its_verb(text: str, clause: bool) -> None:
    assert reads_as_clause(text) is clause


def test_a_fragment_is_quoted_not_said_in_our_voice() -> None:
    said = reflect(["@united crashed trying to check in."], "en")
    assert said == "you said “crashed trying to check in”"
    said = reflect(["I am going to stop flying with you.  Delays everytime."], "en")
    assert said == "you are going to stop flying with us, and you said “Delays everytime”"


def test_a_dropped_subject_that_was_the_customer_is_restored() -> None:
    assert reflect(["Just switched over to Premiere 2020."], "en").startswith(
        "you just switched over to Premiere 2020"
    )
    assert reflect(["Working through more music on Spotify."], "en") == (
        "you're working through more music on Spotify"
    )
    # "rebooked me": the company did it, so no "you rebooked you"
    assert reflect(["rebooked me after i missed my flight"], "en") == (
        "you said “rebooked me after i missed my flight”"
    )


def test_interjections_and_asides_are_not_reflected() -> None:
    said = reflect(["@SouthwestAir oh my gosh! Going to dm you now! Thank you!"], "en")
    assert said == "you're going to dm us now"
    said = reflect(["@united yes it is in Dulles and I need it delivered today"], "en")
    assert said == "it is in Dulles and you need it delivered today"
    said = reflect(["@YahooCare hey yahoo - I've found an account sending phish emails."], "en")
    assert said == "you've found an account sending phish emails"
    assert is_aside("my favorite airline") and not is_aside("Total garbage")
    assert not is_aside("Please advise")


def test_the_customers_verdict_on_us_is_theirs() -> None:
    assert reflect(["U guys suck."], "en") == "you think we suck"
    assert reflect(["@united you are the worst airline"], "en") == (
        "you think we are the worst airline"
    )
    assert reflect(["you've got to be kidding"], "en") == "you said “you've got to be kidding”"


def test_us_airways_is_not_us() -> None:
    said = reflect(["I don't think I've ever had a us airways flight that went smoothly"], "en")
    assert said == "you don't think you've ever had a US airways flight that went smoothly"


def test_a_clause_after_the_first_loses_its_sentence_capital() -> None:
    said = reflect(["The pilot told us they would release bags. Neither happened."], "en")
    assert said == "the pilot told you they would release bags, and neither happened"


def test_a_truncated_tweet_leaves_no_dangling_pronoun() -> None:
    assert reflect(["I missed my flight I (cont)"], "en") == "you missed your flight"


def test_shouting_is_lowered_but_acronyms_and_initials_stay() -> None:
    said = reflect(["@USAirways YOU ARE THE BEST!!! FOLLOW ME PLEASE"], "en")
    assert said == "you think we are the best, and you'd like us to follow you"
    assert reflect(["I tried 2 DM it"], "en") == "you tried 2 DM it"
    said = reflect(["My flight to the U.S. was delayed. It took hours."], "en")
    assert said == "your flight to the U.S. was delayed, and it took hours"


def test_a_question_ending_in_an_exclamation_is_still_a_question() -> None:
    said = reflect(["how can you not know the planes weight?!"], "en")
    # r30: "how can you not …?" asks nothing: said, its "?" kept
    assert said == "you said “how can you not know the planes weight?”"
    said = reflect(["how do you know the planes weight?!"], "en")
    assert said == "you're asking “how do you know the planes weight?”"


def test_a_handle_with_a_possessive_keeps_its_name() -> None:
    said = reflect(["@JetBlue's flight experience is pretty great!"], "en")
    assert said == "JetBlue's flight experience is pretty great"


def test_someone_elses_post_is_not_the_customers_telling() -> None:
    assert reflect(["“@JetBlue: Our fleet's on fleek. http://t.co/x” + lol wow"], "en") == ""
    assert reflect(["#Real RT @JetBlue: Our fleet's on fleek. http://t.co/x"], "en") == ""
    said = reflect(
        ["“@AmericanAir: You're very welcome, Dawn. Let's do it again!” Again in 1 week!"], "en"
    )
    assert "welcome" not in said and "Again in 1 week" in said


def test_a_number_tag_is_a_number_and_thanks_to_someone_is_kept() -> None:
    assert reflect(["@USAirways any chance of making #561?"], "en") == (
        "you're asking “any chance of making number 561?”"
    )
    said = reflect(["@VirginAmerica thanks to your crew who got me home tonight!"], "en")
    assert said == "you're grateful to our crew who got you home tonight"


def test_a_sentence_capital_is_lowered_but_a_name_keeps_its_own() -> None:
    said = reflect(["any way to reach the gate at EWR? The roads are horrible."], "en")
    assert said.endswith("and the roads are horrible")
    said = reflect(
        ["My bag is lost. Denver agents were rude. I flew with Denver agents before"], "en"
    )
    assert "Denver agents were rude" in said


def test_anyones_you_is_quoted_the_companys_you_is_we() -> None:
    said = reflect(["there's a bug in chapter 8, you don't receive the boomerang."], "en")
    assert said == "you said “there's a bug in chapter 8, you don't receive the boomerang”"
    assert reflect(["@united you didn't even help me"], "en") == "we didn't even help you"
    said = reflect(["@SouthwestAir I cannot DM you as you do not follow me."], "en")
    assert said == "you cannot DM us as we do not follow you"


def test_a_plea_a_greeting_and_a_handle_as_subject() -> None:
    said = reflect(["@gmail Please I REALLY need some help. I can’t get into my account"], "en")
    assert said == "you really need some help, and you can't get into your account"
    said = reflect(["Hello. Good Night or Morning or Afternoon to you. I lost my account."], "en")
    assert said == "you lost your account"
    said = reflect(["@ebay is allowing people to sell toilet paper at ridiculous prices"], "en")
    assert said == "Ebay is allowing people to sell toilet paper at ridiculous prices"
    assert reflect(["I sent it to you"], "en") == "you sent it to us"


def test_an_emoji_between_sentences_ends_one_and_a_wh_question_is_asked() -> None:
    said = reflect(
        ["I've waited for 2 hours now 😭 why is everyone reporting issues on PS4."], "en"
    )
    assert said.startswith("you've waited for 2 hours now, and you're asking “why is everyone")


def test_a_standalone_wtf_goes_but_a_question_with_it_stays() -> None:
    assert reflect(["my account got hacked. Tf is that!"], "en") == "your account got hacked"
    assert reflect(["What the hell am I paying for?"], "en") == (
        "you're asking “What the hell am I paying for?”"
    )


def test_someone_elses_full_name_is_not_read_back() -> None:
    said = reflect(
        ["Hi. My relative's booking is delayed. Her name is Clarita Jaramillo Mejia."], "en"
    )
    assert said == "your relative's booking is delayed"


def test_the_verb_agrees_across_an_adverb_and_a_closing_no_is_kept() -> None:
    said = reflect(["I definitely was not the only person in line."], "en")
    assert said == "you definitely were not the only person in line"
    said = reflect(["the attendant said no."], "en")
    assert said == "the attendant said no"
    assert reflect(["Could you please follow me so i can dm you?"], "en") == (
        "you're asking “Could you please follow me so i can dm you?”"
    )


def test_a_bare_plea_does_not_push_out_the_problem_that_follows() -> None:
    message = (
        "@SpotifyCares help. Someone has been using my Spotify account. I went to listen to "
        "music last night and loads of songs I don’t know were added to my list. The cheeky "
        "guy was then cutting my music off to listen to theirs! I changed my password but (1)"
    )
    assert "someone has been using your Spotify account" in reflect([message], "en")


def test_glued_sentences_and_brand_handles_read_cleanly() -> None:
    said = reflect(["my tab is not enabled .please Enable the tab in my channel"], "en")
    assert said == "your tab is not enabled, and you'd like us to enable the tab in your channel"
    said = reflect(["having trouble with @AskPlayStation and @hulu_support today"], "en")
    assert said == "you're having trouble with PlayStation and hulu today"
    said = reflect(["I can’t unenroll from the Beta, It says I’m not enrolled in it"], "en")
    assert said == "you can't unenroll from the Beta, it says you're not enrolled in it"


def test_a_plain_thanks_has_nothing_to_reflect() -> None:
    assert reflect(["@united awesome thank you very much for the help"], "en") == ""
    said = reflect(["@AmericanAir I've just received the ticket. Thank you for your help"], "en")
    assert said == "you've just received the ticket"


def test_an_agents_signed_reply_and_a_quoted_post_are_not_reflected() -> None:
    post = "Decisions @Mandarin @united:  We'd love for you to try our service. http://t.co/x ^KP”"
    assert "love" not in reflect([post], "en")
    post = "“@AmericanAir:  \"Jason, you'll miss your connection.” Nope! Hasn't taken off yet!"
    assert reflect([post], "en") == "you said “Hasn't taken off yet”"


def test_thanks_before_a_telling_and_a_handle_after_a_preposition() -> None:
    said = reflect(["@united thanks I'll fill out the form that no one reads."], "en")
    assert said == "you'll fill out the form that no one reads"
    assert reflect(["@SouthwestAir So far so good!"], "en") == "you said “So far so good”"
    said = reflect(["The chairs could use some TLC. Headed to @UniversalORL !"], "en")
    assert said.endswith("you said “Headed to UniversalORL”")


def test_a_question_glued_to_a_statement_is_asked_on_its_own() -> None:
    said = reflect(["every time I I set up a camp the camp is gone what’s the problem"], "en")
    assert (
        said
        == "every time you set up a camp the camp is gone, and you're asking “what’s the problem?”"
    )
    said = reflect(["how do you refuse a customer who is willing to pay"], "en")
    assert said == "you're asking “how do you refuse a customer who is willing to pay?”"
    assert reflect(["@AskPlayStation I need some help boys"], "en") == "you need some help"


def test_a_file_extension_is_no_sentence_end_and_title_case_is_quoted() -> None:
    said = reflect(["@Adobe unable to convert the .doc files into pdf in Acrobat."], "en")
    assert said == "you're unable to convert the .doc files into pdf in Acrobat"
    said = reflect(["@Windows Hi I Have Windows 10 And I Have Probleme With Arabic Input"], "en")
    assert said == "you said “I Have Windows 10 And I Have Probleme With Arabic Input”"


def test_a_longer_tweet_keeps_its_central_problem() -> None:
    message = (
        "@AdobeCare Hello there. I rebuilt my computer to be faster with LR and my new 50mpx "
        "raw files. I am signed out of my old LR classic install. I am still getting the "
        "message that I need to deactivate from old comp. I need your help. Thank you!"
    )
    assert "you are still getting the message" in reflect([message], "en")


def test_a_phrase_without_a_subject_a_holiday_wish_and_a_colon_before_a_link() -> None:
    said = reflect(["@united with Karen and found her unhelpful and rude"], "en")
    assert said == "you said “with Karen and found her unhelpful and rude”"
    assert reflect(["Thanks! Happy Chinese New Year!"], "en") == ""
    said = reflect(
        ["@VirginAmerica Your chat support is not working on your site: http://t.co/x"], "en"
    )
    assert said == "our chat support is not working on our site"


def test_a_hyphenated_word_keeps_its_end_and_a_possessive_is_no_name() -> None:
    said = reflect(
        ["@USAirways Been dealing w/ @americanair. Your Manch staff is your C-team"], "en"
    )
    assert said == "you've been dealing with americanair, and our Manch staff is our C-team"
    said = reflect(["@USAirways delayed, connection missed, now extended layover"], "en")
    assert "we delayed" not in said


def test_a_verdict_in_the_customers_words_is_theirs() -> None:
    said = reflect(["they are giving cots to the people...that is terrible.."], "en")
    assert said == "they are giving cots to the people, and you feel that is terrible"
    assert reflect(["it is in Dulles"], "en") == "it is in Dulles"


def test_more_personal_data_and_a_greeting_and_a_question_with_wtf() -> None:
    assert reflect(["@united two years old.  Birthdate 11/13/2012"], "en") == (
        "you said “two years old”"
    )
    said = reflect(["I was checked in as Rebecca Levi. My bag is under her name too."], "en")
    assert "Levi" not in said and said == "your bag is under her name too"
    said = reflect(["@SouthwestAir Hey there, can you follow us so we can DM you :)"], "en")
    assert said == "you're asking “can you follow us so we can DM you?”"
    said = reflect(["WTF is going on with the 1:30 from DC to BOS?"], "en")
    assert said == "you're asking “What is going on with the 1:30 from DC to BOS?”"  # no oath


def test_a_named_agents_full_name_and_a_past_participle_after_a_verb() -> None:
    said = reflect(["Big thanks to Ricardo Olavarria at Reagan Airport. Fixed our ticket."], "en")
    assert "Olavarria" not in said
    said = reflect(["@united Change made in just over 3 hours. I am not thrilled."], "en")
    assert "like us to change" not in said
    assert reflect(["please change my seat"], "en") == "you'd like us to change your seat"


def test_questions_in_a_row_share_one_frame() -> None:
    said = reflect(
        ["Do you have any pride? Any concerns for my wife? Or you just don't care???"], "en"
    )
    assert said == (
        "you're asking “Do you have any pride?”, and “Any concerns for my wife?”, "
        "and “Or you just don't care?”"
    )
    said = reflect(["Now that I’m stuck at home, Netflix or Amazon where are the movies?"], "en")
    assert (
        said
        == "you're asking “Now that I’m stuck at home, Netflix or Amazon where are the movies?”"
    )


def test_a_team_at_the_end_is_theirs_and_a_verdict_before_a_noun_is_quoted() -> None:
    said = reflect(
        ["I just had a great experience with your customer service team. Thank you!"], "en"
    )
    assert said == "you just had a great experience with our customer service team"
    said = reflect(["@AmericanAir awesome flight this morning on AA3230!"], "en")
    assert said == "you said “awesome flight this morning on AA3230”"
    assert (
        reflect(["ridiculous that I have to wait"], "en") == "it's ridiculous that you have to wait"
    )
    said = reflect(["Maybe let fewer people check in - teeming with morons."], "en")
    assert "you're teeming" not in said


def test_an_idiom_with_you_is_quoted_and_a_handle_exclaimed_about_stays() -> None:
    said = reflect(["That's pretty awesome if you ask me..."], "en")
    assert said == "you said “That's pretty awesome if you ask me”"
    said = reflect(["@SouthwestAir is my favorite airline!  I can't wait to book my flight"], "en")
    assert said == "SouthwestAir is your favorite airline, and you can't wait to book your flight"


def test_praise_of_us_is_the_customers_view_not_our_boast() -> None:
    said = reflect(["@JetBlue Your crew and your aircraft sparkled and were great."], "en")
    assert said == "you feel our crew and our aircraft sparkled and were great"
    assert reflect(["@USAirways Your service really sucks."], "en") == "our service really sucks"


def test_a_discourse_marker_before_a_comma_is_dropped() -> None:
    said = reflect(
        ["@SouthwestAir Lastly, it would be nice to have someone address my concerns."], "en"
    )
    assert said == "it would be nice to have someone address your concerns"


def test_a_sign_off_wish_is_courtesy_not_a_telling() -> None:
    said = reflect(["My order never arrived and support ignores me. Have a great day!"], "en")
    assert "day" not in said
    assert said.startswith("your order never arrived")
    assert reflect(["Thanks! Have a nice evening."], "en") == ""


def test_a_name_after_a_greeting_is_a_vocative_not_the_subject() -> None:
    said = reflect(["Hello Acme I have been charged twice for one order"], "en")
    assert said == "you have been charged twice for one order"
    said = reflect(["hey zoomer my camera freezes in every call"], "en")
    assert said == "your camera freezes in every call"
    # a verb after the greeting is the telling itself, not a name
    said = reflect(["hey, left my charger on the train, lost and found never called back"], "en")
    assert "charger" in said


def test_a_missing_space_before_i_ends_a_sentence() -> None:
    said = reflect(["The sync stopped.I'm using the desktop app on a new laptop"], "en")
    assert ".you" not in said
    assert said == "the sync stopped, and you're using the desktop app on a new laptop"


def test_a_plea_run_into_the_telling_is_a_sentence_of_its_own() -> None:
    said = reflect(["please help someone hacked my email account I am panicking"], "en")
    assert not said.startswith("you'd like us to help someone")
    assert "someone hacked your email account" in said
    assert said.endswith("and you are panicking")
    said = reflect(["help i am unable to open the app since the update"], "en")
    assert said == "you'd like us to help, and you are unable to open the app since the update"


def test_an_unfilled_template_is_nothing_said() -> None:
    assert reflect(["@HelpDesk [TYPE YOUR QUESTION HERE] #help #support"], "en") == ""


def test_a_dotted_token_or_an_email_is_not_cut_into_sentences() -> None:
    said = reflect(["my game shows java.lang.nullpointer.exception on start"], "en")
    assert "java.lang.nullpointer.exception" in said
    said = reflect(["I lost my files. Can you restore them, account jo.smith@example.com"], "en")
    assert "jo" not in said.replace("you", "").split()  # no piece of the address is echoed
    assert "example" not in said


def test_a_link_the_sentence_needs_leaves_its_site_name_not_a_hole() -> None:
    said = reflect(["I cannot connect to https://example.net from the app, it times out"], "en")
    assert "connect to example.net from the app" in said
    said = reflect(["the app crashes on start https://t.co/abc123 since yesterday"], "en")
    assert "t.co" not in said


def test_a_version_number_is_no_phone_number() -> None:
    said = reflect(["How do I install driver 15.5.2.1054 for the windows update?"], "en")
    assert "15.5.2.1054" in said
    assert reflect(["call me back on 555.123.4567 today"], "en") == ""
    assert "800" not in reflect(["my phone stopped working, call 1.800.555.1234"], "en")


def test_any_ideas_run_into_a_telling_is_asked_apart() -> None:
    said = reflect(["I bought the bundle but the bonus never came any ideas what to do?"], "en")
    assert said.endswith("you're asking “any ideas what to do?”")


def test_the_closing_question_is_kept_with_the_problem() -> None:
    said = reflect(
        [
            "I bought the premium plan for my team last month and set it up on every laptop. "
            "Since Monday the shared folder shows empty for everyone except me and nothing syncs. "
            "We restarted the laptops twice and reinstalled the desktop app on three of them. "
            "Where am I supposed to go to report this problem?"
        ],
        "en",
    )
    assert "shared folder shows empty" in said
    assert "you're asking “Where am I supposed to go to report this problem?”" in said


def test_half_a_sentence_is_not_taken_for_the_closing_question() -> None:
    said = reflect(
        [
            "my channel has 2k subs, i make review videos which use short clips of films, "
            "i usually get claims, not strikes, my question is if i use clips which only get "
            "claims, is there any risk to my channel?"
        ],
        "en",
    )
    assert "“which only get claims" not in said


def test_a_time_typed_with_a_semicolon_is_not_two_sentences() -> None:
    said = reflect(["my flight was at 10;30 and nobody told me it left early"], "en")
    assert said == "your flight was at 10:30 and nobody told you it left early"


def test_a_handle_after_than_keeps_its_name() -> None:
    assert "better than globex”" in reflect(["@acme you are better than @globex"], "en")


def test_an_ing_fragment_done_to_customers_is_not_put_on_the_customer() -> None:
    said = reflect(["support is awful. hanging up on customers after an hour on hold."], "en")
    assert "you're hanging up" not in said
    assert "hanging up on customers after an hour on hold" in said


def test_a_stray_capital_mid_sentence_is_lowered_but_names_keep_theirs() -> None:
    said = reflect(
        ["I need to print wirelessly From my laptop and someone Changed the password"], "en"
    )
    assert said == "you need to print wirelessly from your laptop and someone changed the password"
    said = reflect(["my Xbox One shows nothing and After Effects crashed"], "en")
    assert "Xbox One" in said
    assert "After Effects" in said


def test_tags_that_are_the_sentence_s_words_stay_as_words() -> None:
    said = reflect(["#ACME $ACM #Zoom #webinar application crashes,10 minutes into it"], "en")
    assert said.startswith("Zoom webinar application crashes, 10 minutes into it")
    assert "$" not in said
    said = reflect(["the app froze again on 7/5 and lost my notes"], "en")
    assert "on 7/5" in said


def test_sarcastic_thanks_is_a_complaint_said_back_in_their_words() -> None:
    said = reflect(["Thanks for ruining my weekend, my order never came"], "en")
    assert said.startswith("you said “Thanks for ruining my weekend")
    assert "grateful" not in said
    said = reflect(["thanks for losing my bag. Worst airline ever"], "en")
    # r12: one quote, no chain; en64: the let-down thanked for said plainly, never quoted
    assert said == "your bag was lost, and you said “Worst airline ever”"
    assert "grateful" in reflect(["thank you for refunding us for our lost bags"], "en")


def test_two_problems_announced_are_both_said_back() -> None:
    said = reflect(
        [
            "every time I open the app i have 2 problems one is that my playlists and settings "
            "dont save and I have to set them again every time, and two I have to log in twice "
            "since the first login never works on the landing page"
        ],
        "en",
    )
    assert "your playlists and settings don't save" in said  # "dont" mended in our voice
    assert "two you have to log in twice" in said
    assert "a few other things" not in said


def test_couldnt_be_bothered_is_never_put_on_the_customer() -> None:
    said = reflect(["couldn't be bothered to help with my broken stroller at the gate"], "en")
    assert not said.startswith("you couldn't")
    assert said == "you said “couldn't be bothered to help with my broken stroller at the gate”"
