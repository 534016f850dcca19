"""English reflections: a closing let-down verdict hung on what it judges ("which is …")."""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect


def _said(text: str) -> str:
    return reflect([text], "en")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "@Shop I waited three weeks for my parcel and it never came. Unacceptable!",
            "it never came, which is unacceptable",
        ),
        (
            "@Bank the app logs me out every time I open it. So frustrating.",
            "open it, which is frustrating",
        ),
    ],
)
def test_a_closing_verdict_is_hung_on_its_clause(text: str, kept: str) -> None:
    said = _said(text)
    assert kept in said and ", and it's" not in said, said


def test_a_verdict_after_a_quote_is_left_as_it_was() -> None:
    said = _said("@Shop your agent told me “nothing we can do”. Unacceptable!")
    assert "which is" not in said, said


def test_a_verdict_not_on_the_list_stays_a_clause() -> None:
    said = _said("@Shop I waited three weeks for my parcel. It's been a month now.")
    assert "which" not in said, said
