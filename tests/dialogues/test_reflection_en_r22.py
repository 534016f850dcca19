"""English reflections, round 22: what a photo shows, numbered handles as the company."""

from __future__ import annotations

from dialogues.reflection import en, reflect


def _said(text: str) -> str:
    return reflect([text], "en")


def test_a_clause_pointing_at_what_a_photo_shows_is_quoted_never_said_in_our_voice() -> None:
    assert en.shift("There's my parcel") is None
    assert en.shift("Look! There’s my parcel") is None
    assert en.shift("here is my booking code ZX41") is None
    assert en.shift("heres my receipt") is None
    said = _said("@Shop the app sends a picture now. Look! There's my parcel. Not my door though")
    assert "there's your parcel" not in said.lower()
    assert "There's my parcel" in said or "There’s my parcel" in said


def test_a_clause_merely_starting_with_there_is_still_shifts() -> None:
    # only the customer's own thing pointed at is quoted; "there's no signal" is told
    assert en.shift("there's no signal in my flat") == "there's no signal in your flat"
    assert en.shift("my parcel is there") == "your parcel is there"


def test_a_numbered_handle_a_verb_of_feeling_or_about_takes_is_them_never_a_number() -> None:
    from dialogues.reflection import en_stray

    assert en_stray.message("Love @204417 but my playlist vanished") == (
        "Love them but my playlist vanished"
    )
    assert "about them but" in en_stray.message("I rarely complain about @30981 but the app died")
    said = _said("I really love @204417 but the app keeps crashing on my tablet")
    assert "204417" not in said and "love them" in said
    # a capitalised name it tags is the name said, as after a preposition
    assert en_stray.message("I love @30981 Prime") == "I love Prime"
    # a subject is left to the subject rules ("that they are"), never "them"
    assert en_stray.message("I hate that @30981 is so slow") == "I hate that they are so slow"


def test_an_account_tag_typed_on_without_a_stop_never_takes_the_problem_with_it() -> None:
    said = _said("@HelpDesk I'm changing my card but keep getting an error Acc: 70315518824")
    assert said == "you're changing your card but keep getting an error"
    said = _said("@HelpDesk the parcel never came and nobody replies Order #55120947")
    assert said == "the parcel never came and nobody replies"
    # after a word wanting its noun the tag is not parted: no "against the." left dangling
    said = _said("@HelpDesk they cancelled it against the ORDER # 618-204-77")
    assert "against the." not in said and "618" not in said


def test_a_numbered_handle_calling_the_company_at_a_sentence_start_goes() -> None:
    from dialogues.reflection import en_stray

    assert (
        en_stray.message("Still broken. @30981 is there a fix?") == "Still broken. is there a fix?"
    )
    assert en_stray.message("Ugh! @30981 so annoying") == "Ugh! so annoying"
    said = _said("Meh! @30981 is there a reason my playlist vanished?")
    assert "30981" not in said and "is there a reason" in said
    # a handle that is the subject of its verb is left to the subject rules
    assert "@30981 says" in en_stray.message("Fine. @30981 says it shipped")


def test_thanks_to_a_handle_typed_on_is_its_own_sentence_never_glued_to_the_telling() -> None:
    from dialogues.reflection import en_stray

    assert en_stray.message("the cap is too low Thanks @30981 for the tip") == (
        "the cap is too low. Thanks @30981 for the tip"
    )
    said = _said("@Shop raise the download cap I would pay more Thanks @30981 for the tip!")
    assert "30981" not in said and "Thanks" not in said and "pay more" in said
    # thanks that opens the tweet or follows a stop is untouched
    assert en_stray.message("Thanks @30981 for the tip") == "Thanks @30981 for the tip"


def test_a_numbered_handle_before_a_prefixed_verb_is_they_with_the_verb_agreeing() -> None:
    from dialogues.reflection import en_stray

    assert en_stray.message("I hate that @30981 autoplays videos") == (
        "I hate that they autoplay videos"
    )
    assert en_stray.message("since @30981 overcharges me") == "since they overcharge me"
    # a noun in "-s" after the handle is no verb: left as written
    assert "@30981" in en_stray.message("because @30981 prices are high")


def test_a_question_run_on_into_what_the_customer_did_is_asked_and_the_deed_told() -> None:
    said = _said("@Shop why is the download so slow I started it two hours ago and it's stuck")
    assert said.startswith("you're asking “why is the download so slow?”")
    assert "you started it two hours ago" in said
    said = _said("@Shop are you still honouring the student rate I've had it for a year")
    assert "“are you still honouring the student rate?”" in said.lower()
    assert "you've had it for a year" in said


def test_a_relative_or_subordinate_i_clause_stays_inside_the_question() -> None:
    from dialogues.reflection import en_stray

    for text in (
        "why do all the songs I downloaded vanish from my phone",
        "where is the parcel I ordered last week",
        "why was I charged after I cancelled my plan",
        "how come I paid twice for this",
    ):
        assert en_stray.message(text) == text


def test_in_fact_goes_on_into_the_i_clause() -> None:
    """ "… when in fact I already paid …" is one question: never “… when in fact?”."""
    said = reflect(
        ["why am I getting payment failure mails when in fact I already paid on Monday"], "en"
    )
    assert "in fact?" not in said and "in fact I already paid" in said
