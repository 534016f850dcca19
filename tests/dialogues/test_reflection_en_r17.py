"""English reflections, round 17: closing handles, a dropped "I", "plus help", exclamations."""

from __future__ import annotations

from dialogues.reflection import reflect


def _said(text: str) -> str:
    return reflect([text], "en")


def test_a_numbered_handle_closing_a_sentence_goes() -> None:
    assert _said("The new update is draining my battery @4711. Please fix it.") == (
        "the new update is draining your battery, and you'd like us to fix it"
    )
    assert _said("Why does the app keep crashing @4711?! @HelpDesk") == (
        "you're asking “Why does the app keep crashing?”"
    )


def test_a_closing_handle_a_verb_takes_as_object_is_left() -> None:
    # r22: the object is kept, as "them" (never a bare number in the quote)
    assert "love them?" in _said("Don't you just love @4711?")


def test_a_closing_plus_verb_is_the_plea_never_glued_on() -> None:
    assert _said("my tablet goes from 80% to 10% in a minute plus explain @HelpDesk") == (
        "your tablet goes from 80% to 10% in a minute, and you'd like us to explain"
    )
    assert _said("I cannot verify that I'm a member plus help") == (
        "you cannot verify that you're a member, and you'd like us to help"
    )


def test_the_i_left_out_before_am_is_restored_never_a_half_shift() -> None:
    assert _said("I sent the forms twice but am told am not eligible for the refund") == (
        "you sent the forms twice but are told you are not eligible for the refund"
    )
    assert _said("I am told 9 am is the slot") == "you are told 9 am is the slot"


def test_what_a_opens_an_exclamation_never_a_question() -> None:
    out = _said("What a letdown the latest release has been for my team")
    assert out == "what a letdown the latest release has been for your team"
    assert "asking" in _said("What a letdown is this?")


def test_a_numbered_handle_before_latest_is_the() -> None:
    assert _said("What a letdown @4711 latest release has been for my team") == (
        "what a letdown the latest release has been for your team"
    )


def test_any_ideas_why_run_on_is_asked_apart() -> None:
    assert _said("My laptop dies after an hour Any ideas why the battery drains so fast") == (
        "you said “My laptop dies after an hour”, and you're asking "
        "“Any ideas why the battery drains so fast?”"
    )


def test_a_condition_before_a_glued_question_is_never_left_dangling() -> None:
    assert _said("I waited two hours. If nobody replies what is the point of this service") == (
        "you waited two hours, and if nobody replies, what is the point of this service"
    )


def test_a_numbered_handle_after_and_is_they_past_an_adverb() -> None:
    assert _said("The courier is late again and @4711 just simply does not care") == (
        "the courier is late again and they just simply do not care"
    )
    assert "and they won't refund" in _said("My parcel broke and @4711 won't refund me")


def test_and_between_handles_is_a_list_never_they() -> None:
    assert "they" not in _said("So both @Shop and @4711 refuse to help")


def test_sort_it_out_is_a_request_never_our_order() -> None:
    assert _said("My parcel never came. Sort it out") == (
        "your parcel never came, and you'd like us to sort it out"
    )


def test_a_word_before_of_names_something_never_a_request() -> None:
    assert "you'd like us" not in _said("Call of Duty keeps crashing on my console")
    assert "you'd like us" not in _said("sort of broken phone")
