"""English reflections, round 46: subjectless clauses that are not the customer's own."""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect


def _said(text: str) -> str:
    return reflect([text], "en")


@pytest.mark.parametrize(
    ("text", "quoted", "never"),
    [
        (
            "@Air My flight was late. Stranded my family in Denver",
            "you said “Stranded my family in Denver”",
            "you're stranded your family",
        ),
        (
            "@Air working for me. Tight cx so they're delaying our flight.",
            "you said “working for me”",
            "you're working for you",
        ),
        ("@Air I was late. Happy #TT to my friends", "“Happy TT to my friends”", "you're happy TT"),
    ],
)
def test_a_subjectless_clause_done_by_others_is_quoted(text: str, quoted: str, never: str) -> None:
    out = _said(text)
    assert quoted in out
    assert never not in out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("@Air My flight was late. Stranded in Denver for 5 hours", "you're stranded in Denver"),
        ("@Air Trying to check in and the site is down", "you're trying to check in"),
        ("@Air Frustrated with the delays today", "you're frustrated with the delays"),
    ],
)
def test_the_customers_own_state_keeps_its_subject(text: str, kept: str) -> None:
    assert kept in _said(text)


_PAD = "@Air I have been waiting at the gate for over two hours and nobody has told us anything. "


@pytest.mark.parametrize(
    ("text", "kept", "never"),
    [
        (
            "@Air I have a party of 4 booked for a flight in Aug. At 10:05am, how can I find out"
            " how much it would cost to change to an earlier fl",
            "how much it would cost to change?”",
            "earlier",
        ),
        (
            "@Air the agent said at the jetway that I was rude to him and his colleagues. I have"
            " never been treated this way particularly when I was trying to be a good c",
            "you have never been treated this way",
            "particularly",
        ),
        (_PAD + "Your answer to me was that my complaint is und", "waiting at the gate", "und"),
    ],
)
def test_a_short_piece_cut_at_the_limit_is_left_out(text: str, kept: str, never: str) -> None:
    assert len(text) >= 130
    out = _said(text)
    assert kept in out
    assert never not in out


@pytest.mark.parametrize(
    "text",
    [
        _PAD + "So now I am going all the way back home to fl",
        _PAD + "So now I am going all the way to terminal c",
        _PAD + "So now I have been waiting here for one more hr",
        _PAD + "The only thing I want to know is what time it is",
    ],
)
def test_a_short_whole_word_at_the_limit_is_kept(text: str) -> None:
    assert len(text) >= 130
    last = " ".join(text.split()[-2:])  # "to fl", "terminal c": the short word with its lead
    assert last in _said(text)
