"""English reflections, round 25: half shifts, misread requests and subjects, verdicts kept."""

from __future__ import annotations

from dialogues.reflection import reflect


def _said(text: str) -> str:
    return reflect([text], "en")


def test_the_second_verb_agrees_after_an_irregular_past_and_an_opening_phrase() -> None:
    said = _said("@Rail on the way home I sat on the platform for an hour and was refused entry")
    assert "you sat on the platform for an hour and were refused entry" in said
    assert "and was refused" not in said
    said = _said("@Shop yesterday I stood in the queue for ages and was told to come back")
    assert "and were told to come back" in said


def test_a_subjectless_been_of_a_things_state_is_it_not_the_customer() -> None:
    said = _said("@Net check my upload speed. Been like this since noon!")
    assert "it's been like this since noon" in said and "you've been like this" not in said
    said = _said("@Shop your app. Been down all morning")
    assert "you've been down" not in said
    # the customer's own wait keeps its "you've"
    assert "you've been on hold for 2 hours" in _said("@Air Been on hold for 2 hours now")


def test_help_before_a_thing_that_broke_is_a_cry_not_the_object_of_a_request() -> None:
    said = _said("@Bank help app crashed and cannot see my balance")
    assert "help app crashed" not in said and "the app crashed" in said
    said = _said("@Air help my booking was cancelled overnight")
    assert "help my booking" not in said and "your booking was cancelled overnight" in said
    # "help me with …" stays a request
    assert "you'd like us to help you with your booking" in _said("@Air help me with my booking")


def test_when_with_a_generic_you_tells_a_time_and_asks_nothing() -> None:
    said = _said("When you order a pizza from @Pizza and it arrives cold after an hour")
    assert "you're asking" not in said
    # a real question keeps its asking
    assert "you're asking" in _said("@Pizza when will you deliver my pizza")
    assert "you're asking" in _said("@Pizza when you going to deliver my pizza")


def test_a_verdict_that_our_service_stinks_is_kept_as_theirs() -> None:
    said = _said("@Air your support stinks. Waiting on a refund for weeks now")
    assert "you think our support stinks" in said and "refund" in said


def test_well_done_closing_a_telling_is_the_verdict_and_kept() -> None:
    said = _said("@Rail The guard found my lost bag on the train. Well done VT. Thank you.")
    assert "Well done VT" in said and "the guard found your lost bag" in said


def test_make_that_before_a_figure_corrects_it_and_asks_nothing() -> None:
    said = _said("@Shop make that on hold for 45 mins now - great service")
    assert "you'd like us to make" not in said and "on hold for 45" in said
    # "make that change" is still a request
    assert "you'd like us to make that change" in _said("@Shop make that change today please")


def test_love_said_of_a_plight_is_sarcasm_and_quoted_not_taken_literally() -> None:
    said = _said("@Air Love sitting on the tarmac for 2 hours with no water")
    assert "you love" not in said and "“Love sitting on the tarmac" in said
    said = _said("@Rail just love being stuck at Leeds for an hour")
    assert "you just love" not in said and "you love" not in said
    # love of something good is the customer's, said as theirs
    assert "you love being" in _said("@Air love being upgraded to first class today")


def test_a_screenshot_below_is_shown_never_a_request() -> None:
    said = _said("@Shop Sure! Email receipt below. https://t.co/abc")
    assert "you'd like us to" not in said and "“Email receipt below”" in said
    assert "“Text screenshot attached”" in _said("@Air Ok! Text screenshot attached")


def test_gotta_give_thanks_is_what_the_customer_wants_to_do() -> None:
    said = _said("@Air gotta give thanks to the crew on flight 12. They found my phone!")
    assert "you want to give thanks to the crew on flight 12" in said and "gotta" not in said
    assert "you've got to" not in said


def test_a_sentence_opening_on_a_things_fault_gets_it_as_its_subject() -> None:
    said = _said("@Tel my new tablet is useless. Constantly freezes and restarts itself")
    assert "it constantly freezes and restarts itself" in said
    said = _said("@Tv help me with my player. Keeps crashing after the update")
    assert "it keeps crashing after the update" in said
    # after a comma it is left as written
    assert "and it still" not in _said("@Tel the app, still crashes")


def test_its_own_is_never_it_is_own() -> None:
    said = _said("@Tel my router has a mind of it's own since the update")
    assert "a mind of its own" in said


def test_a_closing_tag_before_emoji_is_left_out_like_one_at_the_very_end() -> None:
    said = _said("Sat at the gate for 3 hours with no news @SkyAir 😒😒")
    assert "SkyAir" not in said and "for 3 hours with no news" in said
    said = _said("why won't the app let me log in @ShopHelp :((")
    assert "ShopHelp" not in said


def test_cut_of_said_cut_off() -> None:
    said = _said("@Bank waited an hour and got cut of from the chat")
    assert "cut off from the chat" in said and "cut of " not in said


def test_a_question_mark_typed_without_its_space_ends_the_question() -> None:
    said = _said("@Air the crew never showed up. did nobody know there was a flight?2210 Bos-Jfk")
    assert "flight?2" not in said and "you're asking “did nobody know there was a flight?”" in said


def test_a_bare_painful_is_a_verdict_said_its() -> None:
    assert _said("@Cafe @Friend 😂 painful...") == "it's painful"
    assert _said("@Shop exhausting!") == "it's exhausting"


def test_an_oath_opening_a_sentence_is_never_said_back() -> None:
    said = _said("@Rail The 8:10 skipped my stop. F it, the whole carriage is late now.")
    assert "F it" not in said and "the whole carriage is late now" in said
    said = _said("@Air Screw it, I am driving home instead.")
    assert "Screw it" not in said and "you are driving home instead" in said


def test_a_declined_card_is_said_in_full_with_its_verb() -> None:
    said = _said("@Bank card declnd at the pump twice today")
    assert "the card was declined at the pump twice today" in said
    said = _said("@Bank my payment rejected again for no reason")
    assert "your payment was rejected again" in said


def test_a_sentence_opening_on_the_wait_on_hold_is_the_customers() -> None:
    said = _said("@Tel two hours on hold then disconnected. Still no refund")
    assert "you spent two hours on hold, then got disconnected" in said
    said = _said("@Air I tried. 50 mins on hold! Not good enough")
    assert "you spent 50 minutes on hold" in said


def test_the_customer_naming_themself_an_unhappy_flyer_is_said_as_theirs() -> None:
    said = _said("@Air Not a happy flyer. Flight 22 from Leeds to Bonn. Sunday.")
    assert said.startswith("you're not a happy flyer")
    assert "you're an unhappy customer" in _said("@Shop One unhappy customer!")


def test_a_handle_after_a_comma_keeps_its_word_before_the_ask() -> None:
    said = _said("When is the party, @delta?🎉")
    assert ",?" not in said  # never a comma left before the question mark
