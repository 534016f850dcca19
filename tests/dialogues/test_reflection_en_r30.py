"""English reflections, round 30: set-ups told, not asked; slips mended in our voice."""

from __future__ import annotations

from dialogues.reflection import reflect


def _said(text: str) -> str:
    return reflect([text], "en")


def test_a_when_set_up_with_no_question_mark_is_said_not_asked() -> None:
    said = _said("When @Shop sells eggs by the dozen but half of them are cracked")
    assert "you said “When Shop sells eggs by the dozen" in said and "asking" not in said
    said = _said("When your parcel, card and gift are all in the same box - but it never arrives")
    assert "you said “When your parcel" in said and "asking" not in said
    # a question typed without its mark still asks
    assert "asking" in _said("@Shop when will my refund be processed")
    assert "asking" in _said("@Shop when u gonna fix the app")
    assert "asking" in _said("@Shop when the new update will be available")
    assert "asking" in _said("@Shop when is the sale starting")


def test_the_it_dropped_before_seems_is_said_in_our_voice() -> None:
    said = _said("@Air the queue was long, but seems your agents too slow to board anyone")
    assert "but it seems our agents are too slow to board anyone" in said
    said = _said("@Air my bag was missing but looks like the bag is now found")
    assert "but it looks like the bag is now found" in said
    # a subject said already keeps its own verb
    assert "it seems" not in _said("@Air my phone seems broken and looks old")


def test_the_companys_own_service_told_bare_is_ours() -> None:
    said = _said("@Air customer service is the WORST. Nobody picks up the phone")
    assert "our customer service is the worst" in said
    assert "our staff was rude at the gate" in _said("@Air staff was rude at the gate")
    assert "our airline sucks" in _said("@Air Airline SUCKS! I want a refund")
    # a service named with its own word keeps it
    assert "the customer service at the hotel" in _said(
        "@Air the customer service at the hotel was great"
    )


def test_a_rhetorical_question_is_said_not_asked() -> None:
    said = _said("@Air my bag has been missing for a week. Have you forgotten me?")
    assert "you said “Have you forgotten me?”" in said and "asking" not in said
    said = _said("@Shop you sent me a broken lamp Is this a joke")
    assert "you said “Is this a joke”" in said and "asking" not in said
    said = _said("@Air how does that help me when nobody answers the phone?")
    assert "you said “how does that help me" in said
    # a real question that opens alike still asks
    assert "asking" in _said("@Air how does the upgrade list work?")
    assert "asking" in _said("@Air are you serving meals on the flight to Boston?")


def test_a_modal_with_its_i_dropped_is_said_in_our_voice() -> None:
    said = _said("@Air 48 hours and still no bag. Could have flown to Rome and back by now.")
    assert "you could have flown to Rome and back by now" in said
    said = _said("@Air Would have loved to talk to someone but the line was busy")
    assert "you would have loved to talk to someone" in said
    # a modal with another's subject stays theirs
    assert "you should be ashamed" not in _said("@Air should be ashamed of themselves")


def test_a_booking_code_is_never_echoed() -> None:
    said = _said("@Air my flight was delayed 3 hours. Here is my conf #K8NEQM. Please follow up.")
    assert "K8NEQM" not in said and "your flight was delayed 3 hours" in said
    said = _said("@Air please check why my meals are gone. My booking no BX3TNC")
    assert "BX3TNC" not in said and "meals are gone" in said
    # a flight number or a model name is no booking
    assert "AA3230" in _said("@Air awesome crew this morning on AA3230, thank you")


def test_a_relatives_thing_told_bare_is_the_customers() -> None:
    said = _said("@Air we have waited all week. Wife's 12pm flight is now delayed to 6:30.")
    assert "your wife's 12pm flight is now delayed" in said and "Wife's" not in said
    assert "your daughter's bag was lost" in _said("@Air Daughter's bag was lost in Denver")


def test_closing_tags_before_an_emoji_are_no_words() -> None:
    said = _said("@Air you are so kind for sending fans to meet the band #MeetTheBand 😋")
    assert "MeetTheBand" not in said and "to meet the band" in said
    # a tag the sentence needs stays its last word
    assert "you missed your wedding" in _said("@Air and I missed my #wedding 😭")


def test_a_closing_check_in_is_where_it_was_said() -> None:
    said = _said("@united such a calm space for a snack before my trip! (at @United Club Lounge)")
    assert "it's such a calm space for a snack before your trip at United Club Lounge" in said
    said = _said("@Air such a relaxing place for a drink before my flight! (at Gate 12)")
    assert "before my flight at Gate 12”" in said and "(at" not in said


def test_an_outcry_in_a_chain_is_said_as_a_statement() -> None:
    said = _said("@Air I am done with you. What a waste of all the miles I have too! Never again")
    assert "it's a waste of all the miles you have too" in said and "what a waste" not in said


def test_a_past_form_after_a_negated_do_is_mended() -> None:
    said = _said("@Game I won a car at the casino and I didn't got it in any garage")
    assert "you didn't get it in any garage" in said and "didn't got" not in said
    assert "you did not get it" in _said("@Game I won a prize and I did not got it")
    # "got" after another word is left
    assert "got the refund" in _said("@Game I didn't know I got the refund already")


def test_how_can_you_not_is_a_complaint_said() -> None:
    said = _said("@Air how can you have no food on a 6 hour flight to Denver?")
    assert "you said “how can you have no food" in said and "asking" not in said
    said = _said("@Shop how is it legal to sell masks for ten times their price?")
    assert "you said “how is it legal" in said
    # "how can you help" asks
    assert "asking" in _said("@Air how can you help me change my seat?")


def test_a_time_before_instead_or_late_is_said_in_full() -> None:
    said = _said("@Air the agent argued with me for 10 mins instead of boarding me")
    assert "for 10 minutes instead of boarding you" in said
    assert "30 minutes late" in _said("@Air my flight left 30 mins late again")


def test_more_text_speak_said_in_full() -> None:
    said = _said("@Air I paid for a premium acc but still get the rude customer svc")
    assert "a premium account" in said and "customer service" in said
    said = _said("@Air I had to solve the probs your team created")
    assert "the problems our team created" in said
    # a name in capitals is no text-speak
    assert "the ACC tournament" in _said("@Air I am flying to the ACC tournament today")
