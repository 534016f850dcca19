"""English reflections, round 23: error links said, slips mended, verdicts kept as stated."""

from __future__ import annotations

from dialogues.reflection import reflect


def _said(text: str) -> str:
    return reflect([text], "en")


def test_a_link_to_an_error_page_is_said_as_one_never_dropped_with_its_clause() -> None:
    said = _said(
        "@Shop my page was fine last week but now the link is https://shop.example/error?code=404"
    )
    assert "goes to an error page" in said
    assert "http" not in said
    said = _said("@Shop I open my store and get https://shop.example/page-not-found every time")
    assert "an error page" in said and "http" not in said


def test_an_ordinary_link_still_goes() -> None:
    said = _said("@Shop my order is late again, see https://shop.example/orders/55 please")
    assert "error page" not in said and "http" not in said


def test_a_learners_sure_slips_are_mended_in_our_voice() -> None:
    from dialogues.reflection import en_typos

    assert en_typos.mend("you're confused to why it renewed") == (
        "you're confused as to why it renewed"
    )
    assert en_typos.mend("you have had these trouble since long time") == (
        "you have had this trouble for a long time"
    )
    assert en_typos.mend("you can't log in w/o a code anf it hangs w/ the fan on") == (
        "you can't log in without a code and it hangs with the fan on"
    )
    assert (
        en_typos.mend("you left the bag, w/laptop inside") == "you left the bag, with laptop inside"
    )
    assert en_typos.mend("you keep getting these error") == "you keep getting these errors"
    # a link keeps its slash; "since a long time ago" is not the slip
    assert en_typos.mend("not since a long time ago") == "not since a long time ago"
    assert en_typos.mend("see example.com/w/page") == "see example.com/w/page"
    said = _said("@Shop I'm confused to why my plan renewed w/o asking me")
    assert "confused as to why" in said and "without asking you" in said


def test_its_before_a_noun_and_its_verb_is_the_possessive() -> None:
    from dialogues.reflection import en_typos

    assert en_typos.mend("it's battery used to last all day") == "its battery used to last all day"
    assert en_typos.mend("It's screen keeps flickering") == "Its screen keeps flickering"
    # "it's" before a word that is no noun with its own verb stays
    assert en_typos.mend("it's been broken was my guess") == "it's been broken was my guess"
    assert en_typos.mend("it's the only one that works") == "it's the only one that works"
    assert en_typos.mend("it's really is broken") == "it's really is broken"


def test_a_stated_fact_is_not_softened_into_a_feeling_by_a_verdict_in_a_later_clause() -> None:
    from dialogues.reflection import en

    assert en.shift("It's still broken and it's getting annoying") == (
        "It's still broken and it's getting annoying"
    )
    assert en.shift("this happens every day, it's so frustrating") == (
        "this happens every day, it's so frustrating"
    )
    # a verdict in the first clause is still theirs
    assert en.shift("It's ridiculous that my order is late") == (
        "you feel it's ridiculous that your order is late"
    )


def test_af_as_an_intensifier_is_an_oath_never_said_back() -> None:
    said = _said("@Shop my order is three weeks late and the tracking page is slow af")
    assert " af" not in said and "the tracking page is slow" in said
    said = _said("@Shop the new update is annoying AF, it logs me out every hour")
    assert " AF" not in said and "annoying" in said
    # a flight code is no oath
    assert "AF 123" in _said("@Shop my flight AF 123 was cancelled and nobody told me")


def test_a_word_said_three_times_for_stress_is_said_once() -> None:
    from dialogues.reflection import en_typos

    assert en_typos.mend("you love love love the new app") == "you really love the new app"
    assert en_typos.mend("it's slow slow slow today") == "it's slow today"
    # twice may be meant ("so so", "that that")
    assert en_typos.mend("the service was so so") == "the service was so so"


def test_massage_where_an_app_shows_it_is_a_message() -> None:
    from dialogues.reflection import en_typos

    assert en_typos.mend("you get an error massage on login") == "you get an error message on login"
    assert en_typos.mend("the massage it shows is blank") == "the message it shows is blank"
    assert en_typos.mend("a massage pops up") == "a message pops up"
    # a massage booked is a massage
    assert en_typos.mend("you booked a massage for Friday") == "you booked a massage for Friday"


def test_a_whole_clause_in_brackets_is_said_without_them() -> None:
    from dialogues.reflection import en_typos

    assert en_typos.mend("(when you log out you can't see it either)") == (
        "when you log out you can't see it either"
    )
    assert en_typos.mend("(You're new to the platform)") == "You're new to the platform"
    # a list aside keeps its brackets
    assert en_typos.mend("(Hand gel, masks, etc)") == "(Hand gel, masks, etc)"
    said = _said("@Shop my comment is hidden. (when I log into another account I cant see it)")
    assert "(" not in said and "when you log into another account you can't see it" in said


def test_any_help_as_a_sentence_of_its_own_is_a_plea() -> None:
    from dialogues.reflection import en_mend

    assert en_mend.message("@Shop any help here") == "@Shop Please help."
    assert en_mend.message("My parcel is lost.Any help?") == "My parcel is lost. Please help."
    said = _said("@Shop my parcel never came and the tracking stopped. Any help?")
    assert "you'd like us to help" in said and "Any help" not in said
    # inside a sentence it is the customer's words
    assert en_mend.message("Any help would be appreciated") == "Any help would be appreciated"
    assert en_mend.message("the agent wasn't any help.") == "the agent wasn't any help."


def test_a_pointer_to_attached_pictures_leading_a_sentence_goes() -> None:
    from dialogues.reflection import en_mend

    assert en_mend.message("It broke. See the screenshots below, the app shows no text") == (
        "It broke. the app shows no text"
    )
    said = _said("@Shop my parcel came broken. See the pictures below, the box is crushed")
    assert "the box is crushed" in said and "See the pictures" not in said
    # a plea to look is the customer's request, left as it was
    assert en_mend.message("Look at the pictures. It is bad") == "Look at the pictures. It is bad"


def test_a_plea_for_help_with_a_doing_typed_on_after_a_noun_starts_a_sentence() -> None:
    from dialogues.reflection import en_mend

    assert en_mend.message("my card is no longer on my account I need help getting it back") == (
        "my card is no longer on my account. I need help getting it back"
    )
    said = _said("@Shop my phone number changed on my profile I need help logging back in")
    assert "your profile, and you need help logging back in" in said
    # one clause: the help is what the noun needs, or a relative clause
    assert en_mend.message("a problem I need help with") == "a problem I need help with"
    assert en_mend.message("the bill that I need help paying") == "the bill that I need help paying"


def test_a_subjectless_not_sure_said_in_our_voice_gets_its_subject() -> None:
    from dialogues.reflection import en_typos

    assert en_typos.mend("not sure why your card was declined") == (
        "you're not sure why your card was declined"
    )
    said = _said("@Shop the parcel came open...not sure what happened, but the box was wet")
    assert "you're not sure what happened" in said
    # only opening the clause: "it's not sure if" is the customer's own subject
    assert en_typos.mend("it's not sure if it saved") == "it's not sure if it saved"
