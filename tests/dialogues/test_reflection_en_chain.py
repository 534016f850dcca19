"""English reflections: three or more clauses said as one list, "and" once before the last."""

from __future__ import annotations

import pytest

from dialogues.first_reply import reflects_at_once
from dialogues.reflection import en_chain, reflect


def _said(text: str) -> str:
    return reflect([text], "en")


@pytest.mark.parametrize(
    ("text", "kept", "never"),
    [
        (
            "@Shop my parcel was due Monday. Nobody has called me. I was on hold for an hour.",
            "nobody has called you, and you were on hold",
            "Monday, and nobody",
        ),
        (
            "@Bank the app logged me out again. I lost my transfer. I will close my account.",
            "again, you lost your transfer, and you will close",
            "again, and you lost",
        ),
    ],
)
def test_three_clauses_are_a_list(text: str, kept: str, never: str) -> None:
    said = _said(text)
    assert kept in said and never not in said, said


def test_two_clauses_keep_their_and() -> None:
    said = _said("@Shop my parcel was due Monday. Nobody has called me.")
    assert ", and nobody has called you" in said, said


def test_a_bare_second_quote_keeps_its_and() -> None:
    said = en_chain.serial(f"a{en_chain.CLAUSE}you're asking “b?”{en_chain.KEPT}“c?”")
    assert said == "a, you're asking “b?”, and “c?”"


def test_the_last_join_says_and_whatever_it_is() -> None:
    said = en_chain.serial(f"a{en_chain.CLAUSE}b{en_chain.CLAUSE}c{en_chain.KEPT}d")
    assert said == "a, b, c, and d"


def test_a_number_after_a_quote_is_still_said_back() -> None:
    text = "@Air nope. No legroom at all in 12C. 12D has some. 14 and 15 have some. So sad..."
    assert reflects_at_once([text], "en", complaint=True)
