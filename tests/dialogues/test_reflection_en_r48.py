"""English reflections, round 48: glued hashtags, glued stops, modified retweets, shared posts."""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect
from dialogues.reflection.en_tag_quoted import glued


def _said(text: str) -> str:
    return reflect([text], "en")


@pytest.mark.parametrize(
    ("tag", "is_glued"),
    [
        ("nogate", True),
        ("epicfail", True),
        ("DividendMiles", True),
        ("worst2unitedflightsever", True),
        ("fail", False),
        ("Disney", False),
        ("JAX", False),
        ("US3645", False),
        ("686", False),
    ],
)
def test_a_tag_is_glued_when_it_is_no_plain_word(tag: str, is_glued: bool) -> None:
    assert glued(tag) is is_glued


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("@Air big surprise #nogate waiting for our plane. Same issues", "#nogate"),
        ("@Air #epicfail on CX as flight from Frankfurt now going to Chicago", "“#epicfail on"),
        (
            "@Air how long does it take for a bag to get to the belt!!!!!#toolong of a wait",
            "! #toolong",
        ),
    ],
)
def test_a_glued_tag_inside_a_quote_keeps_its_mark(text: str, kept: str) -> None:
    assert kept in _said(text)


def test_a_plain_word_tag_reads_on_as_a_word() -> None:
    out = _said("@JetBlue Guys, really bad @JetBlue #fail . Someone better call my wife back")
    assert "#fail" not in out
    assert "fail" in out


@pytest.mark.parametrize(
    ("text", "kept", "never"),
    [
        (
            "@Air Lost my wallet at the gate.I was on flight 2208 to CLE.Would appreciate ur help.",
            "to CLE, and you'd like us to help",
            "CLE.Would",
        ),
        (
            "@Air complt incompetence on flt 295.Lav delay from a pln that lnded, no internet",
            "295. Lav",
            "5.Lav",
        ),
        (
            "@Air a 4 hour delay to JFK!Even you have a Amex JetBlue, you are still nothing",
            "“Even",
            "K!E",
        ),
    ],
)
def test_a_stop_glued_to_the_next_sentence_ends_it(text: str, kept: str, never: str) -> None:
    out = _said(text)
    assert kept in out, out
    assert never not in out


def test_dotted_names_and_a_shouted_answer_stay_glued() -> None:
    from dialogues.reflection.en_glued_stop import spaced

    assert spaced("purchase.error.INVALID_LOYALTY") == "purchase.error.INVALID_LOYALTY"
    assert spaced("see www.Southwest.Com now") == "see www.Southwest.Com now"
    assert spaced("Fly 8 hours thru ATL?NO") == "Fly 8 hours thru ATL?NO"
