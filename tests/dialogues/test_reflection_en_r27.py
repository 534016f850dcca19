"""English reflections, round 27: sarcasm heard as sarcasm, broken words and clauses mended."""

from __future__ import annotations

from dialogues.reflection import reflect


def _said(text: str) -> str:
    return reflect([text], "en")


def test_a_thanks_with_its_intensifier_for_a_harm_is_quoted_whole() -> None:
    # en64: the harm thanked for is said plainly ("your bag was lost"), never "“a lot for"
    said = _said("@Air thanks a lot for losing my bag")
    assert said == "your bag was lost" and "a lot for" not in said
    assert _said("@Air thanks so much for losing my suitcase") == "your suitcase was lost"
    # a thanks again for a harm is a complaint, never an empty reply as if only thanked
    assert "delaying us 3 hours" in _said("@Air thanks again for delaying us 3 hours")
    assert _said("@Air Thanks a bunch for losing my luggage") == "your luggage was lost"


def test_a_real_thanks_with_its_intensifier_goes_with_it() -> None:
    said = _said("@Air thanks a lot for the help, my bag arrived")
    assert "a lot" not in said and "your bag arrived" in said
    assert _said("@Air thanks very much for the upgrade") == ""


def test_love_of_how_a_harm_was_done_is_sarcasm_quoted() -> None:
    said = _said("@Air love how you cancel my flight and don't tell me")
    assert "“love how you cancel my flight and don't tell me”" in said
    assert "you love how" not in said
    said = _said("@Air I love that my bag is lost again")
    assert "“I love that my bag is lost again”" in said
    # love of how well something went is praise, said in our voice
    said = _said("@Air I love how friendly your crew always is")
    assert "you love how friendly our crew always is" in said
    said = _said("@Air I love that you waited for us at the gate")
    assert "you love that we waited for you at the gate" in said


def test_praise_said_of_a_harm_is_sarcasm_quoted() -> None:
    said = _said("@Air good to know you lost my bag")
    assert "“good to know you lost my bag”" in said and "good to know we lost" not in said
    assert "“Awesome, another delay”" in _said("@Air Awesome, another delay.")
    said = _said("@Air what a great way to start my vacation, flight cancelled")
    assert "“what a great way to start my vacation, flight cancelled”" in said
    assert "“Just what I needed, a 4 hour delay”" in _said(
        "@Air Just what I needed, a 4 hour delay"
    )
    said = _said("@Air glad to see my flight delayed for the 3rd time today")
    assert "you're glad" not in said
    # good news told with the same words is said in our voice
    assert "it's good to know your bag was found" in _said("@Air good to know my bag was found")


def test_a_corpus_label_typed_for_booking_is_the_word_booking() -> None:
    said = _said("@Air I live abroad and am Flight Booking Problems flights for the summer")
    assert "you're booking flights for the summer" in said or "are booking flights" in said
    assert "Problems" not in said
    said = _said("@Air still waiting in line for reFlight Booking Problems. Missed my flight.")
    assert "rebooking" in said and "Problems" not in said


def test_thank_u_or_thx_for_is_a_thanks_never_stripped_to_its_for() -> None:
    said = _said("@Air thank u for losing my bag")
    assert said == "your bag was lost"  # en64: the let-down said plainly, never "u for"
    assert "“thx for nothing”" in _said("@Air thx for nothing")
    said = _said("@Air thank u for the upgrade, the crew was lovely")
    assert "grateful for the upgrade" in said and ", for the upgrade" not in said


def test_a_closing_not_taking_praise_back_stays_with_it_quoted() -> None:
    said = _said("@Air Great service as always. NOT.")
    assert "“Great service as always, NOT”" in said
    said = _said("@Air I hoped the new app would fix the problem...NOT!")
    assert "“I hoped the new app would fix the problem, NOT”" in said
    assert "you hoped" not in said
    # a "not" inside its sentence is left as written
    said = _said("@Shop on hold for 20 mins - really first class service - erm not")
    assert "erm not”" in said


def test_a_lone_praise_after_a_harm_is_sarcasm_left_out() -> None:
    said = _said("@Air My flight is delayed again. Great.")
    assert "your flight is delayed again" in said and "great" not in said.lower()
    said = _said("@Air Bag lost again. Nice one.")
    assert "Nice one" not in said
    # after good news the praise is meant, and said
    assert "great" in _said("@Air Landed early. Great!").lower()


def test_an_opening_praise_before_a_harm_is_sarcasm_quoted() -> None:
    said = _said("@Air Great, my flight got cancelled.")
    assert "“Great, my flight got cancelled”" in said and "it's great" not in said
    said = _said("@Air Perfect, now I'm stuck in Denver overnight")
    assert "“Perfect, now I'm stuck in Denver overnight”" in said
    # praise before good news is said in our voice
    said = _said("@Air Awesome, the crew was lovely and we landed early")
    assert "you landed early" in said


