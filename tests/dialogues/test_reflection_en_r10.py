"""English reflections, round 10: constructed cases for the judged faults of seed 20261201."""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect


def _said(text: str) -> str:
    return reflect([text], "en")


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "@Air first ride on the new jet with new seats and video. Nice improvement!",
            "Nice improvement",
        ),
        (
            "@Air rudest gate agent experience! Yelling at customers all morning.",
            "rudest gate agent",
        ),
    ],
)
def test_a_short_verdict_is_kept_not_dropped_as_an_aside(text: str, verdict: str) -> None:
    assert verdict in _said(text)


def test_a_clause_cut_off_by_the_tweets_end_is_left_out() -> None:
    out = _said("@Air how would this work abroad? Bottom line is people feel as if there's (1)")
    assert "there's" not in out
    assert "how would this work abroad?" in out


def test_a_shortened_word_with_a_stop_is_said_whole_and_ends_no_sentence() -> None:
    out = _said("@Air kiosks are broken, lines are long for cust. Support, and bag drop.")
    assert "customer support, and bag drop" in out
    assert "“Support" not in out


def test_yr_is_the_companys_and_a_toast_is_courtesy() -> None:
    out = _said("@Air thx! Again, yr crew is great. Cheers to less rain in our future")
    assert "our crew is great" in out
    assert "rain" not in out and "yr" not in out


def test_thanks_passed_on_to_someone_else_is_no_telling() -> None:
    assert _said("@Air Thank you for the voucher. And to @SomeOne for kind words.") == ""


def test_down_mistyped_for_dont_before_a_verb() -> None:
    out = _said("@Air I really down think cutting the snacks is a good way to go.")
    assert "you really don't think cutting the snacks" in out


def test_the_company_told_what_it_should_do_to_the_customer_is_we() -> None:
    out = _said("@Air should contact me and the others on my flight. None of our info works!")
    assert out.startswith("we should contact you and the others on your flight")


@pytest.mark.parametrize(
    "text",
    [
        "@Air should be seeing this sunset from the beach not the office!",  # the customer's
        "@Air should be ashamed of themselves for these prices!",
    ],
)
def test_a_modal_after_the_handle_without_the_customer_as_object_stays_quoted(text: str) -> None:
    assert not _said(text).startswith("we ")


def test_a_plea_glued_after_a_telling_is_asked_apart() -> None:
    out = _said("@Air I see two flights with two seats in the morning can we get on those")
    assert out == (
        "you see two flights with two seats in the morning, and you're asking "
        "“can we get on those?”"
    )


@pytest.mark.parametrize(
    "text",
    ["@Air nothing works and still no icon. What else can I try?", "@Air I know how can I fix it"],
)
def test_a_modal_after_a_question_word_is_no_seam(text: str) -> None:
    assert "“can I" not in _said(text)


def test_a_quotation_opened_curly_and_closed_straight_is_one_span() -> None:
    out = _said('@Air No. The emails feel a little like “We don’t care. We’re automated."')
    assert "‘We don’t care. We’re automated.’”" in out
    assert "”, and “" not in out


def test_thanks_with_a_sting_after_a_dash_is_no_gratitude() -> None:
    out = _said("@Air Thanks for info on big passengers- the extra seat was the one I was in")
    assert "grateful" not in out
    assert "you said “Thanks for info on big passengers" in out


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("@Air gorgeous day, hope the flight back is as nice!", "you hope the flight back"),
        (
            "@Air it's flight 12, keep seeing different times, from late to boarding",
            "you keep seeing",
        ),
        ("@Air Followback so I can DM plz", "you'd like us to follow you back so you can DM"),
        ("@Air GF was on hold for 4 hours! Need a flight", "your girlfriend was on hold"),
        ("@Air my call was dropped. HELP!!!", "you'd like us to help"),
    ],
)
def test_the_customers_shorthand_is_said_in_full_in_our_voice(text: str, said: str) -> None:
    assert said in _said(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("@Air 3hr30min right now... any end in sight?", "3hr30min right now"),
        ("@Air why will you not cover our hotel costs? At the airport for 5hrs...", "for 5hrs"),
    ],
)
def test_how_long_the_customer_waited_is_no_aside(text: str, kept: str) -> None:
    assert kept in _said(text)


def test_a_handle_looked_at_is_named() -> None:
    assert "“How about you look at aircanada?”" in _said("@Air How about you look @aircanada?")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("@Air I need 2 get home tonight", "you need to get home"),
        ("@Air I have 2 bags and both are lost", "you have 2 bags"),
        ("@Air My wait: Phone hold 4 46mins.", "hold for 46mins"),
        ("@Air fast reply but no follow up - not really the service I expected", "it's not really"),
        ("@Air the agent yelled at me and that is not OK!!", "that is not OK"),
    ],
)
def test_textspeak_and_a_verdicts_ok_are_said_plainly(text: str, said: str) -> None:
    assert said in _said(text)


def test_an_opening_well_and_a_bare_closing_hash_are_not_said() -> None:
    out = _said("@Air Well the bar is set low! I sent 4 complaints and there is no call back #")
    assert out.startswith("the bar is set low")
    assert not out.rstrip().endswith("#")


def test_a_hash_meaning_number_stays() -> None:
    assert "a # for customer service" in _said("@Air Please msg me a # for customer service.")


def test_time_for_something_is_a_call_not_an_aside() -> None:
    out = _said("@Air your new website isn't a great experience. Time for another redesign.")
    assert "“Time for another redesign”" in out


def test_a_handle_that_has_been_a_month_is_it() -> None:
    out = _said("@Air has been almost a month and still no response to my complaint.")
    assert out.startswith("it has been almost a month")


def test_stops_between_single_words_are_emphasis() -> None:
    out = _said("@Air you changed my flight 6 times. Never. Flying. Air again.")
    assert "you're never flying Air again" in out


def test_a_stop_typed_without_a_space_parts_the_sentences() -> None:
    out = _said("@Air I could have had the fee dropped, now told no.Worse day of my life")
    assert "no.Worse" not in out


def test_a_handle_after_the_addressee_and_a_comma_is_who_did_it() -> None:
    out = _said("@Air, @somechris dropped a track on you... https://t.co/x")
    assert "somechris dropped a track on" in out


def test_but_not_after_an_ellipsis_stays_with_its_clause() -> None:
    out = _said("@Air I normally ask people to put on headphones...but not toddlers.")
    assert "you normally ask people to put on headphones, but not toddlers" in out


def test_tags_that_end_a_noun_phrase_are_its_words() -> None:
    out = _said("@Air I am a premium #GoldMiles #cardholder. You hung up on me twice.")
    assert out.startswith("you are a premium GoldMiles cardholder")


def test_a_stretched_cheer_is_no_telling() -> None:
    assert _said("@Air why thank you!! Yayayay!!") == ""


def test_never_been_is_the_customers() -> None:
    assert "you've never been here" in _said("@Air Rebooked for tomorrow. Never been here - wow!")


def test_a_small_letter_exception_after_a_question_asks_on() -> None:
    out = _said("@Air great fares everywhere. Why nothing from Buffalo? except for 2 cities?")
    assert "“Why nothing from Buffalo except for 2 cities?”" in out


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("@Air @OtherAir lost my luggage in Denver", "OtherAir lost your luggage"),
        (
            "@AcmeAir and @TuneShop put me in a bad mood.",
            "AcmeAir and TuneShop put you in a bad mood",
        ),
    ],
)
def test_who_did_it_among_several_handles_is_named(text: str, said: str) -> None:
    out = _said(text)
    assert said in out
    assert not out.startswith("we ")
