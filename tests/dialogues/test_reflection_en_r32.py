"""English reflections, round 32 (tuning: en.tsv 1–1000 and tune_en)."""

from __future__ import annotations

from dialogues.reflection import reflect


def _said(text: str) -> str:
    return reflect([text], "en")


def test_thanks_with_a_reply_to_our_answer_is_only_thanks() -> None:
    from dialogues.thanking import only_thanks

    for text in (
        "@united just sent - thank you!",
        "@SouthwestAir I've DM'd you. Thanks!",
        "@united I see. Thanks for explaining.",
        "@VirginAmerica got it. All set - Thanks!",
        "@AmericanAir great, thanks!",
        "@JetBlue I definitely will. Thanks!",
    ):
        assert only_thanks(text, "en"), text
    # something told, or no thanks at all, is not
    assert not only_thanks("@united Thanks. It is on the same ticket.", "en")
    assert not only_thanks("@united done", "en")
    assert not only_thanks("@united thanks. 😒", "en")


def test_a_verdict_on_the_handle_told_without_a_stop_is_said_never_asked() -> None:
    said = _said("@VirginAmerica is my new go to airline")
    assert "VirginAmerica is your new go to airline" in said and "asking" not in said, said
    said = _said("@USAirways has the WORST customer service and their flights are always delayed")
    assert "USAirways has the worst customer service" in said and "asking" not in said, said
    # a question without its mark is still asked
    assert "asking" in _said("@USAirways is there a number to call to modify reservation")
    assert "asking" in _said("@JetBlue is the flight on time")