def test_a_lone_praise_opening_a_harm_is_sarcasm_left_out() -> None:
    said = _said("@Air Great! My bag is lost.")
    assert "your bag is lost" in said and "great" not in said.lower()
    # before good news it is meant, and said
    assert "great" in _said("@Air Great! My bag arrived.").lower()


def test_two_spaces_before_a_capital_end_a_sentence() -> None:
    said = _said("@Air my flight was cancelled today  I am contacting the local news")
    assert "today, and you are contacting" in said or "today, and you're contacting" in said
    # a list's label after two spaces is no sentence: "Reviews  The Good @a: …" (test_r13)
    # a single space is no stop
    said = _said("@Air my flight to New York was cancelled")
    assert "your flight to New York was cancelled" in said


def test_ripped_or_kicked_of_is_off_in_our_voice() -> None:
    said = _said("@Air I was ripped of by your agents today")
    assert "you were ripped off by" in said
    said = _said("@Air I was kicked of the flight for no reason")
    assert "kicked off the flight" in said
    # "of" after another word is left as written
    assert "a cup of coffee" in _said("@Air I wanted a cup of coffee and got none")


def test_handles_naming_a_friend_or_kin_are_not_said_as_words() -> None:
    said = _said("@Air my wife @janedoe12 was refused boarding in Denver")
    assert "your wife was refused boarding" in said and "janedoe12" not in said
    said = _said("@Air why are my friends @megtri @jordn7 having such a problem")
    assert "megtri" not in said and "jordn7" not in said and "friends having" in said


def test_an_if_not_why_not_follow_up_is_asked_too() -> None:
    said = _said("@Air Can I add my KTN to a booking online? If not, why not?")
    assert "“If not, why not?”" in said
    said = _said("@Air are there power outlets on all planes? If so, where?")
    assert "“If so, where?”" in said


def test_a_thanks_for_a_thing_done_is_kept_beside_the_telling() -> None:
    said = _said("@Air thank you for rebooking my mom on the early flight! She made it home.")
    assert "you're grateful to us for rebooking your mom on the early flight" in said
    assert "she made it home" in said
    said = _said("@Air Thanks for the refund of the change fee. Excellent service")
    assert "grateful for the refund of the change fee" in said
    # a thanks for the help or a reply names nothing done: courtesy, left out
    said = _said("@Air thanks for the quick reply. My bag arrived.")
    assert "grateful" not in said and "your bag arrived" in said
    # a thanks the tweet takes back is sarcasm, never said as gratitude
    said = _said("@Air Thanks for remembering to load my bag. Oh wait you forgot.")
    assert "grateful" not in said


def test_have_him_call_me_is_a_request() -> None:
    said = _said("@Air Have someone call me. My bag is lost.")
    assert "you'd like us to have someone call you" in said and "your bag is lost" in said
    # told of the customer's own doing it is theirs, as before
    assert "you have him call you every day" in _said("@Air I have him call me every day")


def test_a_wait_told_bare_with_its_length_has_been_going_on() -> None:
    said = _said("@Air Waiting half an hour for my checked bag at EWR")
    assert "you've been waiting half an hour for your checked bag" in said
    said = _said("@Air waiting 12 mins and counting to get through to an agent")
    assert "you've been waiting 12 minutes" in said
    # a wait to come is left as said
    assert "you're waiting for" in _said("@Air I'm waiting for my bag at carousel 5")


def test_an_every_time_clause_cut_by_a_full_stop_is_one_sentence() -> None:
    said = _said("@Air Every time my flight got delayed. this is a big frustration.")
    assert "every time your flight got delayed, this is a big frustration" in said
    said = _said("@Air Everytime I call. It hangs up on me.")
    assert "every time you call, it hangs up on you" in said


def test_appreciating_a_doing_is_the_companys_doing() -> None:
    said = _said("@Air received my bag. I appreciate taking care of the matter and following up!")
    assert "you appreciate our taking care of the matter" in said
    # a thing appreciated is left as said
    assert "you appreciate the upgrade" in _said("@Air I appreciate the upgrade on my flight")


def test_a_verdict_on_ours_after_again_is_still_theirs() -> None:
    said = _said("@Air thx for confirming! Again, yr team is awesome.")
    assert "you think our team is awesome" in said and "again, our team" not in said


def test_a_common_word_opening_a_later_sentence_loses_its_capital() -> None:
    said = _said("@Net pls fix my box. Volume cuts out constantly.")
    assert "and volume cuts out constantly" in said
    said = _said("@Air just confirmed a seat! Crisis averted! Beers won't be missed now")
    assert "Crisis" not in said


