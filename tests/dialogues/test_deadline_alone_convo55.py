"""Convo55: a time alone ("this week", «همین هفته», «هالأسبوع») is a deadline, not a quote."""

from __future__ import annotations

import pytest

from dialogues.statements import deadline


@pytest.mark.parametrize(
    ("language", "answer"),
    [("en", "this week"), ("en", "Tomorrow!"), ("en", "end of the month"), ("fa", "همین هفته"),
     ("fa", "تا آخر هفته"), ("fa", "فردا"), ("ar", "هالأسبوع"), ("ar", "خلال هذا الأسبوع")],
)  # fmt: skip
def test_a_time_alone_is_a_deadline(language: str, answer: str) -> None:
    assert deadline(answer, language) is not None


@pytest.mark.parametrize(
    ("language", "answer"),
    [("en", "this week I lost my job over it"), ("fa", "فردا تولد دخترمه"),
     ("ar", "اليوم عيد ميلاد بنتي")],
)  # fmt: skip
def test_a_time_that_tells_more_is_not(language: str, answer: str) -> None:
    assert deadline(answer, language) is None
