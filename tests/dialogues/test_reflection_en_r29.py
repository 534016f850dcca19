"""English reflections, round 29: slips mended in our voice, subjects said, framings that fit."""

from __future__ import annotations

from dialogues.reflection import reflect


def _said(text: str) -> str:
    return reflect([text], "en")


def test_more_text_speak_is_said_in_full_in_our_voice() -> None:
    said = _said("@Air I have a sick mom thats in the hosp. pls hlp!")
    assert "mom that's in the hospital" in said and "you'd like us to help" in said
    assert "hlp" not in said and "thats" not in said
    # inside a quote the customer's own spelling stays
    assert "“can you pls send me a DM?”" in _said("@Air can you pls send me a DM")


def test_can_longer_is_the_dropped_no_never_the_meaning_reversed() -> None:
    said = _said("@Air my booking was changed so that I can longer make my connection.")
    assert "you can no longer make your connection" in said
    assert "can no longer log in" in _said("@Air I can no longer log in")
    assert "no longer" not in _said("@Air the queue can be longer than an hour")


def test_a_bare_w_before_its_noun_is_with() -> None:
    said = _said("@Air been on ground over an hr w no gate. Need help")
    assert "over an hour with no gate" in said and " w " not in said
    assert "share with her" in _said("@Shop I bought apps that I want to share w her")
    # a "w" that is no "with" (a name's letter) stays
    assert "row W" in _said("@Air my seat is in row W and it is broken")


def test_two_modals_typed_are_said_once() -> None:
    said = _said("@Air will shall see in the next couple of minutes.")
    assert "you will see in the next couple of minutes" in said and "shall" not in said


def test_a_dropped_i_before_a_wish_or_a_feeling_is_said_back() -> None:
    said = _said("@Air A little surprised my upgrade got me seat 40 just now. Worst I've had.")
    assert said.startswith("you're a little surprised your upgrade")
    assert "it's the worst you've had" in said
    said = _said("@Air Only wish your crew was as fast as your app! Delay just got extended!")
    assert said.startswith("you only wish our crew was as fast")


def test_a_team_named_after_its_owner_is_no_sign_off() -> None:
    said = _said("@Air Only wish your crew was as fast as your Twitter response team! Delay again!")
    assert "as fast as our Twitter response team" in said
    # a team called at the end is still the sign-off's
    assert "team" not in _said("@Air Great flight today, thanks Delta team!")
    assert "team" not in _said("@Air Great flight today, Delta team!")


def test_a_plea_to_be_honest_after_a_comma_is_ours_to_hear_not_an_order() -> None:
    said = _said("@Air I understand the need to wait, but be honest.")
    assert said.endswith("but you'd like us to be honest")
    said = _said("@Air you said 10 min, just be honest next time")
    assert "and you'd like us to be honest next time" in said and "just you'd" not in said


def test_help_asked_with_a_question_mark_is_a_plea_for_help() -> None:
    said = _said("@Air trying to add flights to my account but i don't see an option. Help plz?")
    assert said.endswith("and you'd like us to help") and "asking" not in said
    assert _said("@Air my bag is lost. help please?").endswith("you'd like us to help")


def test_an_opening_handle_with_the_rest_of_its_name_keeps_it() -> None:
    said = _said("@FlyCo Airways Sees Big Decline in Shares (FLY) - News http://t.co/x")
    assert "“FlyCo Airways Sees Big Decline in Shares (FLY)”" in said
    assert _said("@flyco Airlines lost my bag").startswith("Flyco Airlines lost your bag")


def test_a_company_told_of_by_its_opening_handle_is_named() -> None:
    said = _said("@flyco wins top marks for service. They turned a bad day into a good one.")
    assert "“Flyco wins top marks for service”" in said
    said = _said("@FlyCo adds new direct flights from Leeds to Oslo starting August")
    assert "FlyCo adds new direct flights" in said
    # the company as the doer of a harm is still 'we'
    assert _said("@FlyCo lost my bag").startswith("we lost your bag")
    # an anonymised number is no name
    assert "115821" not in _said("@115821 adds new flights to Oslo")


def test_the_name_thanked_before_a_comma_is_no_word_of_the_telling() -> None:
    said = _said("@Air thank you AA, this is how I always start my vacations http://t.co/x")
    assert said == "this is how you always start your vacations"
    # as a thanks with no name
    assert _said("@Air Thank you Delta, the crew was great") == _said(
        "@Air Thank you, the crew was great"
    )


def test_an_outcry_typed_with_a_question_mark_is_said_not_asked() -> None:
    said = _said("@Air we should be ashamed of this service - on hold for hours? Never again")
    assert "“on hold for hours?”" in said and "asking" not in said
    said = _said("@Air Delay after delay. 15 hours LHR to SFO? Unacceptable.")
    assert "“15 hours LHR to SFO?”" in said and "asking" not in said
    # a question is still asked: an opener, a question within, or no complaint's word
    assert "asking “No existing shortcut?”" in _said("@App No existing shortcut?")
    said = _said("@Air Called twice, waited hours, could I get some help?")
    assert "you're asking" in said
    assert "asking “flight 123 still on time?”" in _said("@Air flight 123 still on time?")


