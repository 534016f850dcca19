"""English reflections, round 48: glued stops (glued tags and "MT @x" reverted at the gate)."""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect


def _said(text: str) -> str:
    return reflect([text], "en")


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