def test_a_question_mark_typed_apart_sits_on_its_word() -> None:
    said = _said("@Shop I paid twice. Can I cancel my order now ?")
    assert "“Can I cancel my order now?”" in said


def test_a_closing_verdict_said_already_is_said_once() -> None:
    said = _said("@Air to wait 24 hours for my laptop is shocking. Seat 1a. Shocking")
    assert said.count("shocking") == 1
    said = _said("@Air Never. Flying. With you again. Never.")
    assert "“Never”" not in said


def test_a_strong_short_verdict_is_kept_beside_the_telling() -> None:
    said = _said("@Rail dreadful service. The 9:15 was cancelled and nobody told us")
    assert "dreadful service" in said and "the 9:15 was cancelled" in said
    said = _said("@Air lost my bag and offered a $20 voucher. appalling.")
    assert "appalling" in said


def test_you_all_day_long_keeps_its_all() -> None:
    said = _said("@Air upgrade me and I will tweet about you all day long")
    assert "tweet about us all day long" in said
    assert "you love us" in _said("@Air I love you all")


def test_a_closing_tag_after_my_or_the_is_the_sentences_last_word() -> None:
    said = _said("@Air my flight was cancelled and I missed my #wedding")
    assert "you missed your wedding" in said and "your." not in said
    said = _said("@Air I haven't been this angry since they coached the #Rams")
    assert "the Rams" in said
    # a closing tag after a whole clause is a tag, left out
    assert "fail" not in _said("@Air stuck at the gate for 5 hours with no updates #fail")


def test_a_thanks_to_another_company_for_a_thing_done_is_heard() -> None:
    said = _said("@Air thanks to @Rival for getting me home when you couldn't")
    assert "you're grateful to Rival for getting you home when we couldn't" in said


def test_great_job_or_best_ever_before_a_harm_is_sarcasm_quoted() -> None:
    said = _said("Nice work @Air, my flight is delayed 4 hours")
    assert "“Nice work, my flight is delayed 4 hours”" in said
    said = _said("@Air best airline ever, cancelled my flight 3 times")
    assert "“best airline ever, cancelled my flight 3 times”" in said
    # before good news it is praise, said as before
    assert "the crew got you home early" in _said("@Air Great job, the crew got us home early")


def test_a_thanks_to_the_handle_for_a_harm_is_heard_not_emptied() -> None:
    assert "“Thanks for the 5 hour delay”" in _said("Thanks @Air for the 5 hour delay")
    said = _said("@Air my bag is lost. Thank you @Air for nothing")
    assert "“Thank you for nothing”" in said and "your bag is lost" in said
    said = _said("Thanks @Air for the free upgrade to first class!")
    assert "you're grateful for the free upgrade to first class" in said


def test_a_thanks_for_time_on_hold_or_on_the_tarmac_is_sarcasm() -> None:
    said = _said("@Air thanks for keeping us on hold for an hour")
    assert said == "you were kept on hold for an hour"  # en64: said plainly, never grateful
    said = _said("@Air Thanks for the wonderful 4 hours on the tarmac. Great trip.")
    assert "grateful" not in said
    assert "grateful to us for holding your seat" in _said("@Air thanks for holding my seat")


def test_a_thanks_for_a_harm_or_a_thing_that_does_not_work_is_sarcasm() -> None:
    said = _said("@Air thanks for ditching my sister and her baby at the gate in Denver")
    assert "grateful" not in said
    assert "“thanks for ditching my sister and her baby at the gate in Denver”" in said
    said = _said("@Net thanks for sending me a new router that doesn't work")
    assert (
        "grateful" not in said and "“thanks for sending me a new router that doesn't work”" in said
    )
    for text in (
        "@Shop thanks for shipping me a blender that won't turn on",
        "@Air thanks for charging me twice for my bag",
        "@Air thanks for bumping me off my flight to Boston",
        "@Tel thanks for overcharging me again this month",
    ):
        assert "grateful" not in _said(text) and "“thanks for" in _said(text)
    # a thanks for a thing done, no sting in it, is heard as before
    assert "grateful to us for keeping you warm" in _said("@Air Thanks for keeping us warm!")


def test_a_subjectless_going_to_be_a_thing_is_quoted_never_youre() -> None:
    said = _said("@Air Going to be a great day at the #GreatestSetting")
    assert "you're going to be" not in said
    assert "“Going to be a great day at the Greatest Setting”" in said
    said = _said("@Air Gonna be a long night at the #Airport")
    assert "you're gonna be" not in said and "“Gonna be a long night at the Airport”" in said
    # the tag after "my" in a whole clause is still kept
    said = _said("@Air my flight was delayed 3 hours and I missed my #wedding")
    assert "you missed your wedding" in said