def test_a_thanks_for_a_harm_made_good_is_heard_not_dropped() -> None:
    said = _said(
        "@Air thank you for compensating us for our 4 lost bags. We will fly with you again!"
    )
    assert said.startswith("you're grateful to us for compensating you for your 4 lost bags")
    assert "fly with us again" in said
    said = _said("@Air thanks for refunding my cancelled flight")
    assert said == "you're grateful to us for refunding your cancelled flight"
    # a harm still told after the redress is sarcasm, quoted as before
    said = _said("@Air thanks for replacing my broken phone with one that is also broken")
    assert said.startswith("you said “thanks for replacing")
    assert _said("@Air thanks for losing my bag") == "your bag was lost"  # en64: said plainly


def test_a_thanks_for_ending_or_spoiling_a_trip_is_sarcasm_kept() -> None:
    said = _said("@Air Worst flight I've had. Thank you for ending my vacation on such a bad note.")
    assert "“Thank you for ending my vacation on such a bad note”" in said
    assert "“thanks for spoiling our anniversary trip”" in _said(
        "@Air the seats were broken, thanks for spoiling our anniversary trip"
    )


def test_a_reason_left_unsaid_leaves_no_dangling_because_of() -> None:
    said = _said(
        "@Air you left us on a hot plane for an hour and then had to bus us because of ...."
    )
    assert said.endswith("then had to bus you")
    said = _said("@Air the flight was delayed because of the weather")
    assert said.endswith("because of the weather")


def test_then_we_will_talk_after_a_request_keeps_its_shared_we() -> None:
    said = _said("@Air Upgrade me and then we'll talk.")
    assert said == "you'd like us to upgrade you and then we'll talk"


def test_airport_codes_on_a_route_keep_their_capitals() -> None:
    said = _said(
        "@Air Got rebooked to a flight from PIT to FLL and our flight had mechanical problems"
    )
    assert "from PIT to FLL" in said
    said = _said("@Air had problem getting out of FLL to IAH sent DM to you please let me know")
    assert "FLL to IAH" in said and "DM" in said
    # a shouted word after "to" is no code: lowered as before
    assert "fed up" in _said("Okay I'm fed UP @Shop y'all need to FIX this situation !!!")


def test_form_before_an_airport_code_is_from() -> None:
    assert "flight from PIT to FLL" in _said("@Air I got a flight form PIT to FLL yesterday")


def test_a_capital_verb_after_the_opening_handle_starts_the_customer_s_sentence() -> None:
    said = _said("@Air Was not on board with you today but still am very proud!")
    assert "Air Was" not in said and "“Was not on board with you today" in said
    assert _said("@ebay is allowing fake sellers").startswith("Ebay is allowing")


def test_should_have_left_an_hour_keeps_its_dropped_ago() -> None:
    said = _said("@Air Can flight 415 get the paperwork done?? We should have taken off an hour ..")
    assert said.endswith("you should have taken off an hour ago")
    assert _said("@Air we should have left 2 hrs").endswith("left 2 hours ago")
    assert "ago" not in _said("@Air we should have left an hour earlier")


def test_joy_at_hours_of_waiting_is_sarcasm_quoted() -> None:
    said = _said("@Air Huge delays again. So thrilled to be sitting in the airport for 5 hours.")
    assert "“thrilled to be sitting in the airport for 5 hours”" in said
    assert "you're thrilled" not in said
    said = _said("@Air so happy to be home after 5 hours")
    assert said == "you're happy to be home after 5 hours"


def test_an_oath_that_is_the_verb_is_said_as_messing_up() -> None:
    said = _said("My DVR is fucking up and won't let me record my show, WTF @TV.")
    assert said.startswith("your DVR is messing up and won't let you record")
    # an oath before a noun still goes alone
    assert "the app crashed" in _said("@App the fucking app crashed again")


def test_look_what_is_a_sight_shown_to_us() -> None:
    said = _said("Look what @FlyCo did to my bag. https://t.co/x")
    assert said.startswith("you'd like us to see what FlyCo did to your bag")
    assert _said("@Air look at my bag") == "you'd like us to look at your bag"


def test_a_learner_s_verb_form_is_mended_in_our_voice() -> None:
    said = _said("@Air what happen to your system. I could not sent my refund info to the form")
    assert "what happened to our system" in said and "could not send your refund info" in said


def test_a_verbless_verdict_on_the_day_is_said_whole() -> None:
    said = _said("@Air gorgeous day, hope the flight back tomorrow is just as pleasant! Thanks")
    assert said.startswith("it's a gorgeous day, and you hope the flight back")


def test_a_text_speak_2_before_a_place_is_to() -> None:
    said = _said("@Air thanks to Betty at the gate for helping me get home 2 Phx tonight")
    assert "get home to Phx tonight" in said
    assert "flight 2 of 3" in _said("@Air my flight 2 of 3 was cancelled")
