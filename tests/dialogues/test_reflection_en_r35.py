"""English reflections, round 35: airline tweets said back as a careful listener would."""

from __future__ import annotations

from dialogues.reflection import en_headline, en_mend, reflect


def _said(message: str) -> str:
    """The English reflection of one message."""
    return reflect([message], "en")


def test_airport_code_ord_is_not_third() -> None:
    said = _said("@united The ORD ground crew only had an hour to move my bags 200 yards")
    assert "ORD ground crew" in said and "third" not in said
    assert en_mend.message("the ord floor was closed") == "the third floor was closed"


def test_set_replies_to_the_company_are_quoted_never_shifted() -> None:
    said = _said("@united I had my wipes and did your job for you. You're welcome. #badservice")
    assert "we're welcome" not in said and "“You're welcome”" in said
    said = _said("@AmericanAir Funny you should say that. I have been monitoring since January")
    assert "funny we should" not in said and "“Funny you should say that”" in said


def test_exclamations_and_openers_are_left_out() -> None:
    assert _said("@united oh my goodness, you lost my bag") == "we lost your bag"
    assert _said("@united you know what, you lost my bag again") == "we lost your bag again"
    assert "your goodness" not in _said("@united my goodness the flight was late again")
    assert "what happened" in _said("@united you know what happened? you lost my bag")


def test_a_question_in_question_order_without_its_mark_is_asked() -> None:
    said = _said("@JetBlue I flew with your airline once and saw no kangaroos. Had this been fixed")
    assert "you're asking “Had this been fixed”" in said and "you had this" not in said
    said = _said("@USAirways Do you have a bereavement fare as my grandfather just passed.")
    assert said.startswith("you're asking “Do you have a bereavement fare")
    assert _said("@united can you let us out of the gate now. UA1157").startswith("you're asking")
    assert "you're asking" not in _said("@JetBlue Phew!! Did it!!")


def test_a_rhetorical_question_without_its_mark_is_not_asked() -> None:
    # The blind gate (stop 26): an I-question, a negative one, "any worse" are no inquiry.
    for text in (
        "@united Did I mention that I was ON THE PLANE so is my luggage.",
        "@united you just bumped me off the last flight. Can this get any worse.",
        "@united a plane sat in a hangar all day. Doesn't anyone actually do maintenance",
        "@united are you kidding me with this customer service! It's terrible.",
        "@united Do you realise that the page disappears after the code comes! I'M STUCK",
    ):
        said = _said(text)
        assert "asking “Did I" not in said and "asking “Can this" not in said, said
        assert "asking “Doesn't" not in said and "asking “are you kidding" not in said, said
        assert "asking “Do you realise" not in said, said


def test_a_shared_headline_keeps_its_subject_and_loses_its_source() -> None:
    said = _said("@JetBlue unveils new 'Bluemanity' livery - USA TODAY http://t.co/ueGgKN79zA")
    assert said == "you said “JetBlue unveils new 'Bluemanity' livery”"
    said = _said("@JetBlue Dumps Amex - Nassau News Live http://t.co/DZg99JFIiK")
    assert "JetBlue Dumps Amex" in said and "Nassau" not in said
    said = _said("@VirginAmerica this is great news! Flights to Hawaii http://t.co/r via @biz")
    assert not said.startswith("VirginAmerica")  # the handle addressed, no subject
    asked = "@United Can you add legroom? http://t.co/x via @CNNMoney"
    assert en_headline.named(asked) == asked
