"""English reflections, round 31 (tuning: en.tsv 1–1000 and tune_en)."""

from __future__ import annotations

from dialogues.reflection import reflect


def _said(text: str) -> str:
    return reflect([text], "en")


def test_a_verdict_with_its_it_dropped_is_said_with_it() -> None:
    said = _said("@Air Would be nice if your app showed the gate changes.")
    assert "it would be nice if our app showed the gate changes" in said, said
    said = _said("@Air would have been good to know before I paid for the seat")
    assert "it would have been good to know before you paid for the seat" in said, said
    assert "it sure would be nice to have" in _said("@Air I love it. Sure would be nice to have.")
    # the customer's own "would" keeps its "you"
    assert "you would be forever grateful" in _said("@Air Would be forever grateful")
    assert "you would love help" in _said("@Air would love help getting there today")


def test_a_dropped_subject_that_was_not_the_customer_is_quoted_never_you() -> None:
    said = _said("@Air had me on hold for 25 minutes and then hung up")
    assert "you had you" not in said and "“had me on hold for 25 minutes" in said, said
    said = _said("@Air the agent was rude. Has no idea what is going on.")
    assert "you has" not in said and "“Has no idea what is going on”" in said, said
    said = _said("@Air the flight is cancelled. Will they have to claim and recheck luggage.")
    assert "you will they" not in said, said
    said = _said("@Air just lost a faithful customer.")
    assert "you said “just lost a faithful customer”" in said, said
    said = _said("@Air will continue to be my airline of choice.")
    assert "your airline of choice" not in said, said
    # the customer's own doing keeps its "you"
    assert "you left your iPad on the plane" in _said("@Air Left my iPad on the plane")
    assert "you had to rent a car" in _said("@Air Had to rent a car and drive 3 hours")


def test_took_forever_after_but_is_it_that_took_forever() -> None:
    assert "it took forever" in _said("@Air yes, thanks but took forever")


def test_dm_sent_is_their_report_never_a_request() -> None:
    assert "you've sent us a DM" in _said("@Air DM sent.  Thank you.")
    said = _said("@Air DM sent as requested. Please follow back")
    assert "you've sent us a DM as requested" in said and "DM sent" not in said, said
    assert "you've sent us DMs with your details" in _said("@Air DMs sent with my details")
    assert "you've sent an email" in _said("@Air email sent, still no reply")
    # a request to DM stays a request
    assert "you'd like us to DM you" in _said("@Air please DM me")


def test_a_thanks_for_a_harm_named_in_other_words_is_sarcasm_quoted() -> None:
    for text in (
        "@Air thanks for making everyone wait in the dark for an hour. #incompetence",
        "@Air thanks for leaving our 3 year old in his own row",
        "@Air Thx for the unnecessary headache.",
        "@Air thanks for trying to take my money without notice.",
        "@Air thank you for blowing my vacation.",
        "@Air thanks for the info I already knew...",
    ):
        said = _said(text)
        assert "grateful" not in said and "you said “th" in said.lower(), said
    # a thanks for a good turn is still gratitude
    assert "you're grateful to us for making your night" in _said("@Air thanks for making my night")
    assert "grateful" in _said("@Air thanks for getting us home safely")


def test_a_modal_whose_verb_is_done_to_the_customer_is_someone_elses() -> None:
    said = _said("@Air Couldn't get me anywhere today and also lost 2 bags of mine!")
    assert "you couldn't get you" not in said and "“Couldn't get me anywhere" in said, said
    said = _said("@Air cannot provide us an alternative flight until Sunday")
    assert "you cannot provide you" not in said, said
    assert "you can't get your bag back" in _said("@Air can't get my bag back")


def test_ur_before_a_verb_in_ing_is_youre_never_your() -> None:
    said = _said("@Air I understand why ur doing it. But give us notice")
    assert "you understand why we're doing it" in said and "our doing" not in said, said
    said = _said("@Air if ur packing us to the gills at least load the bags")
    assert "our packing" not in said, said
    # "ur" before a noun is still "your"
    assert "our boarding pass" in _said("@Air ur boarding pass app crashed")


def test_help_that_ends_a_question_is_no_plea_of_its_own() -> None:
    said = _said("@Air they said they would talk to the crew about it how does that help")
    assert "you'd like us to help" not in said and "how does that help" in said, said
    said = _said("@Air he was the only person in the airport who would help :)")
    assert "who would help" in said and "you'd like us to help" not in said, said
    # a bare plea at the end is still a plea
    assert "you'd like us to help" in _said("@Air my account is locked help")


def test_a_labelled_booking_code_in_capitals_alone_is_never_said_back() -> None:
    said = _said("@Air they moved me to tomorrow. My 1st reservation is PGFRYZ. Please help.")
    assert "pgfryz" not in said.lower() and "they moved you to tomorrow" in said, said
    said = _said("@Air conf number FMJTYL delayed - any chance of an earlier flight?")
    assert "fmjtyl" not in said.lower() and "earlier flight" in said, said
    # six capitals that spell a word are no code
    assert "your reservation is broken" in _said("@Air my reservation is BROKEN")


def test_a_doing_done_to_the_customer_is_never_youre() -> None:
    said = _said("@Air letting me down in San Fran. No Media rate?")
    assert "you're letting you" not in said and "letting you down in San Fran" in said, said
    said = _said("@Air holding us hostage for an hour with no updates")
    assert "holding you hostage" in said and "you've been holding you" not in said, said
    # the customer's own doing keeps its "you're"
    assert "you're trying to check in" in _said("@Air trying to check in and the app crashes")
    assert "you're never flying US Air again" in _said("@Air Never flying US Air again.")
