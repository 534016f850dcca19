"""English reflection round 38: what the tuning tweets' replies still got wrong."""

from __future__ import annotations

import pytest

from dialogues.reflection import en_asked, reflect


def _said(message: str) -> str:
    return reflect([message], "en")


@pytest.mark.parametrize(
    ("message", "quoted"),
    [
        ("@united can you assign seats", "“can you assign seats?”"),
        ("@VirginAmerica I left something on the plane. who do i call...ah!", "“who do i call?”"),
        ("@united load balancing down. Was this a #cyberattack?", "“Was this a cyberattack?”"),
        ("@JetBlue It cost way more. Can you help?”", "“Can you help?”"),
    ],
)
def test_a_question_said_back_as_asked_ends_with_its_mark(message: str, quoted: str) -> None:
    assert f"you're asking {quoted}" in _said(message)


def test_a_question_cut_at_a_preposition_is_left_as_cut() -> None:
    said = _said("@AmericanAir can u help with flights for a child who needs treatment in 🇺🇸")
    assert "treatment in”" in said


@pytest.mark.parametrize(
    "said",
    [
        "which now has maintenance issues with no mechanics in sight",
        "what I don't understand is the fee",
        "was there few weeks ago AWESOME, bright vibrant",
    ],
)
def test_no_question_mark_on_a_statement_or_shouted_praise(said: str) -> None:
    # The blind gate g_en38's losses: a relative clause, "what I don't understand …", praise.
    assert en_asked.marked(said) == said


@pytest.mark.parametrize(
    "said",
    [
        "why are Apple Pencils going dead and not recharging I make a living with mine and I need"
        " it to work",
        "can I have my 2325 credits back in Ww2?, I got robbed and I'm kinda angry about it",
        "can you fix These",
        "why is everything else there from 1982",
    ],
)
def test_no_question_mark_on_a_run_on_or_a_piece_cut_at_a_dash(said: str) -> None:
    # The committed samples' paired re-reading (stop 27, 23 / 10): a "?" on a statement of
    # impact or on a piece cut at " - " made it look like a question.
    assert en_asked.marked(said) == said
