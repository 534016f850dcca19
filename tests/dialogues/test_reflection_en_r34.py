"""English reflections, round 34 (tuning: en.tsv 1–1000 and tune_en)."""

from __future__ import annotations

from dialogues.reflection import reflect


def _said(text: str) -> str:
    return reflect([text], "en")


def test_a_question_opened_by_a_wh_phrase_is_asked_whole() -> None:
    said = _said("@united How long can I expect the formal response to take?")
    assert "asking “How long can I expect the formal response to take?”" in said
    said = _said("@USAirways your chairmans phone is down. what other number can i use?")
    assert "“what other number can i use?”" in said and "“can i use?”" not in said
    said = _said("@JetBlue at what point in delays can I take a different flight?")
    assert "“at what point in delays can I take a different flight?”" in said
    # a telling before the plea still asks apart
    said = _said("@united I see two flights with two seats in the morning can we get on those")
    assert "you see two flights" in said and "“can we get on those?”" in said


def test_an_at_sign_standing_for_at_is_said_at() -> None:
    said = _said("@united 4 passengers left with no hotel at the end of the night @ hou airport.")
    assert "night at hou airport" in said and "@" not in said
    said = _said("@united flt 1249 was cancelled and I get email @3:30 AM? What happened?")
    assert "email at 3:30 AM" in said
    said = _said("@united Why do I still not have my bags? They arrived @10AM and still nothing")
    assert "arrived at 10AM" in said
    # a handle that begins with digits is still a handle
    said = _said("@USAirways you stranded @41CGQueen at CLT and she vows never to fly with you")
    assert "at 41" not in said
    said = _said("@SouthwestAir @ LAX is almost a mess.")
    assert said.startswith("LAX is almost a mess"), said


def test_please_after_to_is_no_plea_of_its_own() -> None:
    said = _said("@JetBlue's new CEO seeks the right balance to please passengers and Wall Street")
    assert "to please passengers and Wall Street" in said and "like us to" not in said
    assert _said("@united I asked them to please call me back") == (
        "you asked them to please call you back"
    )
    said = _said("@united my bag is lost please help me find it")
    assert "you'd like us to help you find it" in said


def test_a_closing_thank_you_with_its_own_subject_is_not_cut_from_it() -> None:
    said = _said("@JetBlue you guys operate a world class company and for that I thank you")
    assert said.endswith("for that I thank you”"), said
    assert _said("@united great flight thank you") == "you said “great flight”"


def test_youre_typed_for_your_before_a_noun_and_its_verb_is_our() -> None:
    assert _said("@AmericanAir you're airline is ridiculous") == "our airline is ridiculous"
    said = _said("@USAirways I tweet to tell you how horrible you're attendants are.")
    assert "how horrible our attendants are" in said
    # "you're" as "you are" stays as it was
    for text in (
        "@united you're right there is a problem",
        "@united you're not helping",
        "@united you're telling me it was my fault",
    ):
        assert "our " not in _said(text).replace("your ", ""), _said(text)


def test_a_hedge_after_a_clause_is_set_off_and_im_afraid_is_no_fear() -> None:
    said = _said("@united 132 characters does not cover my reasons I'm afraid")
    assert said == "132 characters does not cover your reasons"
    said = _said("@AmericanAir my return flight is on Wednesday; AA138 I believe.")
    assert said.endswith("AA138, you believe"), said
    said = _said("@AmericanAir yes but you are still human I hope, dealing with the horror stories")
    assert said.startswith("you hope we are still human,"), said  # r36: the clause hoped
    assert "alright you hope" in _said("@JetBlue Alright I hope.").lower()


def test_a_person_named_is_not_a_person_sought() -> None:
    from dialogues.person_sought import seeks_person

    for text in (
        "@united agent helps the person in front of me. Finishes up and walks away.",
        "@united really? Someone called in sick and then someone FORGOT to call a replacement?!",
        "@AmericanAir now down to only one agent helping a line of almost 100 customers.",
        "@united your baggage person told me to go through @AirCanada",
    ):
        assert not seeks_person(text), text
    for text in (
        "@united need to chat with an actual human ASAP!",
        "@USAirways Can someone please answer my call.",
        "@USAirways this is crazy. Haven't spoken to a human yet.",
        "@AmericanAir please DM me a way to get in touch with someone that can help.",
        "@AmericanAir Over 3 hours to get NO human to help me.",
    ):
        assert seeks_person(text), text


def test_a_past_verb_done_to_me_after_the_handle_has_the_company_for_its_doer() -> None:
    said = _said("@AmericanAir served me rubber pasta that tastes like plastic.")
    assert said.startswith("we served you rubber pasta"), said
    assert _said("@USAirways left us. This sucks.").startswith("we left you")
    # "took me 4 hours" has "it" for subject; "Let us know" is a plea
    assert not _said("@USAirways took me 4+ hours to book flights yesterday").startswith("we")
    assert not _said("@united Let us know when you find everyone's luggage.").startswith("we")
    said = _said("@united checked me in under the wrong name and given the wrong boarding pass.")
    assert "we checked" not in said


def test_a_lower_case_handle_said_as_the_subject_is_a_capitalised_name() -> None:
    assert _said("@united is the worst airline in the world.") == (
        "United is the worst airline in the world"
    )
    said = _said("@united @delta lost my luggage from ATL")
    assert said.startswith("Delta lost your luggage"), said


def test_a_hedge_on_a_line_of_its_own_is_not_set_on_the_line_before() -> None:
    out = _said("@Acme Thanks for the reply\nMy Channel's URL : https://example.com/u/abc\nI hope")
    assert "you sent your channel's URL" in out
